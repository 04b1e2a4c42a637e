// Which hours of the week an on-duty list leaves uncovered, in Pakistan time (domain/pakistan-time.ts): pure, shared by
// the API (it tells the supervisor and the province when a list is saved) and the console (it shows the gaps while
// the list is edited). A shift reads as the alert ladder reads it (api/alerts/ladder.ts onShift).

export const WEEK_MINUTES = 7 * 24 * 60;
const DAY_MINUTES = 24 * 60;

export interface CoverShift {
  /** Weekdays in Pakistan time, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
  /** Minutes after midnight; an end at or before the start runs past midnight into the next day. */
  startMinute: number;
  endMinute: number;
}

/** A stretch of the week, from a weekday and minute up to (not including) another; it may run past Saturday night. */
export interface WeekRange {
  fromDay: number;
  fromMinute: number;
  toDay: number;
  /** 0 … 1440; 1440 is the end of `toDay`. */
  toMinute: number;
}

/** The stretches of the week (minutes from Sunday 00:00) each shift covers, wrapped into the week. */
function covered(shifts: readonly CoverShift[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const s of shifts) {
    const length = s.endMinute > s.startMinute ? s.endMinute - s.startMinute : DAY_MINUTES - s.startMinute + s.endMinute;
    for (const day of new Set(s.days)) {
      const from = day * DAY_MINUTES + s.startMinute;
      const to = from + length;
      if (to <= WEEK_MINUTES) spans.push([from, to]);
      else spans.push([from, WEEK_MINUTES], [0, to - WEEK_MINUTES]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * The hours of the week nobody on the list is on duty, in order from Sunday 00:00; a gap over Saturday midnight
 * is one range, the last (ending on Sunday or later). An empty list leaves the whole week uncovered: one range, Sunday 00:00 to 24:00 Saturday.
 */
export function uncoveredRanges(shifts: readonly CoverShift[]): WeekRange[] {
  const gaps: [number, number][] = [];
  let at = 0;
  for (const [from, to] of covered(shifts)) {
    if (from > at) gaps.push([at, from]);
    at = Math.max(at, to);
  }
  if (at < WEEK_MINUTES) gaps.push([at, WEEK_MINUTES]);
  // A gap that ends the week and one that starts it are the same stretch of time.
  if (gaps.length > 1 && gaps[0]![0] === 0 && gaps.at(-1)![1] === WEEK_MINUTES) {
    const first = gaps.shift()!;
    gaps[gaps.length - 1] = [gaps.at(-1)![0], first[1] + WEEK_MINUTES];
  }
  // The end is exclusive: a gap up to midnight ends at 24:00 of its last day, not at 00:00 of the next.
  return gaps.map(([from, to]) => ({
    fromDay: Math.floor(from / DAY_MINUTES) % 7,
    fromMinute: from % DAY_MINUTES,
    toDay: (Math.ceil(to / DAY_MINUTES) - 1) % 7,
    toMinute: to % DAY_MINUTES || DAY_MINUTES,
  }));
}

/** Minutes in all the ranges together. */
export function uncoveredMinutes(ranges: readonly WeekRange[]): number {
  return ranges.reduce((n, r) => {
    const from = r.fromDay * DAY_MINUTES + r.fromMinute;
    let to = r.toDay * DAY_MINUTES + r.toMinute;
    if (to <= from) to += WEEK_MINUTES;
    return n + to - from;
  }, 0);
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** "Fri 17:00 – Mon 09:00", with the weekday names of the reader's language (0 = Sunday). */
export function formatRange(r: WeekRange, dayName: (day: number) => string): string {
  return `${dayName(r.fromDay)} ${hhmm(r.fromMinute)} – ${dayName(r.toDay)} ${hhmm(r.toMinute)}`;
}
