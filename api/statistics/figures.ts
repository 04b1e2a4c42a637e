// The public statistics: national aggregates from the database, protected by ./suppression.ts.
//
// Every count is protected month by month (a calendar month in Pakistan time), and a figure for a longer period is
// only ever the sum of published monthly figures (null when one of them is null). A month's figures are the same
// in every period that contains it, so comparing two periods (Jan–Mar against Jan–Feb) cannot isolate a hidden
// month. Only complete months are shown: a month still filling up would let yesterday's and today's figures be
// subtracted to count one day's reports in a province. Shares and medians are published without their bases (a
// base is a count that would change from period to period), and only when computed from at least 5 reports.
// No district appears anywhere: province is the finest place.
import { and, asc, count, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { provinces, referrals, reports } from '../../db/schema.ts';
import { PRIORITIES, SERVICES, type Priority, type Service } from '../../domain/vocabulary.ts';
import { medianSince, pktDay, rangeOfDays, REFERRAL_STATUSES, slaPerformance, type DateRange } from '../dashboard/aggregates.ts';
import { MIN_COUNT, protectLine, protectMedian, protectShare, protectTable, sumPublished, type Published } from './suppression.ts';

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

function lastDayOf(month: string): string {
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
  const toMonth = toDay ? (toDay.slice(0, 7) < last ? toDay.slice(0, 7) : last) : last;
  let fromMonth = fromDay ? fromDay.slice(0, 7) : toMonth;
  if (!fromDay) for (let i = 1; i < 12; i++) fromMonth = previousMonth(fromMonth);
  if (fromMonth > toMonth) return { months: [], range: null };
  return { months: monthsBetween(fromMonth, toMonth), range: rangeOfDays(`${fromMonth}-01`, lastDayOf(toMonth)) };
}

const everything: SQL = sql`1 = 1`;
const monthOf = (column: typeof reports.createdAt | typeof referrals.createdAt) => sql<string>`strftime('%Y-%m', ${column} / 1000, 'unixepoch', '+5 hours')`;

export interface PublicStatistics {
  range: { from: string; to: string } | null;
  /** The Pakistan day these figures were computed on: they are recomputed once a day. */
  asOf: string;
  minimumCount: number;
  provinces: { id: string; name: Record<string, string> }[];
  reportsPerMonth: { month: string; total: Published; byProvince: Record<string, Published> }[];
  reportsByProvince: { province: string; count: Published }[];
  total: Published;
  actedWithinDeadline: { priority: Priority; share: Published }[];
  medianMinutesToFirstAction: { priority: Priority | 'all'; minutes: Published }[];
  referrals: ({ service: Service; total: Published } & Record<ReferralStatus, Published>)[];
  referralTotals: { total: Published } & Record<ReferralStatus, Published>;
}

export async function publicStatistics(db: Db, period: Period, now = Date.now()): Promise<PublicStatistics> {
  const provs = await db.select().from(provinces).orderBy(asc(provinces.sort), asc(provinces.id));
  const base = {
    asOf: pktDay(now),
    minimumCount: MIN_COUNT,
    provinces: provs.map((p) => ({ id: p.id, name: { en: p.nameEn.trim(), ur: p.nameUr.trim() } })),
  };
  const { months, range } = period;
  if (!range) {
    const nothing = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, null])) as Record<ReferralStatus, Published>;
    return {
      ...base,
      range: null,
      reportsPerMonth: [],
      reportsByProvince: provs.map((p) => ({ province: p.id, count: null })),
      total: null,
      actedWithinDeadline: PRIORITIES.map((priority) => ({ priority, share: null })),
      medianMinutesToFirstAction: (['all', ...PRIORITIES] as const).map((priority) => ({ priority, minutes: null })),
      referrals: SERVICES.map((service) => ({ service, total: null, ...nothing })),
      referralTotals: { total: null, ...nothing },
    };
  }

  const inRange = (column: typeof reports.createdAt | typeof referrals.createdAt) => and(gte(column, range.from), lt(column, range.to));
  const [perMonth, referralRows, sla, medians] = await Promise.all([
    db
      .select({ month: monthOf(reports.createdAt), province: reports.provinceId, n: count() })
      .from(reports)
      .where(inRange(reports.createdAt))
      .groupBy(monthOf(reports.createdAt), reports.provinceId),
    db
      .select({ month: monthOf(referrals.createdAt), service: referrals.service, status: referrals.status, n: count() })
      .from(referrals)
      .where(inRange(referrals.createdAt))
      .groupBy(monthOf(referrals.createdAt), referrals.service, referrals.status),
    slaPerformance(db, everything, range, now),
    Promise.all([everything, ...PRIORITIES.map((p) => eq(reports.priority, p))].map((scope) => medianSince(db, scope, range, reports.firstActionAt))),
  ]);

  // Reports per month and province: each month a line with its total.
  const raw = new Map(perMonth.map((r) => [`${r.month}|${r.province}`, r.n]));
  const reportsPerMonth = months.map((month) => {
    const line = protectLine(provs.map((p) => raw.get(`${month}|${p.id}`) ?? 0));
    return { month, total: line.total, byProvince: Object.fromEntries(provs.map((p, i) => [p.id, line.cells[i]!])) };
  });

  // Referrals per month: a service × outcome table with its margins; the period's table sums the months'.
  const refRaw = new Map(referralRows.map((r) => [`${r.month}|${r.service}|${r.status}`, r.n]));
  const monthly = months.map((month) => protectTable(SERVICES.map((s) => REFERRAL_STATUSES.map((st) => refRaw.get(`${month}|${s}|${st}`) ?? 0))));
  const referralsOut = SERVICES.map((service, i) => ({
    service,
    total: sumPublished(monthly.map((t) => t.rowTotals[i]!)),
    ...(Object.fromEntries(REFERRAL_STATUSES.map((st, j) => [st, sumPublished(monthly.map((t) => t.cells[i]![j]!))])) as Record<ReferralStatus, Published>),
  }));
  const referralTotals = {
    total: sumPublished(monthly.map((t) => t.total)),
    ...(Object.fromEntries(REFERRAL_STATUSES.map((st, j) => [st, sumPublished(monthly.map((t) => t.colTotals[j]!))])) as Record<ReferralStatus, Published>),
  };

  const minutes = (m: { n: number; medianMs: number | null }) => {
    const v = protectMedian(m.medianMs, m.n);
    return v === null ? null : Math.round(v / 60_000);
  };
  return {
    ...base,
    range: { from: range.fromDay, to: range.toDay },
    reportsPerMonth,
    reportsByProvince: provs.map((p) => ({ province: p.id, count: sumPublished(reportsPerMonth.map((m) => m.byProvince[p.id]!)) })),
    total: sumPublished(reportsPerMonth.map((m) => m.total)),
    // Decided reports only: acted on (in time or late) or already past their deadline; those still within time wait.
    actedWithinDeadline: sla.map((s) => ({ priority: s.priority, share: protectShare(s.met, s.met + s.missed) })),
    medianMinutesToFirstAction: (['all', ...PRIORITIES] as const).map((priority, i) => ({ priority, minutes: minutes(medians[i]!) })),
    referrals: referralsOut,
    referralTotals,
  };
}
