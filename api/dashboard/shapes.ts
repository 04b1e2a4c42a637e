// What the dashboard's figures are made of, whether scanned from reports (aggregates.ts) or read from roll-ups
// (rollups.ts, waits.ts): Pakistan days and date ranges, and the shapes every figure is returned in.
import type { SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { PRIORITIES } from '../../domain/vocabulary.ts';

export const PKT_OFFSET_MS = 5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** [from, to) in ms, built from inclusive Pakistan calendar days. */
export interface DateRange {
  from: number;
  to: number;
  fromDay: string;
  toDay: string;
}

export function rangeOfDays(fromDay: string, toDay: string): DateRange {
  return {
    from: Date.parse(`${fromDay}T00:00:00Z`) - PKT_OFFSET_MS,
    to: Date.parse(`${toDay}T00:00:00Z`) - PKT_OFFSET_MS + DAY_MS,
    fromDay,
    toDay,
  };
}

/** The Pakistan calendar day of an instant, YYYY-MM-DD. */
export function pktDay(ms: number): string {
  return new Date(ms + PKT_OFFSET_MS).toISOString().slice(0, 10);
}

export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let t = range.from; t < range.to; t += DAY_MS) days.push(pktDay(t));
  return days;
}

export type Priority = (typeof PRIORITIES)[number];
/** The account's scope as a condition on a given queue column (api/auth/scope.ts: scopeOnQueue). */
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
