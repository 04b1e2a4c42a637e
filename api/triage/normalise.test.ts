import { describe, expect, it } from 'vitest';
import { normalise, romanFold } from './normalise.ts';
import { triage } from './triage.ts';

describe('romanFold: Roman Urdu and Roman Pashto spelt by ear', () => {
  it('folds w to v and a final -ay, -ey, -ai or -ae to -e, in words of five letters or more', () => {
    expect(['tasweer', 'tasveer'].map((w) => romanFold(normalise(w)))).toEqual(['tasver', 'tasver']);
    expect(['ganday', 'gandey', 'gandai', 'gande'].map((w) => romanFold(w))).toEqual(['gande', 'gande', 'gande', 'gande']);
    expect(['jummay', 'jumme'].map((w) => romanFold(normalise(w)))).toEqual(['jume', 'jume']);
  });

  it('leaves short words, stems, and words in other scripts as they are', () => {
    expect(['hai', 'say', 'day', 'they'].map((w) => romanFold(w))).toEqual(['hai', 'say', 'day', 'they']);
    expect(romanFold('lagay', true)).toBe('lagay');
    expect(romanFold('تصویر')).toBe('تصویر');
  });
});

describe('triage reads one report the same in any of its Roman spellings', () => {
  const NOW = Date.UTC(2026, 10, 23, 9, 0);
  const priority = (description: string) =>
    triage(
      {
        immediateDanger: false,
        category: 'other',
        reporter: 'neighbour_or_community',
        child: { ageBand: '10-13', gender: 'unknown' },
        description,
      },
      NOW,
    ).priority;

  it('a veiled act tonight, written -ay, -ey or -e', () => {
    const spellings = ['ganday kaam karte hain aaj raat', 'gandey kaam karte hain aaj raat', 'gande kam karte hain aj rat'];
    expect(spellings.map(priority)).toEqual(['P1', 'P1', 'P1']);
  });

  it('pictures and a threat to put them online, written with w or v', () => {
    const spellings = [
      'us ke pas meri tasweerein hain, paise do warna facebook pe daal dega',
      'us ke pas meri tasveerein hain, paise do varna facebook pe daal dega',
    ];
    const [w, v] = spellings.map(priority);
    expect(w).toBe(v);
    expect(w).not.toBe('P3');
  });
});
