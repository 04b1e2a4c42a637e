// The desks file checked against the vocabulary, the routing directory and the language registry.
import { describe, expect, it } from 'vitest';
import { LANGS, langsWithCodePoints } from '../domain/languages.ts';
import { SERVICES } from '../domain/vocabulary.ts';
import { allDesks, buildDesks } from './desks.ts';
import { loadDirectory } from './routing.ts';

const desk = {
  id: 'rajanpur-health',
  service: 'health',
  district: 'rajanpur',
  queue: 'cpu-rajanpur',
  name: Object.fromEntries(LANGS.map((l) => [l, 'x'])),
  source: 's',
  confirmed: true,
};

describe('service desks', () => {
  it("start with Rajanpur's confirmed sub-desks; the rest are examples to be confirmed", () => {
    const desks = allDesks();
    const rajanpur = desks.filter((d) => d.district === 'rajanpur');
    expect(rajanpur.map((d) => d.service).sort()).toEqual(['child_protection_court', 'education', 'health', 'police', 'rescue_1122']);
    expect(rajanpur.every((d) => d.confirmed && d.source.includes('S4'))).toBe(true);
    for (const d of desks.filter((x) => !x.confirmed)) expect(d.source).toMatch(/^Example/);
  });

  it('every desk offers a known service, sits in a known district and queue, and is named in every language', () => {
    const directory = loadDirectory();
    for (const d of allDesks()) {
      expect(SERVICES).toContain(d.service);
      expect(directory.queues.some((q) => q.id === d.queue)).toBe(true);
      for (const lang of LANGS) expect(d.name[lang]?.length, `${d.id} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('names in Urdu-script languages use Urdu code points (ی ک ہ, never Arabic ي ك ه)', () => {
    for (const lang of langsWithCodePoints('urdu'))
      for (const d of allDesks()) expect(d.name[lang], d.id).not.toMatch(/[\u064A\u0643\u0647]/);
  });

  it('refuses an unknown district or queue, a service outside the vocabulary and a repeated id', () => {
    const directory = loadDirectory();
    expect(() => buildDesks({ desks: [desk] }, directory)).not.toThrow();
    expect(() => buildDesks({ desks: [{ ...desk, district: 'atlantis' }] }, directory)).toThrow(/unknown district/);
    expect(() => buildDesks({ desks: [{ ...desk, queue: 'cpu-atlantis' }] }, directory)).toThrow(/unknown queue/);
    expect(() => buildDesks({ desks: [{ ...desk, service: 'astrology' }] }, directory)).toThrow();
    expect(() => buildDesks({ desks: [desk, desk] }, directory)).toThrow(/repeats/);
  });
});
