// Issue 25: what happens to a report is the deployment's to say. Pages say it through one component, from one file,
// honest by default (nobody has confirmed reading this site's queue), and no page promises more.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { helplines } from '../../directory/helplines.ts';
import { emergencyLines, loadServiceStatement, renderServiceStatement, type ServiceStatement } from '../../domain/service-statement.ts';
import { getT } from '../../locales/i18n.ts';
import { allPages, LANGS, type Lang, readPage } from './content-lib.ts';

const render = (s: ServiceStatement, lang: Lang, audience: 'adult' | 'child') => {
  const common = getT(lang, 'common');
  const t = (key: string, values?: Record<string, string>) => common(key, values ?? {});
  return renderServiceStatement(s, lang, t, emergencyLines(helplines, lang, audience, t), audience);
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the statement', () => {
  const honest = loadServiceStatement();

  test('the default says nobody has confirmed reading this queue', () => {
    expect(honest.readers).toBeNull();
    for (const lang of LANGS) {
      const html = render(honest, lang, 'adult');
      expect(html).toContain('data-service-statement="unconfirmed"');
      expect(text(html)).toContain(getT(lang, 'common')('service.unconfirmed'));
      // What to do instead: the numbers that work without this site, each a link.
      for (const n of ['15', '1122', '1121']) expect(html).toContain(`href="tel:${n}"`);
    }
  });

  test("a child's version promises no helpline, only the police", () => {
    for (const lang of LANGS) {
      const html = render(honest, lang, 'child');
      expect([...html.matchAll(/href="tel:(\d+)"/g)].map((m) => m[1])).toEqual(['15']);
      expect(text(html)).toContain(getT(lang, 'common')('service.childUnconfirmed'));
    }
  });

  test('a confirmed statement says who reads, when, and what happens at night and on holidays', () => {
    const confirmed: ServiceStatement = {
      operator: { en: 'The Lahore unit', ur: 'لاہور یونٹ', ps: 'د لاهور يونټ' },
      readers: { en: 'the duty officers of the Lahore unit', ur: 'لاہور یونٹ کے ڈیوٹی افسر', ps: 'د لاهور يونټ د ډيوټۍ افسران' },
      hours: {
        en: 'Monday to Saturday, 9 am to 5 pm',
        ur: 'پیر سے ہفتہ، صبح نو سے شام پانچ',
        ps: 'له دوشنبې تر شنبې، سهار نهه نه ماښام پنځه',
      },
      outOfHours: { en: 'nobody reads; call 15', ur: 'کوئی نہیں پڑھتا؛ پولیس کو فون کریں', ps: 'هيڅوک يې نه لولي؛ پوليسو ته زنګ ووهئ' },
      confirmedOn: '2026-12-01',
    };
    for (const lang of LANGS) {
      const html = render(confirmed, lang, 'adult');
      expect(html).toContain('data-service-statement="confirmed"');
      for (const part of [confirmed.readers, confirmed.hours, confirmed.outOfHours, confirmed.operator])
        expect(html).toContain(part![lang]);
      expect(text(html)).not.toContain(getT(lang, 'common')('service.unconfirmed'));
    }
  });

  test('the compact form (the report page) is one plain sentence, honest by default', () => {
    for (const lang of LANGS) {
      const common = getT(lang, 'common');
      const html = renderServiceStatement(honest, lang, (k, v) => common(k, v ?? {}), []);
      expect(html).toBe(common('service.unconfirmedShort').replace(/&/g, '&amp;'));
    }
  });

  test('text from the file is escaped', () => {
    const s = { ...honest, operator: { en: '<script>x</script>', ur: 'ایک ادارہ', ps: 'يوه اداره' } };
    expect(render(s, 'en', 'adult')).not.toContain('<script>');
  });
});

describe('every page that says what happens to a report renders it', () => {
  const PAGES: Record<string, 'adult' | 'child'> = {
    'after-you-report': 'adult',
    privacy: 'adult',
    'what-the-cpu-does': 'adult',
    home: 'adult',
    'kids-if-someone-hurts-you': 'child',
  };
  test.each(LANGS)('%s guidance pages', (lang) => {
    for (const [slug, audience] of Object.entries(PAGES)) expect(readPage(lang, slug).data.serviceStatement, slug).toBe(audience);
  });

  test('the guidance, home, report and status pages and the no-JavaScript result place the one component', () => {
    const file = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
    for (const p of ['site/pages/[lang]/[slug].astro', 'site/pages/[lang]/index.astro'])
      expect(file(p)).toMatch(/<ServiceStatement locale=\{locale\} audience=\{entry\.data\.serviceStatement\} \/>/);
    expect(file('site/pages/[lang]/report/status/index.astro')).toContain('<ServiceStatement locale={locale} />');
    // The report page, at its byte budget, points to the helpline strip above instead of listing the numbers again.
    expect(file('site/pages/[lang]/report/index.astro')).toContain('<ServiceStatement locale={locale} numbers={false} />');
    expect(file('api/reports/html.ts')).toContain('renderServiceStatement(');
  });

  // The promises the review found, in each language's words.
  const PROMISES: Record<Lang, RegExp> = {
    en: /officer reads (?:the|every|what)|kind people answer|reads every report|within an hour/i,
    ur: /مہربان لوگ|آفیسر آپ کی بات پڑھتا|آفیسر رپورٹ پڑھ کر|افسر کے پڑھنے کی منتظر/,
    ps: /مهربانه خلک|افسر ستا خبره لولي|د چائلډ پروټېکشن افسر رپورټ لولي|يو افسر يې ولولي/,
  };
  test.each(LANGS)('%s: no page or report string promises a reader', (lang) => {
    for (const p of allPages(lang)) expect(p.body, `${lang}/${p.slug}`).not.toMatch(PROMISES[lang]);
    const report = readFileSync(new URL(`../../locales/${lang}/report.json`, import.meta.url), 'utf8');
    expect(report).not.toMatch(PROMISES[lang]);
  });
});
