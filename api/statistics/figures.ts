// The public statistics: national aggregates put together from month counts (./queries.ts), protected by ./suppression.ts.
//
// Every count is protected month by month (a calendar month in Pakistan time), and a figure for a longer period is
// only ever the sum of published monthly figures (null when one of them is null). A month's figures are the same
// in every period that contains it, so comparing two periods (Jan–Mar against Jan–Feb) cannot isolate a hidden
// month. Only complete months are shown: a month still filling up would let yesterday's and today's figures be
// subtracted to count one day's reports in a province. Shares and medians are published without their bases (a
// base is a count that would change from period to period), and only when computed from at least 5 reports.
// No district appears anywhere: province is the finest place.
import { CHANNELS, type Channel, PRIORITIES, type Priority, SERVICES, type Service } from '../../domain/vocabulary.ts';
import { type DateRange, pktDay, REFERRAL_STATUSES, rangeOfDays } from '../figures/aggregates.ts';
import { MIN_COUNT, type Published, protectLine, protectMedian, protectShare, protectTable, sumPublished } from './suppression.ts';

export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const MAX_MONTHS = 36;

/** YYYY-MM of the month before `month`. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  for (let m = fromMonth; m <= toMonth; m = nextMonth(m)) out.push(m);
  return out;
}

/** The last calendar month (Pakistan time) that has ended. */
export function lastCompleteMonth(now: number): string {
  return previousMonth(pktDay(now).slice(0, 7));
}

export function lastDayOf(month: string): string {
  return new Date(Date.parse(`${nextMonth(month)}-01T00:00:00Z`) - 24 * 3600_000).toISOString().slice(0, 10);
}

export interface Period {
  /** Complete months covered, oldest first; empty when the days asked for hold no complete month yet. */
  months: string[];
  range: DateRange | null;
}

/**
 * The whole months that contain the days asked for, without the month in progress (nor any later one).
 * By default the last 12 complete months.
 */
export function periodOf(fromDay: string | undefined, toDay: string | undefined, now: number): Period {
  const last = lastCompleteMonth(now);
  // Months as 'YYYY-MM' strings: the earlier of the two by text order (Math.min would turn them into NaN).
  // biome-ignore lint/complexity/useMathMinMax: strings, see above
  const toMonth = toDay ? (toDay.slice(0, 7) < last ? toDay.slice(0, 7) : last) : last;
  let fromMonth = fromDay ? fromDay.slice(0, 7) : toMonth;
  if (!fromDay) for (let i = 1; i < 12; i++) fromMonth = previousMonth(fromMonth);
  if (fromMonth > toMonth) return { months: [], range: null };
  return { months: monthsBetween(fromMonth, toMonth), range: rangeOfDays(`${fromMonth}-01`, lastDayOf(toMonth)) };
}

export interface PublicStatistics {
  range: { from: string; to: string } | null;
  /** The Pakistan day these figures were computed on: they are recomputed once a day. */
  asOf: string;
  minimumCount: number;
  provinces: { id: string; name: Record<string, string> }[];
  reportsPerMonth: { month: string; total: Published; byProvince: Record<string, Published> }[];
  reportsByProvince: { province: string; count: Published }[];
  /** How reports came in (the web form, a helpline call, a walk-in, a referring agency), protected like provinces. */
  reportsByChannel: { channel: Channel; count: Published }[];
  total: Published;
  actedWithinDeadline: { priority: Priority; share: Published }[];
  medianMinutesToFirstAction: { priority: Priority | 'all'; minutes: Published }[];
  referrals: ({ service: Service; total: Published } & Record<ReferralStatus, Published>)[];
  referralTotals: { total: Published } & Record<ReferralStatus, Published>;
}

/**
 * One month's raw counts, computed from the database and kept only on the server (never published as such):
 * the published figures of any period are put together from these. Working month by month keeps each database
 * call short (the event loop serves report intake in between) and bounds the work per day by the number of
 * months, whatever periods readers ask for.
 */
export interface MonthCounts {
  month: string;
  byProvince: Record<string, number>;
  byChannel: Record<string, number>;
  /** `${service}|${status}` → referrals made in the month. */
  referrals: Record<string, number>;
  /** Per priority: reports acted on within the deadline, and reports decided (acted on, or past the deadline unacted). */
  sla: Record<Priority, { met: number; decided: number }>;
  /** Per priority: [minutes from report to first action, how many reports] */
  delays: Record<Priority, [number, number][]>;
}

