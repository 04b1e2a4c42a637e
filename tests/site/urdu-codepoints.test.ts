// Urdu strings use Urdu letters: ی ک ہ, never Arabic ي ك ه (which render alike in some fonts but break search,
// sorting and screen readers). Built Urdu pages are checked by tests/e2e/site-dist.spec.ts after the build.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { arabicOnlyLetters } from './urdu-text.ts';

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

test('Urdu locale strings contain no Arabic-only letters', () => {
  const dir = new URL('../../locales/ur/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const findings = files.flatMap((f) => strings(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))).flatMap((s) => arabicOnlyLetters(s, `locales/ur/${f}`)));
  expect(findings).toEqual([]);
});

test('Urdu helpline names, purposes and places contain no Arabic-only letters', () => {
  const data = JSON.parse(readFileSync(new URL('../../content/helplines.json', import.meta.url), 'utf8')) as { helplines: Record<string, unknown>[] };
  const ur = data.helplines.flatMap((h) => Object.values(h).flatMap((v) => (v && typeof v === 'object' && 'ur' in v ? [String((v as { ur: unknown }).ur)] : [])));
  expect(ur.length).toBeGreaterThan(0);
  expect(ur.flatMap((s) => arabicOnlyLetters(s, 'content/helplines.json'))).toEqual([]);
});

test('the check itself catches each Arabic-only letter and passes Urdu ones', () => {
  expect(arabicOnlyLetters('بچه', 'x')).toHaveLength(1);
  expect(arabicOnlyLetters('كيا', 'x')).toHaveLength(2);
  expect(arabicOnlyLetters('بچہ کیا ہے', 'x')).toEqual([]);
});
