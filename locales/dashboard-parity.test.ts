// The dashboard namespace in English and Urdu: same keys, same placeholders, Urdu letters not Arabic ones.
import { describe, expect, it } from 'vitest';
import { flatten } from '../tests/fixtures/strings.ts';
import en from './en/dashboard.json' with { type: 'json' };
import ur from './ur/dashboard.json' with { type: 'json' };

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales/*/dashboard.json', () => {
  const e = flatten(en);
  const u = flatten(ur);
  it('has the same keys in both languages', () => expect(Object.keys(u).sort()).toEqual(Object.keys(e).sort()));
  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(e)) expect(placeholders(u[key] ?? ''), key).toEqual(placeholders(e[key]!));
  });
  it('writes Urdu with Urdu code points (ی ک ہ), never Arabic ي ك ه ى', () => {
    for (const [key, text] of Object.entries(u)) expect(text, key).not.toMatch(/[\u064A\u0643\u0647\u0649]/);
  });
  it('has Urdu text, not English left untranslated', () => {
    const untranslated = Object.keys(e).filter((k) => u[k] === e[k] && /[a-z]{4,}/i.test(e[k]!) && !/^(P\d|CSV)/.test(e[k]!));
    expect(untranslated).toEqual([]);
  });
});
