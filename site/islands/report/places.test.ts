import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../api/triage/directory.ts';
import { packPlaces, unpackPlaces } from './places.ts';

describe('packPlaces / unpackPlaces', () => {
  it('gives back every province and district of the directory, in both languages', () => {
    for (const locale of ['en', 'ur'] as const) {
      const provinces = loadDirectory().provinces.map((p) => ({ id: p.id, name: p.name[locale], districts: p.districts.map((d) => ({ id: d.id, name: d.name[locale] })) }));
      expect(unpackPlaces(packPlaces(provinces))).toEqual(provinces);
    }
  });

  it('refuses a name that holds a separator instead of corrupting the list', () => {
    expect(() => packPlaces([{ id: 'x', name: 'A|B', districts: [] }])).toThrow(/separator/);
    expect(unpackPlaces('')).toEqual([]);
  });
});
