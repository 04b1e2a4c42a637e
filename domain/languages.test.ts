// The registry is the only place a language code is written: everything else iterates LANGS, so adding a
// language is a registry entry plus its folders of strings and content, never a change to a component's logic.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LANG,
  isLang,
  LANGS,
  LANGUAGES,
  langDir,
  langFromAcceptLanguage,
  langsWithCodePoints,
  otherLangs,
  pathInLang,
  perLang,
  STAFF_LANGS,
} from './languages.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const SCANNED = ['api', 'site', 'db', 'domain', 'locales', 'bench'];
const SOURCE = /\.(ts|tsx|astro|mjs)$/;
/**
 * Allowed: the registry itself, and test files (`*.test.ts`): a test that checks an Urdu error message or an
 * English CSV header has to name the language it asks in; locales/index.ts, where each language's folder of strings
 * is imported (statically, so strings stay typed) and checked against the registry by `satisfies Record<Lang, …>`.
 * Migrations are SQL (0006 carries name_en/name_ur over).
 */
const ALLOWED = (path: string) => path === 'domain/languages.ts' || path === 'locales/index.ts' || path.endsWith('.test.ts');

/** Registry codes written as literals: quoted ('ur', "ur", `ur`), as object keys (ur: …) or properties (.ur), in paths, globs and regular expressions (/(en|ur)\/report/). */
function languageLiterals(source: string, codes: readonly string[]): string[] {
  const c = codes.join('|');
  const pattern = new RegExp(
    String.raw`(['"\x60])(${c})\1|(?<![\w$.-])(${c})\??\s*:(?!:)|\.(${c})\b(?![-\w])|(?<=[/{,(|])(${c})(?=[/},)|])`,
    'g',
  );
  return [...source.matchAll(pattern)].map((m) => m[0]);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

test('no source file outside the registry names a language code', () => {
  // Today's codes, and Pashto's ahead of its arrival, so code written now cannot assume it either.
  const codes = [...new Set([...LANGS, 'ps'])];
  const findings = SCANNED.flatMap((dir) => walk(join(ROOT, dir)))
    .filter((path) => SOURCE.test(path))
    .map((path) => relative(ROOT, path))
    .filter((path) => !ALLOWED(path))
    .flatMap((path) =>
      readFileSync(join(ROOT, path), 'utf8')
        .split('\n')
        .flatMap((line, i) => languageLiterals(line, codes).map((hit) => `${path}:${i + 1}: ${hit}`)),
    );
  expect(findings).toEqual([]);
});

test('the check catches literals, keys, properties and unions, and passes words that merely contain a code', () => {
  const codes = ['en', 'ur', 'ps'];
  expect(languageLiterals(`locale === 'ur' ? a : b`, codes)).toEqual([`'ur'`]);
  expect(languageLiterals(`type L = "en" | "ps";`, codes)).toEqual(['"en"', '"ps"']);
  expect(languageLiterals('const x = { en: a, ur: b };', codes)).toEqual(['en:', 'ur:']);
  expect(languageLiterals('name.ur + name.en', codes)).toEqual(['.ur', '.en']);
  expect(languageLiterals('<html lang="ps">', codes)).toEqual(['"ps"']);
  expect(languageLiterals(`'Disallow: /ur/staff/'; glob('{en,ur}/*.md')`, codes)).toEqual(['ur', 'en', 'ur']);
  // A regular expression's alternation: the static server once matched /^\/(en|ur)\/search\// and so blocked Pashto search.
  expect(languageLiterals(String.raw`/^\/(en|ur)\/report\//.test(p)`, codes)).toEqual(['en', 'ur']);
  expect(languageLiterals(`const tense = 'ended'; user: u; url.pathname; apps: 1; x.length; 'en-GB'; a ? ur2 : b`, codes)).toEqual([]);
});

describe('the registry', () => {
  test('codes are unique, the default is first, and every language has what pages need', () => {
    expect(new Set(LANGS).size).toBe(LANGS.length);
    expect(DEFAULT_LANG).toBe(LANGS[0]);
    for (const l of LANGUAGES) {
      expect(l.nativeName.trim()).not.toBe('');
      expect(['ltr', 'rtl']).toContain(l.dir);
      expect(l.hreflang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      // Digits stay Latin and the calendar Gregorian whatever the locale's defaults are.
      expect(new Intl.NumberFormat(l.intl).resolvedOptions().numberingSystem).toBe('latn');
      expect(new Intl.DateTimeFormat(l.intl).resolvedOptions().calendar).toBe('gregory');
      expect(l.acceptLanguage.length).toBeGreaterThan(0);
      // Quick exit leaves for a neutral page over HTTPS (site/scripts/exit-destination.ts).
      expect(l.exitPage).toMatch(/^https:\/\/[^/]+\//);
    }
    expect(STAFF_LANGS).toContain(DEFAULT_LANG);
  });

  test('direction comes from the registry; right-to-left languages have a web face', () => {
    for (const l of LANGUAGES) {
      expect(langDir(l.code)).toBe(l.dir);
      if (l.dir === 'rtl') expect('font' in l && l.font).toBeTruthy();
    }
  });

  test('isLang accepts registry codes only', () => {
    for (const l of LANGS) expect(isLang(l)).toBe(true);
    for (const v of ['', 'EN', 'xx', null, undefined, 1, {}]) expect(isLang(v)).toBe(false);
  });

  test('Accept-Language picks the first registry language the client asks for', () => {
    for (const l of LANGUAGES) {
      expect(langFromAcceptLanguage(`xx, ${l.acceptLanguage[0]}-PK;q=0.9`)).toBe(l.code);
      expect(langFromAcceptLanguage(l.acceptLanguage[0]!.toUpperCase())).toBe(l.code);
    }
    expect(langFromAcceptLanguage('fr, *')).toBeUndefined();
    expect(langFromAcceptLanguage(';;;,')).toBeUndefined();
  });

  test('paths switch language inside a language folder and nowhere else', () => {
    for (const from of LANGS) {
      for (const to of otherLangs(from)) {
        expect(pathInLang(`/${from}/helplines/`, to)).toBe(`/${to}/helplines/`);
        expect(pathInLang(`/${from}/`, to)).toBe(`/${to}/`);
      }
      expect(otherLangs(from)).not.toContain(from);
      expect(otherLangs(from)).toHaveLength(LANGS.length - 1);
    }
    expect(pathInLang('/api/x/', DEFAULT_LANG)).toBe('/api/x/');
  });

  test('perLang builds one value per language and code-point rules select languages by id', () => {
    expect(Object.keys(perLang((l) => l))).toEqual([...LANGS]);
    for (const l of langsWithCodePoints('urdu')) expect(LANGUAGES.find((x) => x.code === l)).toHaveProperty('codePoints', 'urdu');
  });
});
