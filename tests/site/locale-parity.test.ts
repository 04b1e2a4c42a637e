// en and ur carry the same keys, the same {{placeholders}} in each string and the same plural forms, in every
// namespace found under locales/ (not only the registered ones, so a new file cannot slip past).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

type Tree = { [k: string]: string | Tree };
const dir = new URL('../../locales/', import.meta.url);
const load = (lang: string, file: string) => JSON.parse(readFileSync(new URL(`${lang}/${file}`, dir), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

const enFiles = readdirSync(new URL('en/', dir)).filter((f) => f.endsWith('.json')).sort();
const urFiles = readdirSync(new URL('ur/', dir)).filter((f) => f.endsWith('.json')).sort();

test('every namespace exists in both languages', () => {
  expect(urFiles).toEqual(enFiles);
  expect(enFiles.length).toBeGreaterThan(0);
});

describe.each(enFiles)('locales/*/%s', (file) => {
  const en = flatten(load('en', file));
  const ur = flatten(load('ur', file));

  test('same keys', () => {
    expect([...ur.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('same placeholders in every string', () => {
    const mismatched = [...en].filter(([k, v]) => ur.has(k) && placeholders(v).join() !== placeholders(ur.get(k)!).join());
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  test('same plural forms, each with {{count}}', () => {
    const forms = (m: Map<string, string>) => [...m.keys()].filter((k) => PLURAL.test(k)).sort();
    expect(forms(ur)).toEqual(forms(en));
    for (const [k, v] of [...en, ...ur]) if (PLURAL.test(k)) expect(v, k).toMatch(/\{\{\s*count\s*\}\}/);
  });

  test('no empty strings', () => {
    expect([...en, ...ur].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
