import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { splitBidiControls } from '../../domain/bidi.ts';
import { InertText } from './inert-text.tsx';

describe('splitBidiControls', () => {
  it('cuts every bidi control out and names it', () => {
    expect(splitBidiControls('call \u202E0300 1234567')).toEqual([{ text: 'call ' }, { control: 'U+202E' }, { text: '0300 1234567' }]);
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(splitBidiControls(all).map((p) => ('control' in p ? p.control : p.text))).toEqual([
      'U+202A',
      'U+202B',
      'U+202C',
      'U+202D',
      'U+202E',
      'U+2066',
      'U+2067',
      'U+2068',
      'U+2069',
      'U+200E',
      'U+200F',
      'U+061C',
    ]);
  });
  it('leaves ordinary Urdu and English alone', () => {
    expect(splitBidiControls('بچہ ہر رات روتا ہے 0300')).toEqual([{ text: 'بچہ ہر رات روتا ہے 0300' }]);
    expect(splitBidiControls('')).toEqual([]);
  });
});

describe('InertText', () => {
  it('renders an override in a phone number as a visible LTR token, with no control character left in the page', () => {
    const html = renderToStaticMarkup(
      createElement('p', { dir: 'auto' }, createElement(InertText, { text: 'call \u202E0300 1234567\u202C now' })),
    );
    expect(html).toBe(
      '<p dir="auto">call <span dir="ltr" class="app-bidi-control">U+202E</span>0300 1234567<span dir="ltr" class="app-bidi-control">U+202C</span> now</p>',
    );
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });
});
