// What the dashboard's figures are made of, whether scanned from reports (aggregates.ts) or read from roll-ups
// (rollups.ts, waits.ts): Pakistan days and date ranges, and the shapes every figure is returned in.
import type { SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { DAY_MS, pktDay, pktDayStart } from '../../domain/pakistan-time.ts';
import { PRIORITIES, type REFERRAL_STATUSES } from '../../domain/vocabulary.ts';

export { DAY_MS, pktDay };

/** [from, to) in ms, built from inclusive Pakistan calendar days. */
export interface DateRange {
  from: number;
  to: number;
  fromDay: string;
  toDay: string;
}

export function rangeOfDays(fromDay: string, toDay: string): DateRange {
  return {
    from: pktDayStart(fromDay),
    to: pktDayStart(toDay) + DAY_MS,
    fromDay,
    toDay,
  };
}

export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let t = range.from; t < range.to; t += DAY_MS) days.push(pktDay(t));
  return days;
}

export type Priority = (typeof PRIORITIES)[number];
/** The account's scope as a condition on a given queue column (api/kernel/scope.ts: scopeOnQueue). */
export type QueueScope = (queueId: AnySQLiteColumn) => SQL;

/** Every day of the range, with the counts found per day and priority (days without reports are zeros). */
export function perDayOf(range: DateRange, rows: { day: string; priority: Priority; n: number }[]) {
  const byDay = new Map(
    daysOf(range).map((day) => [day, { day, P1: 0, P2: 0, P3: 0, P4: 0 } as { day: string } & Record<Priority, number>]),
  );
  for (const r of rows) {
    const d = byDay.get(r.day);
    if (d) d[r.priority] = r.n;
  }
  return [...byDay.values()];
}

export function byDistrictOf<N>(rows: { province: string; district: string; names: N; count: number }[]) {
  return rows.map((r) => ({ province: r.province, district: r.district, name: r.names, count: r.count }));
}

/** met = acted by the due time; pending = not acted, not yet due; the rest of `total` is missed. */
export function slaOf(rows: { priority: Priority; total: number; met: number; pending: number }[]) {
  const found = new Map(rows.map((r) => [r.priority, r]));
  return PRIORITIES.map((priority) => {
    const r = found.get(priority);
    const total = r?.total ?? 0;
    const met = Number(r?.met ?? 0);
    const pending = Number(r?.pending ?? 0);
    const missed = total - met - pending;
    return { priority, total, met, missed, pending, share: met + missed > 0 ? met / (met + missed) : null };
  });
}

/** The open-by-age snapshot's buckets, by age relative to `now` (not calendar days): < 1 d, 1–3 d, 3–7 d, 7–30 d, older. */
export const AGE_BUCKETS = ['under1d', 'd1to3', 'd3to7', 'd7to30', 'over30d'] as const;
/** The ages at which one bucket ends and the next begins, in days (a report exactly this old is in the older bucket). */
export const AGE_EDGES_DAYS = [1, 3, 7, 30] as const;

type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** Referral counts per service and status, as one row per service with its total, largest first. */
export function referralsOf(rows: { service: string; status: ReferralStatus; count: number }[]) {
  const byService = new Map<string, { service: string; total: number } & Record<ReferralStatus, number>>();
  for (const r of rows) {
    const s = byService.get(r.service) ?? { service: r.service, total: 0, requested: 0, accepted: 0, completed: 0, declined: 0 };
    s[r.status] += Number(r.count);
    s.total += Number(r.count);
    byService.set(r.service, s);
  }
  return [...byService.values()].sort((a, b) => b.total - a.total || a.service.localeCompare(b.service));
}