/** The median of a histogram of [value, count] pairs (the mean of the two middle values when the count is even). */
export function histogramMedian(pairs: readonly [number, number][]): { n: number; median: number | null } {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return { n, median: null };
  const at = (k: number) => {
    let seen = 0;
    for (const [v, c] of sorted) {
      seen += c;
      if (seen > k) return v;
    }
    return sorted.at(-1)![0];
  };
  return { n, median: (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2 };
}

export type Province = { id: string; name: Record<string, string> };

/** The published figures of a period, from its months' raw counts (pure: every protection rule applies here). */
export function assemble(provs: Province[], counts: MonthCounts[], asOf: string): PublicStatistics {
  const nothing = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, null])) as Record<ReferralStatus, Published>;
  if (counts.length === 0) {
    return {
      range: null,
      asOf,
      minimumCount: MIN_COUNT,
      provinces: provs,
      reportsPerMonth: [],
      reportsByProvince: provs.map((p) => ({ province: p.id, count: null })),
      reportsByChannel: CHANNELS.map((channel) => ({ channel, count: null })),
      total: null,
      actedWithinDeadline: PRIORITIES.map((priority) => ({ priority, share: null })),
      medianMinutesToFirstAction: (['all', ...PRIORITIES] as const).map((priority) => ({ priority, minutes: null })),
      referrals: SERVICES.map((service) => ({ service, total: null, ...nothing })),
      referralTotals: { total: null, ...nothing },
    };
  }
  // Reports per month and province: each month a line with its total.
  const reportsPerMonth = counts.map((c) => {
    const line = protectLine(provs.map((p) => c.byProvince[p.id] ?? 0));
    return { month: c.month, total: line.total, byProvince: Object.fromEntries(provs.map((p, i) => [p.id, line.cells[i]!])) };
  });
  // Reports per month and channel: a second line with the same total, protected on its own.
  const channelLines = counts.map((c) => protectLine(CHANNELS.map((ch) => c.byChannel[ch] ?? 0)));
  // Referrals per month: a service × outcome table with its margins; the period's table sums the months'.
  const monthly = counts.map((c) => protectTable(SERVICES.map((s) => REFERRAL_STATUSES.map((st) => c.referrals[`${s}|${st}`] ?? 0))));
  const sumOf = (pick: (t: (typeof monthly)[number]) => Published) => sumPublished(monthly.map(pick));
  const byStatus = (pick: (t: (typeof monthly)[number], j: number) => Published) =>
    Object.fromEntries(REFERRAL_STATUSES.map((st, j) => [st, sumOf((t) => pick(t, j))])) as Record<ReferralStatus, Published>;
  // Shares and medians over the whole period, from counts that are never published themselves.
  const share = (p: Priority) => {
    const met = counts.reduce((s, c) => s + c.sla[p].met, 0);
    return protectShare(
      met,
      counts.reduce((s, c) => s + c.sla[p].decided, 0),
    );
  };
  const median = (priorities: readonly Priority[]) => {
    const { n, median: m } = histogramMedian(counts.flatMap((c) => priorities.flatMap((p) => c.delays[p])));
    const v = protectMedian(m, n);
    return v === null ? null : Math.round(v);
  };
  const months = counts.map((c) => c.month);
  return {
    range: { from: `${months[0]}-01`, to: lastDayOf(months.at(-1)!) },
    asOf,
    minimumCount: MIN_COUNT,
    provinces: provs,
    reportsPerMonth,
    reportsByProvince: provs.map((p) => ({ province: p.id, count: sumPublished(reportsPerMonth.map((m) => m.byProvince[p.id]!)) })),
    reportsByChannel: CHANNELS.map((channel, i) => ({ channel, count: sumPublished(channelLines.map((l) => l.cells[i]!)) })),
    total: sumPublished(reportsPerMonth.map((m) => m.total)),
    // Decided reports only: acted on (in time or late) or already past their deadline; those still within time wait.
    actedWithinDeadline: PRIORITIES.map((priority) => ({ priority, share: share(priority) })),
    medianMinutesToFirstAction: [
      { priority: 'all' as const, minutes: median(PRIORITIES) },
      ...PRIORITIES.map((p) => ({ priority: p, minutes: median([p]) })),
    ],
    referrals: SERVICES.map((service, i) => ({ service, total: sumOf((t) => t.rowTotals[i]!), ...byStatus((t, j) => t.cells[i]![j]!) })),
    referralTotals: { total: sumOf((t) => t.total), ...byStatus((t, j) => t.colTotals[j]!) },
  };
}
