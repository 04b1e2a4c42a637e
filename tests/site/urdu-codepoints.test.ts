// Urdu strings use Urdu letters: ی ک ہ, never Arabic ي ك ه (which render alike in some fonts but break search,
// sorting and screen readers). The languages checked are those whose registry entry names the 'urdu' code-point
// rules (selected by rules id, not by code). Built Urdu pages are checked by tests/e2e/site-dist.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { langsWithCodePoints } from '../../domain/languages.ts';
import { arabicOnlyLetters } from './urdu-text.ts';

const URDU_RULED = langsWithCodePoints('urdu');
test('some language follows the Urdu code-point rules', () => expect(URDU_RULED.length).toBeGreaterThan(0));

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

test.each(URDU_RULED)('%s locale strings contain no Arabic-only letters', (lang) => {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const findings = files.flatMap((f) =>
    strings(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))).flatMap((s) => arabicOnlyLetters(s, `locales/${lang}/${f}`)),
  );
  expect(findings).toEqual([]);
});

test.each(URDU_RULED)('%s helpline names, purposes and places contain no Arabic-only letters', (lang) => {
  const data = JSON.parse(readFileSync(new URL('../../content/helplines.json', import.meta.url), 'utf8')) as {
    helplines: Record<string, unknown>[];
  };
  const texts = data.helplines.flatMap((h) =>
    Object.values(h).flatMap((v) => (v && typeof v === 'object' && lang in v ? [String((v as Record<string, unknown>)[lang])] : [])),
  );
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.flatMap((s) => arabicOnlyLetters(s, 'content/helplines.json'))).toEqual([]);
});

test('the check itself catches each Arabic-only letter and passes Urdu ones', () => {
  expect(arabicOnlyLetters('بچه', 'x')).toHaveLength(1);
  expect(arabicOnlyLetters('كيا', 'x')).toHaveLength(2);
  expect(arabicOnlyLetters('بچہ کیا ہے', 'x')).toEqual([]);
});
