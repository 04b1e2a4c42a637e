// Guidance content: every language of the registry in step, each translation up to date with its English source,
// Urdu code points (Pashto's: tests/site/pashto-codepoints.test.ts), child pages short enough for a 10-year-old,
// and every phone number and law name equal to the structured data.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DEADLINE_MS } from '../../api/triage/triage.ts';
import { loadDirectory } from '../../directory/routing.ts';
import { DEFAULT_LANG, type Lang, langDir, langsWithCodePoints } from '../../domain/languages.ts';
import {
  allPages,
  bodyHash,
  documentFiles,
  helplinesData,
  inRepository,
  LANGS,
  lawsData,
  type Page,
  readableText,
  readPage,
  slugsOf,
} from './content-lib.ts';

// Other parts of the site link to these slugs: none may disappear.
const REQUIRED_SLUGS = [
  'home',
  'helplines',
  'after-you-report',
  'childrens-rights',
  'the-law',
  'recognising-abuse',
  'online-safety',
  'privacy',
  'kids-your-rights',
  'kids-your-body',
  'kids-if-someone-hurts-you',
  'kids-online-safety',
  'parents-positive-discipline',
  'parents-body-safety-talk',
  'parents-if-your-child-tells',
  'teachers-positive-discipline',
  'teachers-when-a-pupil-discloses',
  // Issue 14: the path after a report and the topics families face.
  'medical-examination',
  'what-the-cpu-does',
  'teachers-corporal-punishment-law',
  'missing-child',
  'online-blackmail',
  'child-marriage',
  'child-labour',
  'boys-and-harm-by-children',
  'bullying',
  'children-with-disabilities',
  'mental-health-crisis',
  'jirga-and-settlements',
].sort();

const bySlug = (pages: Page[]) => new Map(pages.map((p) => [p.slug, p]));
const en = allPages(DEFAULT_LANG);
const enBySlug = bySlug(en);
/** The translations: every registry language but the default (English, which they translate). */
const TRANSLATED = LANGS.filter((l) => l !== DEFAULT_LANG);
const everyPage = LANGS.flatMap((l) => allPages(l));
const pageCases = everyPage.map((p) => [`${p.lang}/${p.slug}`, p] as const);
const rtlPages = everyPage.filter((p) => langDir(p.lang) === 'rtl');

describe('every page exists in every language', () => {
  test.each(LANGS)('%s: the required slugs, no orphans', (lang) => {
    expect(slugsOf(lang)).toEqual(REQUIRED_SLUGS);
  });
});

const Frontmatter = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(20).max(300),
  audience: z.enum(['everyone', 'children', 'parents', 'teachers']),
  readingLevel: z.enum(['child', 'adult']),
  sources: z
    .array(
      z
        .strictObject({ title: z.string().min(3), url: z.url().optional(), document: z.string().optional() })
        .refine((s) => s.url || s.document, 'a source needs a url or a document')
        .refine((s) => documentFiles(s.document).every(inRepository), 'a source cites a file that is not in the repository'),
    )
    .min(1),
  lastReviewed: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  translationOf: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .optional(),
  order: z.number().int(),
  serviceStatement: z.enum(['adult', 'child']).optional(),
});

describe('frontmatter', () => {
  test.each(pageCases)('%s is valid', (_id, page) => {
    const data = Frontmatter.parse(page.data);
    const reviewed = new Date(data.lastReviewed);
    expect(Number.isNaN(reviewed.getTime())).toBe(false);
    expect(reviewed.getTime()).toBeLessThanOrEqual(Date.now());
    // Children's pages are for children, and only they.
    const forKids = page.slug.startsWith('kids-');
    expect(data.audience === 'children').toBe(forKids);
    expect(data.readingLevel === 'child').toBe(forKids);
    if (page.slug.startsWith('parents-')) expect(data.audience).toBe('parents');
    if (page.slug.startsWith('teachers-')) expect(data.audience).toBe('teachers');
    if (page.lang !== DEFAULT_LANG) expect(data.translationOf, 'translated pages record the English version they translate').toBeDefined();
    else expect(data.translationOf).toBeUndefined();
  });

  test.each(TRANSLATED)('English and %s agree on audience, reading level and order', (lang) => {
    for (const slug of REQUIRED_SLUGS) {
      const e = enBySlug.get(slug)!.data;
      const u = readPage(lang, slug).data;
      expect([u.audience, u.readingLevel, u.order, u.serviceStatement], slug).toEqual([
        e.audience,
        e.readingLevel,
        e.order,
        e.serviceStatement,
      ]);
    }
  });
});

