// Dashboard figures read from the daily roll-ups (db/schema.ts: report_daily, report_daily_category,
// report_daily_district), which SQLite triggers keep exact as reports are written (migration 0010). A province's
// year is then tens of thousands of roll-up rows instead of hundreds of thousands of reports. Each function answers
// exactly what its scan twin in aggregates.ts answers (rollups.test.ts compares them on random data).
// Figures that depend on "now" at finer than a day (SLA pending, open by age) still read reports, through indexes that
// hold only the few rows they need; medians and time to screening come from the wait histograms (waits.ts).
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import { districts, reportDaily, reportDailyCategory, reportDailyDistrict, reports } from '../../db/schema.ts';
import { SCREENING_DEADLINE_MS } from './screening.ts';
import { byDistrictOf, type DateRange, type Priority, perDayOf, type QueueScope, slaOf } from './shapes.ts';
import { type Histogram, mediansFromWaits, screeningWaits } from './waits.ts';

export type { QueueScope };

const days = (day: AnySQLiteColumn, range: DateRange) => and(gte(day, range.fromDay), lte(day, range.toDay));
const total = (n: AnySQLiteColumn) => sql<number>`sum(${n})`.mapWith(Number);

export async function perDayFromRollups(db: Db, on: QueueScope, range: DateRange) {
  const rows = await db
    .select({ day: reportDaily.day, priority: reportDaily.priority, n: total(reportDaily.n) })
    .from(reportDaily)
    .where(and(on(reportDaily.queueId), days(reportDaily.day, range)))
    .groupBy(reportDaily.day, reportDaily.priority);
  return perDayOf(range, rows);
}

export async function byCategoryFromRollups(db: Db, on: QueueScope, range: DateRange) {
  const count = total(reportDailyCategory.n);
  return db
    .select({ category: reportDailyCategory.category, count })
    .from(reportDailyCategory)
    .where(and(on(reportDailyCategory.queueId), days(reportDailyCategory.day, range)))
    .groupBy(reportDailyCategory.category)
    .having(sql`${count} > 0`)
    .orderBy(desc(count), asc(reportDailyCategory.category));
}

export async function byDistrictFromRollups(db: Db, on: QueueScope, range: DateRange) {
  const d = reportDailyDistrict;
  const count = total(d.n);
  const rows = await db
    .select({ province: d.provinceId, district: d.districtId, names: districts.names, count })
    .from(d)
    .leftJoin(districts, and(eq(districts.provinceId, d.provinceId), eq(districts.id, d.districtId)))
    .where(and(on(d.queueId), days(d.day, range)))
    .groupBy(d.provinceId, d.districtId)
    .having(sql`${count} > 0`)
    .orderBy(desc(count), asc(d.districtId), asc(d.provinceId));
  return byDistrictOf(rows);
}

/**
 * Totals and "met" from the roll-up; "pending" (no first action and not yet due at `now`) from the partial index
 * reports_unacted_due_idx, which walks only reports without a first action that are still due from now on.
 */
export async function slaFromRollups(db: Db, on: QueueScope, scope: SQL, range: DateRange, now = Date.now()) {
  const [sums, pending] = await Promise.all([
    db
      .select({ priority: reportDaily.priority, total: total(reportDaily.n), met: total(reportDaily.met) })
      .from(reportDaily)
      .where(and(on(reportDaily.queueId), days(reportDaily.day, range)))
      .groupBy(reportDaily.priority),
    db.all<{
      priority: Priority;
      n: number;
    }>(sql`select ${reports.priority} as priority, count(*) as n from ${reports} indexed by reports_unacted_due_idx
      where ${reports.firstActionAt} is null and ${reports.dueAt} >= ${now} and ${reports.createdAt} >= ${range.from} and ${reports.createdAt} < ${range.to} and ${scope}
      group by ${reports.priority}`),
  ]);
  const pendingOf = new Map(pending.map((p) => [p.priority, Number(p.n)]));
  return slaOf(sums.map((s) => ({ priority: s.priority, total: s.total, met: s.met, pending: pendingOf.get(s.priority) ?? 0 })));
}

/** Exact medians from the wait histograms and one bucket's reports (api/dashboard/waits.ts). */
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
) {
  const [totals, waits] = await Promise.all([
    db
      .select({ priority: reportDaily.priority, n: total(reportDaily.n) })
      .from(reportDaily)
      .where(and(on(reportDaily.queueId), days(reportDaily.day, range)))
      .groupBy(reportDaily.priority),
    screeningWaits(db, on, scope, range, deadlineMs, histograms),
  ]);
  const totalOf = new Map(totals.map((t) => [t.priority, t.n]));
  return {
    deadlineMs,
    byPriority: waits.map((w) => ({
      priority: w.priority,
      total: totalOf.get(w.priority) ?? 0,
      screened: w.screened,
      withinDeadline: w.withinDeadline,
      medianMs: w.medianMs,
    })),
  };
}
