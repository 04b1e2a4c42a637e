// Issue 14: every number, law and institution the site names carries where it applies, its sources and the date it
// was checked; what is not confirmed is shown as not confirmed; and the facts a family acts on match the data.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDirectory } from '../../directory/routing.ts';
import { langDir } from '../../domain/languages.ts';
import {
  allPages,
  documentFiles,
  helplinesData,
  inRepository,
  LANGS,
  type Lang,
  lawsData,
  readableText,
  readPage,
  type SourceRef,
} from './content-lib.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);

function expectSourced(what: string, sources: SourceRef[] | undefined, checked: string | undefined) {
  expect(sources?.length ?? 0, `${what} has no source`).toBeGreaterThan(0);
  for (const s of sources ?? []) {
    expect(s.title.length, `${what}: a source without a title`).toBeGreaterThan(3);
    expect(Boolean(s.url || s.document), `${what}: source “${s.title}” has neither url nor document`).toBe(true);
    if (s.url) expect(() => new URL(s.url!), `${what}: bad url ${s.url}`).not.toThrow();
    for (const file of documentFiles(s.document))
      expect(inRepository(file), `${what}: cites ${file}, which is not in the repository`).toBe(true);
  }
  expect(checked, `${what} has no checked date`).toMatch(ISO_DATE);
  expect(checked! <= today, `${what} checked in the future (${checked})`).toBe(true);
}

describe('every helpline records where it works, whether it is free, its sources and when it was checked', () => {
  const provinceIds = new Set(loadDirectory().provinces.map((p) => p.id));
  test.each(helplinesData.helplines.map((h) => [h.id, h] as const))('%s', (_id, h) => {
    expectSourced(`helpline ${h.id}`, h.sources, h.checked);
    expect(h.provinces.length).toBeGreaterThan(0);
    for (const p of h.provinces) expect(p === '*' || provinceIds.has(p), `${h.id}: unknown province ${p}`).toBe(true);
    expect([true, false, null]).toContain(h.tollFree);
    // The place a reader sees names every province the number is recorded for.
    const names = new Map(loadDirectory().provinces.map((p) => [p.id, p.name.en.trim()]));
    for (const p of h.provinces) if (p !== '*') expect(h.where.en, `${h.id} works in ${p}`).toContain(names.get(p)!);
  });

  // Issue 25 added Gilgit-Baltistan, Azad Jammu and Kashmir and Islamabad (fact sheet §7); Balochistan is unverified.
  test('Rescue 1122 is recorded for Khyber Pakhtunkhwa, Sindh, Gilgit-Baltistan, AJK and Islamabad as well as Punjab', () => {
    const rescue = helplinesData.helplines.find((h) => h.number === '1122')!;
    expect(rescue.provinces.sort()).toEqual(['azad-kashmir', 'gilgit-baltistan', 'islamabad', 'khyber-pakhtunkhwa', 'punjab', 'sindh']);
  });

  test('no helpline shows the old FIA cybercrime (NR3C) e-mail address, on any page or in the data', () => {
    expect(JSON.stringify(helplinesData.helplines)).not.toMatch(/nr3c/i);
    for (const p of LANGS.flatMap((l) => allPages(l))) expect(p.body, `${p.lang}/${p.slug}`).not.toMatch(/nr3c/i);
  });
});

