// Every registry language carries the same keys as English (the default), the same {{placeholders}} in each string
// and the same plural forms, in every namespace found under locales/ (not only the registered ones, so a new file
// cannot slip past).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, LANGS } from '../../domain/languages.ts';
import { flatten } from '../fixtures/strings.ts';

type Tree = { [k: string]: string | Tree };
const dir = new URL('../../locales/', import.meta.url);
const load = (lang: string, file: string) => JSON.parse(readFileSync(new URL(`${lang}/${file}`, dir), 'utf8')) as Tree;

const strings = (tree: Tree) => new Map(Object.entries(flatten(tree)));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

const jsonFiles = (lang: string) =>
  readdirSync(new URL(`${lang}/`, dir))
    .filter((f) => f.endsWith('.json'))
    .sort();
const enFiles = jsonFiles(DEFAULT_LANG);
const others = LANGS.filter((l) => l !== DEFAULT_LANG);

test.each(others)('every namespace exists in %s', (lang) => {
  expect(jsonFiles(lang)).toEqual(enFiles);
  expect(enFiles.length).toBeGreaterThan(0);
});

describe.each(others.flatMap((lang) => enFiles.map((file) => [lang, file] as const)))('locales/%s/%s', (lang, file) => {
  const en = strings(load(DEFAULT_LANG, file));
  const tr = strings(load(lang, file));

  test('same keys', () => {
    expect([...tr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('same placeholders in every string', () => {
    const mismatched = [...en].filter(([k, v]) => tr.has(k) && placeholders(v).join() !== placeholders(tr.get(k)!).join());
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  test('same plural forms, each with {{count}}', () => {
    const forms = (m: Map<string, string>) => [...m.keys()].filter((k) => PLURAL.test(k)).sort();
    expect(forms(tr)).toEqual(forms(en));
    for (const [k, v] of [...en, ...tr]) if (PLURAL.test(k)) expect(v, k).toMatch(/\{\{\s*count\s*\}\}/);
  });

  test('no empty strings', () => {
    expect([...en, ...tr].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
