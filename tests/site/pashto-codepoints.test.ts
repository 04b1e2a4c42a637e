// Pashto pages and strings use Pashto's own letters (Peshawar standard), not Urdu look-alikes, and keep numbers
// Western and left-to-right as the Urdu pages do. Rules and their source: tests/site/pashto-text.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, langsWithCodePoints } from '../../domain/languages.ts';
import { splitPage } from '../content/content-lib.ts';
import { hasPashtoLetters, notPakistaniWords, notPashtoLetters } from './pashto-text.ts';

// The languages checked are those whose registry entry names the 'pashto' code-point rules (by rules id, not code).
const PASHTO_RULED = langsWithCodePoints('pashto');
test('some language follows the Pashto code-point rules', () => expect(PASHTO_RULED.length).toBeGreaterThan(0));

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const mdFiles = (lang: string) =>
  readdirSync(new URL(`../../content/${lang}/`, import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .sort();
/** The `lang` value of every language map (an object with the default language's key) anywhere in a data file. */
const names = (v: unknown, lang: string): string[] =>
  Array.isArray(v)
    ? v.flatMap((x) => names(x, lang))
    : v && typeof v === 'object'
      ? DEFAULT_LANG in v
        ? [String((v as Record<string, unknown>)[lang])]
        : Object.values(v).flatMap((x) => names(x, lang))
      : [];
const withoutBdi = (s: string) => s.replace(/<bdi\b[^>]*>[^<]*<\/bdi>/g, '');

describe.each(PASHTO_RULED)('%s guidance pages', (lang) => {
  const pages = mdFiles(lang).map((f) => ({
    f,
    ...splitPage(readFileSync(new URL(`../../content/${lang}/${f}`, import.meta.url), 'utf8')),
  }));

  test('there is a page for every English page', () => {
    expect(pages.map((p) => p.f)).toEqual(mdFiles(DEFAULT_LANG));
  });

  test('title, description and body use Pashto letters only', () => {
    const findings = pages.flatMap((p) =>
      notPashtoLetters([p.data.title, p.data.description, p.body].join('\n'), `content/${lang}/${p.f}`),
    );
    expect(findings).toEqual([]);
  });

  test("the children's pages use Pakistani words (the glossary's), and «لاس لګول» for touching", () => {
    const findings = pages
      .filter((p) => p.f.startsWith('kids-'))
      .flatMap((p) => notPakistaniWords([p.data.title, p.data.description, p.body].join('\n'), p.f));
    expect(findings).toEqual([]);
  });

  test('the report form, its errors and the quick exit use Pakistani words', () => {
    const findings = ['report', 'api', 'common'].flatMap((ns) =>
      strings(readJson(`locales/${lang}/${ns}.json`)).flatMap((s) => notPakistaniWords(s, `locales/${lang}/${ns}.json`)),
    );
    expect(findings).toEqual([]);
  });

  test('every page is written in Pashto (has letters only Pashto uses)', () => {
    expect(pages.filter((p) => !hasPashtoLetters(String(p.data.title) + p.body)).map((p) => p.f)).toEqual([]);
  });

  test('every Western digit sits in a left-to-right element, as on the Urdu pages', () => {
    const bare = pages.flatMap((p) => {
      const text = p.body
        .replace(/<(a|bdi|span)\b[^>]*\bdir="ltr"[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/^\s*\d+\.\s/gm, '');
      return [...text.matchAll(/\d+/g)].map((m) => `${p.f}: …${text.slice(Math.max(0, m.index! - 15), m.index! + 15)}…`);
    });
    expect(bare).toEqual([]);
  });

  test('each page names the same laws as its English page (by the names in laws.json)', () => {
    const laws = readJson('content/laws.json').laws as { id: string; name: Record<string, string> }[];
    const lawNames = laws
      .flatMap((l) => [
        { id: l.id, text: l.name[DEFAULT_LANG]! },
        { id: l.id, text: l.name[lang]! },
      ])
      .sort((a, b) => b.text.length - a.text.length);
    // Longest first and blanked once found, as in tests/content/content.test.ts, so a name inside a longer one is not counted twice.
    const named = (body: string) => {
      let rest = body;
      const found = new Set<string>();
      for (const n of lawNames)
        if (rest.includes(n.text)) {
          found.add(n.id);
          rest = rest.split(n.text).join(' ');
        }
      return [...found].sort();
    };
    for (const p of pages) {
      const en = splitPage(readFileSync(new URL(`../../content/${DEFAULT_LANG}/${p.f}`, import.meta.url), 'utf8')).body;
      expect(named(p.body), p.f).toEqual(named(en));
    }
  });
});

// Keys, plural forms and placeholders are held to English's by locale-parity.test.ts, which iterates the registry.
describe.each(PASHTO_RULED)('%s interface strings', (lang) => {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  const namespaces = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, json: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as unknown }));

  test('strings use Pashto letters only', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect(namespaces.flatMap((n) => strings(n.json).flatMap((s) => notPashtoLetters(s, `locales/${lang}/${n.f}`)))).toEqual([]);
  });

  test('each namespace is written in Pashto', () => {
    expect(namespaces.filter((n) => !hasPashtoLetters(strings(n.json).join(' '))).map((n) => n.f)).toEqual([]);
  });
});