describe('every law and institution records its sources and when it was checked', () => {
  test.each(lawsData.laws.map((l) => [l.id, l] as const))('law %s', (_id, l) => expectSourced(`law ${l.id}`, l.sources, l.checked));
  test.each(lawsData.institutions.map((i) => [i.id, i] as const))('institution %s', (_id, i) => {
    expectSourced(`institution ${i.id}`, i.sources, i.checked);
    expect(
      lawsData.laws.some((l) => l.id === i.law),
      `${i.id} names law ${i.law}`,
    ).toBe(true);
  });

  test('the laws issue 14 found missing are listed', () => {
    const ids = new Set(lawsData.laws.map((l) => l.id));
    for (const id of [
      'sindh-corporal-2016',
      'anti-rape-2021',
      'ncrc-2017',
      'kp-child-employment-2015',
      'punjab-child-employment-2016',
      'sindh-child-employment-2017',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  test('the Employment of Children Act 1991 is not shown as applying across Pakistan, and its Urdu name does not sound like permission to employ children', () => {
    const eca = lawsData.laws.find((l) => l.id === 'eca-1991')!;
    expect(eca.where).not.toBe('pakistan');
    expect(eca.name.ur).toMatch(/پابندی|ممانعت|روک تھام/);
    expect(eca.name.ur).not.toMatch(/کام لینے/);
    // Where the law page names the 1991 Act, it names the three provincial laws that replaced it beside it.
    // The heading of the law page's "across Pakistan" section, in each language.
    const ACROSS: Record<Lang, string> = { en: 'Across Pakistan', ur: 'پورے پاکستان', ps: 'په ټول پاکستان کې' };
    for (const lang of LANGS) {
      const body = readPage(lang, 'the-law').body;
      for (const id of ['kp-child-employment-2015', 'punjab-child-employment-2016', 'sindh-child-employment-2017']) {
        const l = lawsData.laws.find((x) => x.id === id)!;
        expect(body, `${lang}/the-law names ${id}`).toContain(l.name[lang]);
      }
      // The 1991 Act is not listed under the page's "across Pakistan" heading.
      const across = body.split(/^## /m).find((section) => section.startsWith(ACROSS[lang]))!;
      expect(across, `${lang}/the-law has an across-Pakistan section`).toBeDefined();
      expect(across).not.toContain(lawsData.laws.find((x) => x.id === 'eca-1991')!.name[lang]);
    }
  });
});

describe('what teachers and parents read matches the data', () => {
  test('teachers read that Sindh and Khyber Pakhtunkhwa ban corporal punishment, not only Islamabad', () => {
    const sindh = lawsData.laws.find((l) => l.id === 'sindh-corporal-2016')!;
    const kp = lawsData.laws.find((l) => l.id === 'kp-cpwa-2010')!;
    for (const slug of ['teachers-positive-discipline', 'teachers-corporal-punishment-law', 'the-law']) {
      for (const lang of LANGS) {
        const body = readPage(lang, slug).body;
        expect(body, `${lang}/${slug}`).toContain(sindh.name[lang]);
        expect(body, `${lang}/${slug}`).toContain(kp.name[lang]);
      }
    }
  });

  test('no page or interface string claims a number is free to call unless the data says it is', () => {
    const free = new Set(helplinesData.helplines.filter((h) => h.tollFree === true).map((h) => h.number));
    const texts: [string, string][] = [
      ...LANGS.flatMap((lang) => allPages(lang)).map((p) => [`${p.lang}/${p.slug}`, readableText(p.body)] as [string, string]),
      ...LANGS.flatMap((lang) =>
        ['report', 'common', 'content'].map(
          (ns) =>
            [`locales/${lang}/${ns}.json`, readFileSync(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8')] as [
              string,
              string,
            ],
        ),
      ),
    ];
    // Pashto: وړيا (free) beside a call or a number ("وړيا زنګ", "وړيا دے"); legal aid that is free is not a claim about a number.
    const CLAIM = /free to call|toll-free|free call|مفت (?:کال|ہے|فون)|فون مفت|وړيا (?:زنګ|دے|کرښه)|زنګ وړيا/i;
    for (const [where, text] of texts) {
      for (const sentence of text.split(/[.۔\n"]/)) {
        if (!CLAIM.test(sentence)) continue;
        for (const m of sentence.matchAll(/\b1[0-8]\d\d\b|\b15\b/g))
          expect(free.has(m[0]), `${where}: “${sentence.trim()}” calls ${m[0]} free`).toBe(true);
      }
    }
  });

  test.each(LANGS.filter((l) => langDir(l) === 'rtl'))(
    'the %s receipt hint keeps its example digit groups in order (isolated left-to-right)',
    (lang) => {
      const strings = JSON.parse(readFileSync(new URL(`../../locales/${lang}/report.json`, import.meta.url), 'utf8'));
      const hint: string = strings.status.receiptHint;
      // U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around the groups, the plain-text form of <bdi dir="ltr">.
      expect(hint).toMatch(/\u2066\d{4} \d{4} \d{4} \d{4}\u2069/);
    },
  );

  test('«زیادتی» is used only in «جنسی زیادتی», as the glossary says', () => {
    const ur = readFileSync(new URL('../../locales/ur/report.json', import.meta.url), 'utf8');
    const bodies = allPages('ur')
      .map((p) => p.body)
      .join('\n');
    for (const [where, text] of [
      ['locales/ur/report.json', ur],
      ['content/ur', bodies],
    ] as const) {
      for (const m of text.matchAll(/(\p{L}+ )?زیادتی/gu)) expect(m[1]?.trim(), `${where}: “${m[0]}”`).toBe('جنسی');
    }
  });
});
