import { describe, expect, it } from 'vitest';
import { splitBidiControls } from './bidi.ts';

describe('splitBidiControls', () => {
  it('cuts every bidi control out and names it', () => {
    expect(splitBidiControls('call \u202E0300 1234567')).toEqual([{ text: 'call ' }, { control: 'U+202E' }, { text: '0300 1234567' }]);
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(splitBidiControls(all).map((p) => ('control' in p ? p.control : p.text))).toEqual(['U+202A', 'U+202B', 'U+202C', 'U+202D', 'U+202E', 'U+2066', 'U+2067', 'U+2068', 'U+2069', 'U+200E', 'U+200F', 'U+061C']);
  });
  it('leaves ordinary Urdu and English alone', () => {
    expect(splitBidiControls('بچہ ہر رات روتا ہے 0300')).toEqual([{ text: 'بچہ ہر رات روتا ہے 0300' }]);
    expect(splitBidiControls('')).toEqual([]);
  });
});
