import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../domain/languages.ts';
import { placesOf } from './places.ts';

const named = (prefix: string) => Object.fromEntries(LANGS.map((l) => [l, `${prefix}-${l}`])) as Record<(typeof LANGS)[number], string>;

describe('placesOf', () => {
  it("names provinces and districts in the console's language, districts keyed under their province", () => {
    const data = { provinces: [{ id: 'punjab', name: named('Punjab'), districts: [{ id: 'lahore', name: named('Lahore') }] }] };
    for (const lang of LANGS) {
      expect(placesOf(data, lang)).toEqual({ punjab: `Punjab-${lang}`, 'punjab/lahore': `Lahore-${lang}` });
    }
  });
});
