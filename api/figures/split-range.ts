// How a range of Pakistan days is read from a roll-up kept per day and per month (the wait histograms, the category
// and district tables): whole months from the monthly table, the rest from the daily one. A month the range covers only
// partly is read whole, less the days outside the range, when those are fewer than the days inside it: a year ending
// today (the 26th) is then its months and the 4 days after today (none stored) instead of 26 days of daily rows.
// Every roll-up is exact, so a month less some of its days is exactly the rest of its days.

export interface SplitRange {
  /** Whole months (YYYY-MM, first..last) read from the monthly table, or none. */
  months: [string, string] | null;
  /** Runs of days (inclusive) added from the daily table. */
  days: [string, string][];
  /** Runs of days inside `months` but outside the range, taken away (read from the daily table, counted negative). */
  minus: [string, string][];
}

const DAY_MS = 86_400_000;
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
const monthOf = (day: string) => day.slice(0, 7);
const firstOf = (day: string) => `${monthOf(day)}-01`;
const lastOf = (day: string) => {
  const d = new Date(`${firstOf(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return dayBefore(d.toISOString().slice(0, 10));
};
/** Days in [a, b], inclusive; 0 when b is before a. */
const daysIn = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS) + 1);

export function splitRange(fromDay: string, toDay: string): SplitRange {
  const days: [string, string][] = [];
  const minus: [string, string][] = [];
  if (monthOf(fromDay) === monthOf(toDay)) {
    const first = firstOf(fromDay);
    const last = lastOf(fromDay);
    const outside = daysIn(first, dayBefore(fromDay)) + daysIn(dayAfter(toDay), last);
    if (outside >= daysIn(fromDay, toDay)) return { months: null, days: [[fromDay, toDay]], minus };
    if (fromDay > first) minus.push([first, dayBefore(fromDay)]);
    if (toDay < last) minus.push([dayAfter(toDay), last]);
    return { months: [monthOf(fromDay), monthOf(fromDay)], days, minus };
  }
  // The first month: whole (less the days before fromDay) or its days from fromDay on; likewise the last month.
  let startMonth = monthOf(fromDay);
  if (fromDay !== firstOf(fromDay)) {
    const before = daysIn(firstOf(fromDay), dayBefore(fromDay));
    if (before < daysIn(fromDay, lastOf(fromDay))) minus.push([firstOf(fromDay), dayBefore(fromDay)]);
    else {
      days.push([fromDay, lastOf(fromDay)]);
      startMonth = monthOf(dayAfter(lastOf(fromDay)));
    }
  }
  let endMonth = monthOf(toDay);
  if (toDay !== lastOf(toDay)) {
    const after = daysIn(dayAfter(toDay), lastOf(toDay));
    if (after < daysIn(firstOf(toDay), toDay)) minus.push([dayAfter(toDay), lastOf(toDay)]);
    else {
      days.push([firstOf(toDay), toDay]);
      endMonth = monthOf(dayBefore(firstOf(toDay)));
    }
  }
  return { months: startMonth <= endMonth ? [startMonth, endMonth] : null, days, minus };
}
