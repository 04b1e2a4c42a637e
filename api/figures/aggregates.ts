// Dashboard figures, each one SQL aggregate over `reports` limited by the account's scope and a date range.
// Days are Pakistan days (UTC+5, no daylight saving), so "today" means the same to every CPU.
import { and, asc, count, desc, eq, gte, isNotNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { districts, referrals, reports } from '../../db/schema.ts';
import { pktDaySql } from '../../domain/pakistan-time.ts';
import { REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import {
  byCategoryFromRollups,
  byDistrictFromRollups,
  dailyRows,
  mediansFromRollups,
  perDayFromRollups,
  screeningFromRollups,
  slaFromRollups,
} from './rollups.ts';
import { screeningByOutcome } from './screening-outcomes.ts';
import {
  AGE_BUCKETS,
  AGE_EDGES_DAYS,
  byDistrictOf,
  DAY_MS,
  type DateRange,
  daysOf,
  type Priority,
  perDayOf,
  pktDay,
  type QueueScope,
  rangeOfDays,
  referralsOf,
  slaOf,
} from './shapes.ts';
import { openByAgeFromRollups, referralsFromRollups } from './snapshots.ts';
import { waitHistograms } from './waits.ts';

export { byDistrictOf, type DateRange, daysOf, type Priority, perDayOf, pktDay, rangeOfDays, slaOf };

const inRange = (scope: SQL, range: DateRange) => and(scope, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))!;
const pktDayOf = sql<string>`${sql.raw(pktDaySql('"reports"."created_at"'))}`;

export async function reportsPerDay(db: Db, scope: SQL, range: DateRange) {
  const rows = await db
    .select({ day: pktDayOf, priority: reports.priority, n: count() })
    .from(reports)
    .where(inRange(scope, range))
    .groupBy(pktDayOf, reports.priority);
  return perDayOf(range, rows);
}

export async function reportsByCategory(db: Db, scope: SQL, range: DateRange) {
  return db
    .select({ category: reports.category, count: count() })
    .from(reports)
    .where(inRange(scope, range))
    .groupBy(reports.category)
    .orderBy(desc(count()), asc(reports.category));
}

export async function reportsByDistrict(db: Db, scope: SQL, range: DateRange) {
  const rows = await db
    .select({ province: reports.provinceId, district: reports.districtId, names: districts.names, count: count() })
    .from(reports)
    .leftJoin(districts, and(eq(districts.provinceId, reports.provinceId), eq(districts.id, reports.districtId)))
    .where(inRange(scope, range))
    .groupBy(reports.provinceId, reports.districtId)
    .orderBy(desc(count()), asc(reports.districtId), asc(reports.provinceId));
  return byDistrictOf(rows);
}

export { AGE_BUCKETS };

/** Reports open now, by how long ago they came in (a snapshot: not limited by the date range). */
export async function openByAge(db: Db, scope: SQL, now = Date.now()) {
  const age = sql`${now} - ${reports.createdAt}`;
  const [e1, e3, e7, e30] = AGE_EDGES_DAYS.map((d) => d * DAY_MS);
  const bucket = sql<
    (typeof AGE_BUCKETS)[number]
  >`case when ${age} < ${e1} then 'under1d' when ${age} < ${e3} then 'd1to3' when ${age} < ${e7} then 'd3to7' when ${age} < ${e30} then 'd7to30' else 'over30d' end`;
  const rows = await db
    .select({ bucket, count: count() })
    .from(reports)
    .where(and(scope, ne(reports.status, 'closed')))
    .groupBy(bucket);
  const found = new Map(rows.map((r) => [r.bucket, r.count]));
  return AGE_BUCKETS.map((b) => ({ bucket: b, count: found.get(b) ?? 0 }));
}

/**
 * SLA per priority over reports that came in during the range: met = first staff action by the due time;
 * missed = acted late, or not yet and already past due; pending = not yet, still within time.
 * share = met / (met + missed), null when nothing was decided yet.
 */
export async function slaPerformance(db: Db, scope: SQL, range: DateRange, now = Date.now()) {
  const rows = await db
    .select({
      priority: reports.priority,
      total: count(),
      met: sql<number>`coalesce(sum(case when ${reports.firstActionAt} is not null and ${reports.firstActionAt} <= ${reports.dueAt} then 1 else 0 end), 0)`,
      pending: sql<number>`coalesce(sum(case when ${reports.firstActionAt} is null and ${reports.dueAt} >= ${now} then 1 else 0 end), 0)`,
    })
    .from(reports)
    .where(inRange(scope, range))
    .groupBy(reports.priority);
  return slaOf(rows);
}

/**
 * Median of `end - created_at` in SQL: count the rows, then sort and skip to the middle with OFFSET and average
 * the one or two rows there. Two plain statements: a CTE referenced several times was re-run by SQLite each time.
 */
export async function medianSince(
  db: Db,
  scope: SQL,
  range: DateRange,
  end: typeof reports.firstActionAt | typeof reports.closedAt,
  known?: number,
) {
  const where = and(inRange(scope, range), isNotNull(end))!;
  const n = known ?? (await db.select({ n: count() }).from(reports).where(where).get())?.n ?? 0;
  if (n === 0) return { n: 0, medianMs: null };
  const middle = await db.get<{ median: number }>(
    sql`select avg(v) as median from (select ${end} - ${reports.createdAt} as v from ${reports} where ${where} order by v limit ${2 - (n % 2)} offset ${Math.floor((n - 1) / 2)})`,
  );
  return { n, medianMs: Math.round(Number(middle!.median)) };
}

export async function medianTimes(db: Db, scope: SQL, range: DateRange) {
  const [firstAction, closure] = await Promise.all([
    medianSince(db, scope, range, reports.firstActionAt),
    medianSince(db, scope, range, reports.closedAt),
  ]);
  return { firstAction, closure };
}

export { REFERRAL_STATUSES };

/** Referrals made during the range, by service and where they stand now. */
export async function referralsByService(db: Db, scope: SQL, range: DateRange) {
  const rows = await db
    .select({ service: referrals.service, status: referrals.status, count: count() })
    .from(referrals)
    .innerJoin(reports, eq(referrals.reportId, reports.id))
    .where(and(scope, gte(referrals.createdAt, range.from), lt(referrals.createdAt, range.to)))
    .groupBy(referrals.service, referrals.status);
  return referralsOf(rows);
}

/**
 * Every figure of the dashboard, read from the roll-ups and wait histograms (rollups.ts, waits.ts, snapshots.ts),
 * `rollups` being the account's scope on a queue column; the scans above answer the same, exactly (rollups.test.ts).
 * `screeningDeadlineMs`: the configured screening deadline (SCREENING_DEADLINE_MINUTES), one hour by default.
 */
export async function dashboard(
  db: Db,
  scope: SQL,
  range: DateRange,
  now: number,
  screeningDeadlineMs: number | undefined,
  rollups: QueueScope,
) {
  // The medians and time to screening share one read of the wait histograms; per day, SLA and time to screening's
  // totals one read of report_daily.
  const waits = waitHistograms(db, rollups, range);
  waits.catch(() => undefined);
  const daily = dailyRows(db, rollups, range);
  daily.catch(() => undefined);
  const [perDay, byCategory, byDistrict, openAge, sla, medians, referralRows, screening, byOutcome] = await Promise.all([
    perDayFromRollups(db, rollups, range, daily),
    byCategoryFromRollups(db, rollups, range),
    byDistrictFromRollups(db, rollups, range),
    openByAgeFromRollups(db, rollups, scope, now),
    slaFromRollups(db, rollups, scope, range, now, daily),
    mediansFromRollups(db, rollups, scope, range, waits),
    referralsFromRollups(db, rollups, range),
    screeningFromRollups(db, rollups, scope, range, screeningDeadlineMs, waits, daily),
    screeningByOutcome(db, scope, range),
  ]);
  return {
    range: { from: range.fromDay, to: range.toDay },
    total: byCategory.reduce((sum, c) => sum + c.count, 0),
    perDay,
    byCategory,
    byDistrict,
    openByAge: openAge,
    sla,
    medians,
    referrals: referralRows,
    screening: { ...screening, byOutcome },
  };
}