describe('translations are up to date', () => {
  test.each(TRANSLATED)('each %s page translates the current English body (stale pages are listed)', (lang) => {
    const stale = REQUIRED_SLUGS.filter((slug) => readPage(lang, slug).data.translationOf !== bodyHash(enBySlug.get(slug)!.body));
    expect(
      stale,
      `stale ${lang} pages (English changed after the translation): revise them, then run node tests/content/stamp-translations.ts --lang ${lang} ${stale.join(' ')}`,
    ).toEqual([]);
  });

  test.each(TRANSLATED)('editing an English body makes its %s page stale', (lang) => {
    const page = readPage(DEFAULT_LANG, 'privacy');
    expect(bodyHash(`${page.body}\nOne more sentence.\n`)).not.toBe(readPage(lang, 'privacy').data.translationOf);
  });
});

describe('right-to-left text', () => {
  const ARABIC_ONLY = /[\u064A\u0643\u0647]/u; // ي ك ه: Urdu uses ی ک ہ (and ھ for aspiration)
  const urduStrings: [string, string][] = langsWithCodePoints('urdu').flatMap((lang) => [
    ...allPages(lang).map((p) => [`content/${lang}/${p.slug}.md`, p.raw] as [string, string]),
    ...helplinesData.helplines.flatMap(
      (h) => [[`helplines.json ${h.id}`, `${h.name[lang]} ${h.where[lang]} ${h.purpose[lang]}`]] as [string, string][],
    ),
    ...lawsData.laws.map((l) => [`laws.json ${l.id}`, l.name[lang]] as [string, string]),
  ]);

  test('no Arabic-only code points (ي ك ه) anywhere in Urdu content', () => {
    expect(urduStrings.length).toBeGreaterThan(0);
    const bad = urduStrings.flatMap(([where, text]) =>
      text.split('\n').flatMap((line, i) => {
        const m = ARABIC_ONLY.exec(line);
        return m
          ? [
              `${where}:${i + 1} U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} in “${line.slice(Math.max(0, m.index - 15), m.index + 15)}”`,
            ]
          : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  test('every Western digit in right-to-left pages sits in a left-to-right element (numbers, years, ages render correctly)', () => {
    const bad: string[] = [];
    for (const p of rtlPages) {
      const stripped = p.body
        .replace(/<(a|bdi|span)\b[^>]*\bdir="ltr"[^>]*>[\s\S]*?<\/\1>/g, '') // LTR islands
        .replace(/\]\([^)]*\)/g, ']') // link targets
        .replace(/^\s*\d+\.\s/gm, '') // ordered-list markers are Markdown syntax, not text
        .replace(/^\|[-|\s]+\|$/gm, '');
      for (const m of stripped.matchAll(/.{0,20}[0-9].{0,20}/g)) bad.push(`${p.lang}/${p.slug}: “${m[0]}”`);
    }
    expect(bad).toEqual([]);
  });

  test('English words in right-to-left pages are isolated in <bdi> (no bare Latin text)', () => {
    const bad: string[] = [];
    for (const p of rtlPages) {
      const stripped = p.body
        .replace(/<bdi\b[^>]*>[\s\S]*?<\/bdi>/g, '')
        .replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\]\([^)]*\)/g, ']');
      for (const m of stripped.matchAll(/.{0,15}[A-Za-z]{2,}.{0,15}/g)) bad.push(`${p.lang}/${p.slug}: “${m[0]}”`);
    }
    expect(bad).toEqual([]);
  });
});

