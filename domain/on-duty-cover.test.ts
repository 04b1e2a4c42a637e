import { describe, expect, it } from 'vitest';
import { type CoverShift, formatRange, uncoveredMinutes, uncoveredRanges, WEEK_MINUTES } from './on-duty-cover.ts';

const h = (n: number) => n * 60;
const ALL = [0, 1, 2, 3, 4, 5, 6];

describe('uncovered on-duty hours', () => {
  it('leaves the whole week uncovered with an empty list, and nothing with a list around the clock', () => {
    expect(uncoveredRanges([])).toEqual([{ fromDay: 0, fromMinute: 0, toDay: 6, toMinute: h(24) }]);
    expect(uncoveredMinutes(uncoveredRanges([]))).toBe(WEEK_MINUTES);
    expect(uncoveredRanges([{ days: ALL, startMinute: 0, endMinute: h(24) }])).toEqual([]);
  });

  it('names the nights and the weekend left by office hours, a gap over Saturday midnight as one range', () => {
    const office: CoverShift = { days: [1, 2, 3, 4, 5], startMinute: h(9), endMinute: h(17) };
    const gaps = uncoveredRanges([office]);
    expect(gaps[0]).toEqual({ fromDay: 1, fromMinute: h(17), toDay: 2, toMinute: h(9) });
    // Friday 17:00 to Monday 09:00, across Saturday midnight.
    expect(gaps.at(-1)).toEqual({ fromDay: 5, fromMinute: h(17), toDay: 1, toMinute: h(9) });
    expect(gaps).toHaveLength(5);
    expect(uncoveredMinutes(gaps)).toBe(WEEK_MINUTES - 5 * h(8));
  });

  it('reads an overnight shift as the ladder does: its early hours belong to the day it started', () => {
    const day: CoverShift = { days: ALL, startMinute: h(8), endMinute: h(20) };
    const night: CoverShift = { days: [0, 1, 2, 3, 4, 5], startMinute: h(20), endMinute: h(8) };
    // Saturday's night is missing: Saturday 20:00 to Sunday 08:00.
    expect(uncoveredRanges([day, night])).toEqual([{ fromDay: 6, fromMinute: h(20), toDay: 0, toMinute: h(8) }]);
    expect(uncoveredRanges([day, { ...night, days: ALL }])).toEqual([]);
    // Start equal to end is a full day from that hour.
    expect(uncoveredRanges([{ days: ALL, startMinute: h(6), endMinute: h(6) }])).toEqual([]);
  });

  it('merges overlapping shifts of several people and ends a gap at 24:00 of its last day', () => {
    const a: CoverShift = { days: [3], startMinute: h(0), endMinute: h(12) };
    const b: CoverShift = { days: [3], startMinute: h(10), endMinute: h(24) };
    const gaps = uncoveredRanges([a, b]);
    expect(gaps).toEqual([{ fromDay: 4, fromMinute: 0, toDay: 2, toMinute: h(24) }]);
    expect(uncoveredMinutes(gaps)).toBe(WEEK_MINUTES - h(24));
  });

  it('is written with the weekday names of the reader', () => {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    expect(formatRange({ fromDay: 5, fromMinute: h(17), toDay: 1, toMinute: h(9) }, (d) => days[d]!)).toBe('Fri 17:00 – Mon 09:00');
    expect(formatRange({ fromDay: 6, fromMinute: h(20), toDay: 6, toMinute: h(24) }, (d) => days[d]!)).toBe('Sat 20:00 – Sat 24:00');
  });
});
