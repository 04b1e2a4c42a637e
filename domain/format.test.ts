import { describe, expect, test } from 'vitest';
import { formatDateTime, formatLongDate, formatNumber, formatPercent, formatShortDate } from './format.ts';
import { LANGS, language } from './languages.ts';

// 10:00 UTC is 15:00 in Pakistan (UTC+5, no daylight saving).
const moment = '2026-03-05T10:00:00Z';

test('Urdu reads the time of day in Urdu words: morning, afternoon, evening', () => {
  expect(formatDateTime('2026-03-05T01:18:00Z', 'ur')).toBe('5 مارچ، 2026، 6:18 صبح');
  expect(formatDateTime('2026-03-05T10:00:00Z', 'ur')).toMatch(/3:00 دوپہر$/);
  expect(formatDateTime('2026-03-05T14:30:00Z', 'ur')).toMatch(/7:30 شام$/);
  expect(formatDateTime('2026-03-05T10:00:00Z', 'en')).toBe('5 Mar 2026, 15:00');
});

describe.each(LANGS)('%s', (lang) => {
  test('digits stay Latin in dates and numbers', () => {
    for (const s of [
      formatDateTime(moment, lang),
      formatLongDate(moment, lang),
      formatShortDate(moment, lang),
      formatNumber(12345, lang),
      formatPercent(0.42, lang),
    ]) {
      expect(s).toMatch(/[0-9]/);
      expect(s).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    }
  });
  test('times are in Pakistan time, on the Gregorian calendar', () => {
    const s = formatDateTime(moment, lang);
    expect(s).toMatch(/2026/);
    expect(s).toMatch(/\b(3|15):00\b/);
  });
  test("the time of day is written in the page's own letters, with no Latin AM or PM for bidi to move", () => {
    for (const hour of ['01:18', '10:00', '14:30', '19:00']) {
      const s = formatDateTime(`2026-03-05T${hour}:00Z`, lang);
      expect(s).not.toMatch(/\b[AP]\.?M\.?\b/i);
      if (language(lang).dir === 'rtl') expect(s).not.toMatch(/[A-Za-z]/);
    }
  });
  test('a calendar day does not shift with the zone', () => {
    expect(formatLongDate('2026-03-05', lang)).toMatch(/\b5\b/);
    expect(formatShortDate('2026-03-05T23:30:00Z', lang)).toMatch(/\b5\b/);
  });
  test('thousands grouped with a comma and decimals with a point, as numbers are written in Pakistan', () => {
    expect(formatNumber(12345.6, lang)).toBe('12,345.6');
  });
  test('percentages', () => {
    expect(formatPercent(0.42, lang)).toMatch(/42/);
  });
});