describe("children's pages are easy to read", () => {
  const kids = REQUIRED_SLUGS.filter((s) => s.startsWith('kids-'));
  // Headings and list items count as sentences: they are read as units.
  function sentences(body: string, _lang: Lang): string[][] {
    const text = readableText(body);
    // Urdu ends a sentence with ۔, Pashto (Peshawar usage) with a full stop, both ask with ؟.
    const parts = text.split(/[.۔؟!?\n]+/u);
    return parts
      .map((s) =>
        s
          .trim()
          .split(/\s+/)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)),
      )
      .filter((words) => words.length > 0);
  }
  // Urdu and Pashto need more words than English for the same sentence (postpositions, auxiliaries).
  const LIMITS: Record<Lang, { average: number; longest: number }> = {
    en: { average: 8, longest: 18 },
    ur: { average: 10, longest: 22 },
    ps: { average: 10, longest: 22 },
  };
  // How each language tells a child it is not their fault (the words of locales/GLOSSARY.md).
  const NOT_YOUR_FAULT: Record<Lang, RegExp> = { en: /not your fault/i, ur: /آپ کا کوئی قصور نہیں/, ps: /ستا ګناه نه ده/ };

  test.each(LANGS.flatMap((lang) => kids.map((slug) => [lang, slug] as const)))('%s/%s: short sentences', (lang, slug) => {
    const s = sentences(readPage(lang, slug).body, lang);
    const average = s.reduce((n, words) => n + words.length, 0) / s.length;
    const longest = s.reduce((a, b) => (b.length > a.length ? b : a));
    expect(average, `${lang}/${slug} average words per sentence`).toBeLessThanOrEqual(LIMITS[lang].average);
    expect(longest.length, `${lang}/${slug} longest sentence: “${longest.join(' ')}”`).toBeLessThanOrEqual(LIMITS[lang].longest);
  });

  test('the measure tells child pages from adult ones', () => {
    for (const lang of LANGS) {
      const s = sentences(readPage(lang, 'privacy').body, lang);
      expect(s.reduce((n, words) => n + words.length, 0) / s.length, `${lang}/privacy`).toBeGreaterThan(LIMITS[lang].average + 4);
    }
  });

  test.each(LANGS.flatMap((lang) => kids.map((slug) => [lang, slug] as const)))('%s/%s: says it is not your fault', (lang, slug) => {
    const text = readableText(readPage(lang, slug).body);
    expect(text).toMatch(NOT_YOUR_FAULT[lang]);
  });
});