describe.each(PASHTO_RULED)('%s names in the data files', (lang) => {
  test.each(['content/directory/locations.json', 'content/helplines.json', 'content/laws.json'])(
    '%s: a Pashto name in every map, in Pashto letters only',
    (file) => {
      const all = names(readJson(file), lang);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((s) => s === 'undefined' || s.trim() === '')).toEqual([]);
      expect(all.flatMap((s) => notPashtoLetters(withoutBdi(s), file))).toEqual([]);
    },
  );
});

describe('the check itself', () => {
  test('catches each Urdu look-alike and names the Pashto letter', () => {
    for (const [urdu, pashto] of [
      ['ٹ', 'ټ'],
      ['ڈ', 'ډ'],
      ['ڑ', 'ړ'],
      ['گ', 'ګ'],
      ['ہ', 'ه'],
    ] as const) {
      const found = notPashtoLetters(`ما${urdu}و`, 'x');
      expect(found).toHaveLength(1);
      expect(found[0]!.char).toContain(pashto);
    }
    expect(notPashtoLetters('ګھر', 'x')).toHaveLength(1); // ھ
    expect(notPashtoLetters('میں', 'x')).toHaveLength(2); // ی and ں
    expect(notPashtoLetters('كتاب', 'x')).toHaveLength(1); // Arabic kaf
    expect(notPashtoLetters('ماشوم دے۔', 'x')).toHaveLength(1); // Urdu full stop
  });

  test('passes Peshawar-standard Pashto, including ے for -ay and ي for -i', () => {
    expect(notPashtoLetters('ستا بدن ستا دے. ته ووايه، که څوک دې ځوروي. نجلۍ او هلک ټول خوندي دي. د ګاونډي ځاے.', 'x')).toEqual([]);
  });

  test('flags ۍ and ے inside a word, and Eastern digits', () => {
    expect(notPashtoLetters('نجلۍکه', 'x')).toHaveLength(1);
    expect(notPashtoLetters('دےکه', 'x')).toHaveLength(1);
    expect(notPashtoLetters('۱۵ ته زنګ', 'x')).toHaveLength(2);
  });

  test('recognises Pashto and not Urdu', () => {
    expect(hasPashtoLetters('ډېر ښه')).toBe(true);
    expect(hasPashtoLetters('آپ کا جسم آپ کا ہے')).toBe(false);
    // A short Pashto sentence can lack them (ستا بدن ستا دے), which is why the check is per page and per namespace.
    expect(hasPashtoLetters('ستا بدن ستا دے')).toBe(false);
  });
});
