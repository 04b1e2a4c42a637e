// The Listen control's choices: which device voice reads a page, and how the text is cut for it.
import { describe, expect, test } from 'vitest';
import { pickVoice, primaryLanguage, utterances } from '../../site/scripts/listen-core.ts';

const v = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: lang });

describe('pickVoice', () => {
  test('prefers the Pakistan voice, then the default one, then any on-device voice of the language', () => {
    expect(pickVoice([v('ur-IN'), v('ur-PK'), v('en-US')], 'ur')?.lang).toBe('ur-PK');
    expect(pickVoice([v('ur-IN'), v('ur_IN', true, true)], 'ur')?.lang).toBe('ur_IN');
    expect(pickVoice([v('en-US'), v('en-GB')], 'en')?.lang).toBe('en-US');
    expect(pickVoice([v('ps-AF')], 'ps')?.lang).toBe('ps-AF');
  });
  test('none for a language the device cannot speak, and never a network voice', () => {
    expect(pickVoice([v('en-US'), v('hi-IN')], 'ur')).toBeUndefined();
    expect(pickVoice([v('ur-PK', false)], 'ur')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });
  test('primaryLanguage reads both separators', () => {
    expect(primaryLanguage('ur-PK')).toBe('ur');
    expect(primaryLanguage('UR_in')).toBe('ur');
  });
});

describe('utterances', () => {
  test('one per line, whitespace folded, blank lines dropped', () => {
    expect(utterances('Title\n\n  First   line.\nSecond')).toEqual(['Title', 'First line.', 'Second']);
  });
  test('long lines cut at sentence ends, Urdu ones too, never over the limit', () => {
    const urdu = 'یہ پہلا جملہ ہے۔ یہ دوسرا جملہ ہے؟ '.repeat(20).trim();
    const parts = utterances(urdu, 60);
    expect(parts.every((p) => p.length <= 60)).toBe(true);
    expect(parts.every((p) => /[۔؟]$/.test(p))).toBe(true);
    expect(parts.join(' ')).toBe(urdu);
  });
  test('a sentence longer than the limit is cut at spaces', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const parts = utterances(long, 50);
    expect(parts.every((p) => p.length <= 50)).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });
});