describe('phone numbers and laws equal the structured data', () => {
  const known = new Set(helplinesData.helplines.map((h) => h.number));
  const excluded = new Set(helplinesData.excluded.map((x) => x.number));
  const telNumbers = (p: Page) => [...p.body.matchAll(/(?:\(|href=")tel:([^)"]+)/g)].map((m) => m[1]!);
  // Short codes (1000–1899, so years never match), numbers starting with 0 (landlines, toll-free, mobiles), +92.
  const PHONE_LIKE = /(?<![\d,.-])(?:1[0-8]\d\d|0\d{2,4}[- ]?\d{4,8}|\+92[\d -]{8,})(?![\d,])/g;

  test('structured data is consistent', () => {
    const ids = helplinesData.helplines.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    const lawIds = new Set(lawsData.laws.map((l) => l.id));
    expect(lawIds.size).toBe(lawsData.laws.length);
    for (const h of helplinesData.helplines) if (h.law) expect(lawIds.has(h.law), `${h.id} names law ${h.law}`).toBe(true);
    for (const x of excluded) expect(known.has(x), `${x} is both listed and excluded`).toBe(false);
    const queueIds = new Set(loadDirectory().queues.map((q) => q.id));
    for (const l of lawsData.laws)
      for (const body of l.establishes ?? []) expect(queueIds.has(body), `${l.id} establishes unknown body ${body}`).toBe(true);
  });

  test.each(pageCases)('%s: every number is a listed helpline', (_id, page) => {
    for (const n of telNumbers(page)) expect(known.has(n), `tel:${n} is not in content/helplines.json`).toBe(true);
    const text = page.body.replace(/\]\([^)]*\)/g, ']').replace(/href="[^"]*"/g, '');
    for (const m of text.matchAll(PHONE_LIKE)) {
      const n = m[0];
      const ok = known.has(n) || (excluded.has(n) && page.slug === 'helplines');
      expect(ok, `${page.lang}/${page.slug} mentions ${n}, which is not a listed helpline`).toBe(true);
    }
  });

  test.each(TRANSLATED)('the English and %s versions of a page link the same numbers', (lang) => {
    for (const slug of REQUIRED_SLUGS) {
      const a = [...new Set(telNumbers(enBySlug.get(slug)!))].sort();
      const b = [...new Set(telNumbers(readPage(lang, slug)))].sort();
      expect(b, slug).toEqual(a);
    }
  });

  // Longest names first, and each match is blanked out, so a short name inside a longer one is not counted twice.
  const names = lawsData.laws
    .flatMap((l) => LANGS.map((lang) => ({ id: l.id, text: l.name[lang] })))
    .sort((a, b) => b.text.length - a.text.length);
  function lawsNamed(body: string): string[] {
    let rest = body;
    const found = new Set<string>();
    for (const n of names) {
      if (rest.includes(n.text)) {
        found.add(n.id);
        rest = rest.split(n.text).join(' ');
      }
    }
    return [...found].sort();
  }

  test.each(pageCases)('%s: every “… Act <year>” is a law in content/laws.json', (_id, page) => {
    const enNames = lawsData.laws.map((l) => l.name[DEFAULT_LANG]);
    for (const m of page.body.matchAll(/Act,? (\d{4})/g)) {
      const end = m.index + m[0].length;
      const ok = enNames.some((name) => name.endsWith(`Act ${m[1]}`) && page.body.slice(end - name.length, end) === name);
      expect(ok, `${page.lang}/${page.slug}: “${page.body.slice(Math.max(0, end - 70), end)}” is not a name in content/laws.json`).toBe(
        true,
      );
    }
  });

  test.each(TRANSLATED)('the English and %s versions of a page name the same laws', (lang) => {
    for (const slug of REQUIRED_SLUGS) expect(lawsNamed(readPage(lang, slug).body), slug).toEqual(lawsNamed(enBySlug.get(slug)!.body));
    expect(lawsNamed(enBySlug.get('the-law')!.body).length).toBeGreaterThanOrEqual(18);
  });

  test('the response deadlines on "what happens after you report" are the ones triage enforces', () => {
    const units: Record<string, number> = { hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };
    const rows = [...enBySlug.get('after-you-report')!.body.matchAll(/^\| (P[1-4]) \|.*\| (\d+) (hours?|days?) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(['P1', 'P2', 'P3', 'P4']);
    for (const r of rows) expect(Number(r[2]) * units[r[3]!]!, r[1]).toBe(DEADLINE_MS[r[1] as keyof typeof DEADLINE_MS]);
    // The translations write the priority and the number in <bdi dir="ltr">, then the unit in their own words.
    const UNITS: Record<Exclude<Lang, typeof DEFAULT_LANG>, Record<string, number>> = {
      ur: { گھنٹہ: 3_600_000, گھنٹے: 3_600_000, دن: 86_400_000 },
      ps: { ساعت: 3_600_000, ساعته: 3_600_000, ورځې: 86_400_000, ورځ: 86_400_000 },
    };
    for (const lang of TRANSLATED) {
      const units = UNITS[lang as keyof typeof UNITS];
      const rows = [
        ...readPage(lang, 'after-you-report').body.matchAll(
          new RegExp(
            String.raw`^\| <bdi dir="ltr">(P[1-4])<\/bdi> \|.*\| <bdi dir="ltr">(\d+)<\/bdi> (${Object.keys(units).join('|')}) \|$`,
            'gm',
          ),
        ),
      ];
      expect(
        rows.map((r) => r[1]),
        lang,
      ).toEqual(['P1', 'P2', 'P3', 'P4']);
      for (const r of rows) expect(Number(r[2]) * units[r[3]!]!, `${lang} ${r[1]}`).toBe(DEADLINE_MS[r[1] as keyof typeof DEADLINE_MS]);
    }
  });
});

describe('links between pages', () => {
  const ROUTES = new Set(['', 'report/', 'report/status/', ...REQUIRED_SLUGS.filter((s) => s !== 'home').map((s) => `${s}/`)]);
  test.each(pageCases)('%s: internal links resolve in its own language', (_id, page) => {
    for (const m of page.body.matchAll(/\]\((\/[^)]*)\)|href="(\/[^"]*)"/g)) {
      const href = (m[1] ?? m[2])!;
      const match = new RegExp(`^/(${LANGS.join('|')})/(.*)$`).exec(href);
      expect(match, href).not.toBeNull();
      expect(match![1], `${page.lang}/${page.slug} links ${href}`).toBe(page.lang);
      expect(ROUTES.has(match![2]!), `${page.lang}/${page.slug} links ${href}, which does not exist`).toBe(true);
    }
  });
});
