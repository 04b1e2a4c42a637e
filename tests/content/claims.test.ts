// Issue 25: no page states a marriage age, a helpline's area, a law's reach or a deadline that content/laws.json or
// content/helplines.json contradicts. Read from the Markdown every page is built from (the build adds no prose).
import { describe, expect, test } from 'vitest';
import { loadDirectory } from '../../directory/routing.ts';
import {
  ageClaims,
  type Claim,
  helplineClaims,
  lawReachClaims,
  marriageAgeTable,
  pageUnits,
  provinceNames,
  zarraDeadlineClaims,
} from './claims-lib.ts';
import { allPages, helplinesData, LANGS, type Lang, lawsData, readableText } from './content-lib.ts';

const pages = LANGS.flatMap((lang) => allPages(lang));
const units = pages.flatMap((p) => pageUnits(p.lang, `${p.lang}/${p.slug}`, readableText(p.body)));
const report = (claims: Claim[]) => claims.filter((c) => !c.ok).map((c) => `${c.where}: ${c.why} — “${c.text.trim()}”`);

describe('the data holds the corrections of issue 25, each sourced and dated', () => {
  const laws = new Map(lawsData.laws.map((l) => [l.id, l as (typeof lawsData.laws)[number] & Record<string, unknown>]));

  test('marriage ages: 18 for both in Punjab, Sindh, Balochistan and Islamabad; 16 for girls in Khyber Pakhtunkhwa', () => {
    const t = marriageAgeTable();
    expect(t.get('punjab')).toMatchObject({ girls: 18, boys: 18, law: 'punjab-cmro-2026' });
    expect(t.get('balochistan')).toMatchObject({ girls: 18, boys: 18, law: 'balochistan-cmra-2025' });
    expect(t.get('sindh')).toMatchObject({ girls: 18, boys: 18 });
    expect(t.get('islamabad')).toMatchObject({ girls: 18, boys: 18 });
    expect(t.get('khyber-pakhtunkhwa')).toMatchObject({ girls: 16, boys: 18, law: 'cmra-1929' });
    for (const p of loadDirectory().provinces) expect(t.has(p.id), `${p.id} has a marriage age`).toBe(true);
    for (const [, row] of t) expect(laws.has(row.law), row.law).toBe(true);
  });

  test('what is not yet confirmed says so, in every language', () => {
    for (const id of ['punjab-cmro-2026', 'balochistan-cmra-2025']) {
      const status = laws.get(id)!.status as Record<Lang, string> | undefined;
      for (const lang of LANGS) expect(status?.[lang], `${id} status (${lang})`).toBeTruthy();
    }
  });

  test('the laws the review found missing are listed', () => {
    for (const id of [
      'punjab-cmro-2026',
      'balochistan-cmra-2025',
      'gb-corporal-2015',
      'ajk-corporal-2023',
      'balochistan-child-employment-2021',
      'punjab-brick-kilns-2016',
      'criminal-laws-amendment-2022',
    ])
      expect(laws.get(id)?.checked, id).toBe('2026-12-06');
  });

  test('Rescue 1122 is recorded for Gilgit-Baltistan, Azad Jammu and Kashmir and Islamabad', () => {
    const rescue = helplinesData.helplines.find((h) => h.number === '1122')!;
    for (const p of ['gilgit-baltistan', 'azad-kashmir', 'islamabad']) expect(rescue.provinces).toContain(p);
    expect(rescue.provinces).not.toContain('balochistan');
  });

  test('the Zainab Alert Act: police inform ZARRA within 2 hours', () => {
    expect(laws.get('zarra-2020')!.duties).toEqual({ recordComplaint: 'at once', informZarraWithinHours: 2 });
  });

  test('no source of the Sindh corporal-punishment law is a Punjab story', () => {
    for (const s of laws.get('sindh-corporal-2016')!.sources) expect(s.url ?? '').not.toMatch(/punjab/i);
  });

  test('the 1991 Act is not said to apply in Balochistan', () => {
    const scope = laws.get('eca-1991')!.scope as Record<Lang, string>;
    expect(scope.en).toMatch(/Balochistan \(2021\)/);
  });
});

describe('the pages say what the data says', () => {
  test('the checks find the claims they look for (a wrong sentence in each language fails)', () => {
    const wrong: Record<Lang, string> = {
      en: 'Punjab: the marriage age is 16 for girls and 18 for boys.\nRescue 1122 runs in Balochistan.\nThe police must contact you within 24 hours of a Zainab Alert.',
      ur: 'پنجاب میں لڑکیوں کی شادی کی کم از کم عمر 16 سال ہے۔\nبلوچستان میں ریسکیو 1122 پر فون کریں۔\nزینب الرٹ پر پولیس 24 گھنٹے میں رابطہ کرے گی۔',
      ps: 'په پنجاب کې د نجونو د واده عمر 16 کاله دے.\nپه بلوچستان کې ريسکيو 1122 ته زنګ ووهئ.\nد زينب الرټ وروسته پوليس په 24 ساعتونو کې اړيکه نيسي.',
    };
    for (const lang of LANGS) {
      const u = pageUnits(lang, `sample/${lang}`, wrong[lang]);
      expect(report(ageClaims(u)).length, `${lang} marriage age`).toBe(1);
      expect(report(helplineClaims(u)).length, `${lang} helpline area`).toBe(1);
      expect(report(zarraDeadlineClaims(u)).length, `${lang} ZARRA deadline`).toBe(1);
    }
    // And the same places said rightly pass.
    const right = pageUnits('en', 'sample/en', 'Punjab: 18 for girls and boys.\nRescue 1122 runs in Gilgit-Baltistan.');
    expect(report([...ageClaims(right), ...helplineClaims(right)])).toEqual([]);
  });

  test('every province the pages name has its name in every language', () => {
    for (const lang of LANGS) expect(provinceNames(lang).length).toBeGreaterThanOrEqual(7);
  });

  test('no page states a marriage age that the data contradicts', () => {
    const claims = ageClaims(units);
    expect(claims.length, 'marriage ages are stated somewhere').toBeGreaterThan(5);
    expect(report(claims)).toEqual([]);
  });

  test('no page places a helpline where the data does not (or denies it where it does)', () => {
    const claims = helplineClaims(units);
    expect(claims.length).toBeGreaterThan(5);
    expect(report(claims)).toEqual([]);
  });

  test('no page applies a provincial law to another province', () => {
    expect(report(lawReachClaims(units))).toEqual([]);
  });

  test('no page gives the Zainab Alert deadline other than the Act’s', () => {
    const claims = zarraDeadlineClaims(units);
    expect(claims.length).toBeGreaterThan(0);
    expect(report(claims)).toEqual([]);
  });
});
