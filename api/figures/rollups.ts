// Dashboard figures read from the roll-ups (db/schema-rollups.ts: report_daily, the daily and monthly category and
// district tables), which SQLite triggers keep exact as reports are written (migrations 0010, 0016). A province's
// year is then thousands of roll-up rows instead of hundreds of thousands of reports. Each function answers
// exactly what its scan twin in aggregates.ts answers (rollups.test.ts compares them on random data).
// SLA "pending" depends on "now" at finer than a day and still reads reports, through an index holding only the few
// rows it needs; medians and time to screening come from the wait histograms (waits.ts), open by age and referrals
// from their own roll-ups (snapshots.ts).
import { and, between, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import {
  districts,
  type referralDaily,
  type referralMonthly,
  reportDaily,
  reportDailyCategory,
  reportDailyDistrict,
  reportMonthlyCategory,
  reportMonthlyDistrict,
  reports,
} from '../../db/schema.ts';
import type { Lang } from '../../domain/languages.ts';
import { SCREENING_DEADLINE_MS } from './screening.ts';
import { byDistrictOf, type DateRange, type Priority, perDayOf, type QueueScope, slaOf } from './shapes.ts';
import { splitRange } from './split-range.ts';
import { type Histogram, mediansFromWaits, screeningWaits } from './waits.ts';

export type { QueueScope };

const days = (day: AnySQLiteColumn, range: DateRange) => and(gte(day, range.fromDay), lte(day, range.toDay));
const total = (n: AnySQLiteColumn) => sql<number>`sum(${n})`.mapWith(Number);

export interface DailyRow {
  day: string;
  priority: Priority;
  n: number;
  met: number;
}

/**
 * The scope's report_daily over the range, per day and priority: per day, SLA totals and time to screening's totals all
 * add up these rows, so the dashboard reads them once (a province's year is ~30,000 roll-up rows).
 */
export async function dailyRows(db: Db, on: QueueScope, range: DateRange): Promise<DailyRow[]> {
  // Awaited here: drizzle's query is a lazy thenable that would run again for every caller that awaits it.
  return await db
    .select({ day: reportDaily.day, priority: reportDaily.priority, n: total(reportDaily.n), met: total(reportDaily.met) })
    .from(reportDaily)
    .where(and(on(reportDaily.queueId), days(reportDaily.day, range)))
    .groupBy(reportDaily.day, reportDaily.priority);
}

/** Per priority, the sums of n and met over the days. */
function perPriority(rows: DailyRow[]) {
  const out = new Map<Priority, { n: number; met: number }>();
  for (const r of rows) {
    const p = out.get(r.priority) ?? { n: 0, met: 0 };
    p.n += r.n;
    p.met += r.met;
    out.set(r.priority, p);
  }
  return out;
}

export async function perDayFromRollups(db: Db, on: QueueScope, range: DateRange, daily?: Promise<DailyRow[]>) {
  return perDayOf(range, await (daily ?? dailyRows(db, on, range)));
}

/**
 * A range of days read from a daily roll-up and its monthly twin: whole months from the monthly table, the days at the
 * two ends from the daily one (split-range.ts: or a partial month whole, less its days outside the range), as one union of (key columns…, n) rows.
 */
export function monthsAndDays(on: QueueScope, range: DateRange, columns: string, monthly: MonthlyTable, daily: DailyTable): SQL {
  const split = splitRange(range.fromDay, range.toDay);
  const parts: SQL[] = [];
  if (split.months) {
    parts.push(
      sql`select ${sql.raw(columns)}, n from ${monthly} where ${and(on(monthly.queueId), between(monthly.month, ...split.months))}`,
    );
  }
  // One part per run of days (an OR of two day ranges made SQLite scan every day of every queue, waits.ts); days of a
  // month read whole that are outside the range count negative.
  for (const [runs, sign] of [
    [split.days, sql``],
    [split.minus, sql`-`],
  ] as const) {
    for (const [a, b] of runs) {
      parts.push(sql`select ${sql.raw(columns)}, ${sign}n as n from ${daily} where ${and(on(daily.queueId), between(daily.day, a, b))}`);
    }
  }
  return sql.join(parts, sql` union all `);
}
type MonthlyTable = typeof reportMonthlyCategory | typeof reportMonthlyDistrict | typeof referralMonthly;
type DailyTable = typeof reportDailyCategory | typeof reportDailyDistrict | typeof referralDaily;

export async function byCategoryFromRollups(db: Db, on: QueueScope, range: DateRange) {
  const rows = await db.all<{ category: string; count: number }>(sql`select category, sum(n) as count
    from (${monthsAndDays(on, range, 'category', reportMonthlyCategory, reportDailyCategory)})
    group by category having count > 0 order by count desc, category asc`);
  return rows.map((r) => ({ category: r.category, count: Number(r.count) }));
}

export async function byDistrictFromRollups(db: Db, on: QueueScope, range: DateRange) {
  const rows = await db.all<{ province: string; district: string; names: string | null; count: number }>(sql`select
      u.province_id as province, u.district_id as district, ${districts.names} as names, sum(u.n) as count
    from (${monthsAndDays(on, range, 'province_id, district_id', reportMonthlyDistrict, reportDailyDistrict)}) u
    left join ${districts} on ${districts.provinceId} = u.province_id and ${districts.id} = u.district_id
    group by u.province_id, u.district_id having count > 0 order by count desc, u.district_id asc, u.province_id asc`);
  return byDistrictOf(
    rows.map((r) => ({ ...r, count: Number(r.count), names: r.names === null ? null : (JSON.parse(r.names) as Record<Lang, string>) })),
  );
}

/**
 * Totals and "met" from the roll-up; "pending" (no first action and not yet due at `now`) from the partial index
 * reports_unacted_due_idx, which walks only reports without a first action that are still due from now on.
 */
export async function slaFromRollups(db: Db, on: QueueScope, scope: SQL, range: DateRange, now = Date.now(), daily?: Promise<DailyRow[]>) {
  const [sums, pending] = await Promise.all([
    (daily ?? dailyRows(db, on, range)).then(perPriority),
    db.all<{
      priority: Priority;
      n: number;
    }>(sql`select ${reports.priority} as priority, count(*) as n from ${reports} indexed by reports_unacted_due_idx
      where ${reports.firstActionAt} is null and ${reports.dueAt} >= ${now} and ${reports.createdAt} >= ${range.from} and ${reports.createdAt} < ${range.to} and ${scope}
      group by ${reports.priority}`),
  ]);
  const pendingOf = new Map(pending.map((p) => [p.priority, Number(p.n)]));
  return slaOf([...sums].map(([priority, s]) => ({ priority, total: s.n, met: s.met, pending: pendingOf.get(priority) ?? 0 })));
}

/** Exact medians from the wait histograms and one bucket's reports (api/figures/waits.ts). */
export async function mediansFromRollups(db: Db, on: QueueScope, scope: SQL, range: DateRange, histograms?: Promise<Histogram>) {
  return mediansFromWaits(db, on, scope, range, histograms);
}

/** Time to screening as screening.ts counts it: reports in per priority from report_daily, the waits from their histograms. */
export async function screeningFromRollups(
  db: Db,
  on: QueueScope,
  scope: SQL,
  range: DateRange,
  deadlineMs = SCREENING_DEADLINE_MS,
  histograms?: Promise<Histogram>,
  daily?: Promise<DailyRow[]>,
) {
  const [totals, waits] = await Promise.all([
    (daily ?? dailyRows(db, on, range)).then(perPriority),
    screeningWaits(db, on, scope, range, deadlineMs, histograms),
  ]);
  const totalOf = new Map([...totals].map(([priority, t]) => [priority, t.n]));
  return {
    deadlineMs,
    byPriority: waits.map((w) => ({
      priority: w.priority,
      total: totalOf.get(w.priority) ?? 0,
      screened: w.screened,
      withinDeadline: w.withinDeadline,
      medianMs: w.medianMs,
      p90Ms: w.p90Ms,
    })),
  };
}
