// Dashboard figures, each one SQL aggregate over `reports` limited by the account's scope and a date range.
// Days are Pakistan days (UTC+5, no daylight saving), so "today" means the same to every CPU.
import { and, asc, count, desc, eq, gte, isNotNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { districts, referrals, reports } from '../../db/schema.ts';
import { REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import {
  byCategoryFromRollups,
  byDistrictFromRollups,
  mediansFromRollups,
  perDayFromRollups,
  screeningFromRollups,
  slaFromRollups,
} from './rollups.ts';
import { timeToScreening } from './screening.ts';
import {
  byDistrictOf,
  type DateRange,
  daysOf,
  PKT_OFFSET_MS,
  type Priority,
  perDayOf,
  pktDay,
  type QueueScope,
  rangeOfDays,
  slaOf,
} from './shapes.ts';
import { waitHistograms } from './waits.ts';

export { byDistrictOf, type DateRange, daysOf, PKT_OFFSET_MS, type Priority, perDayOf, pktDay, rangeOfDays, slaOf };

const DAY_MS = 24 * 60 * 60 * 1000;

const inRange = (scope: SQL, range: DateRange) => and(scope, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))!;
const pktDayOf = sql<string>`date(${reports.createdAt} / 1000, 'unixepoch', '+5 hours')`;

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

export const AGE_BUCKETS = ['under1d', 'd1to3', 'd3to7', 'd7to30', 'over30d'] as const;

/** Reports open now, by how long ago they came in (a snapshot: not limited by the date range). */
export async function openByAge(db: Db, scope: SQL, now = Date.now()) {
  const age = sql`${now} - ${reports.createdAt}`;
  const bucket = sql<
    (typeof AGE_BUCKETS)[number]
  >`case when ${age} < ${DAY_MS} then 'under1d' when ${age} < ${3 * DAY_MS} then 'd1to3' when ${age} < ${7 * DAY_MS} then 'd3to7' when ${age} < ${30 * DAY_MS} then 'd7to30' else 'over30d' end`;
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
  const byService = new Map<string, { service: string; total: number } & Record<(typeof REFERRAL_STATUSES)[number], number>>();
  for (const r of rows) {
    const s = byService.get(r.service) ?? { service: r.service, total: 0, requested: 0, accepted: 0, completed: 0, declined: 0 };
    s[r.status] += r.count;
    s.total += r.count;
    byService.set(r.service, s);
  }
  return [...byService.values()].sort((a, b) => b.total - a.total || a.service.localeCompare(b.service));
}

/**
 * `screeningDeadlineMs`: the configured screening deadline (SCREENING_DEADLINE_MINUTES), one hour by default.
 * `rollups`: the same scope on a queue column; given, the per-day, category, district, SLA, median and screening figures
 * are read from the daily roll-ups and wait histograms (rollups.ts, waits.ts) instead of scanning the range's reports.
 * Same answers, exactly (rollups.test.ts).
 */
export async function dashboard(
  db: Db,
  scope: SQL,
  range: DateRange,
  now = Date.now(),
  screeningDeadlineMs?: number,
  rollups?: QueueScope,
) {
  // The medians and time to screening share one read of the wait histograms.
  const waits = rollups ? waitHistograms(db, rollups, range) : undefined;
  waits?.catch(() => undefined);
  const [perDay, byCategory, byDistrict, openAge, sla, medians, referralRows, screening] = await Promise.all([
    rollups ? perDayFromRollups(db, rollups, range) : reportsPerDay(db, scope, range),
    rollups ? byCategoryFromRollups(db, rollups, range) : reportsByCategory(db, scope, range),
    rollups ? byDistrictFromRollups(db, rollups, range) : reportsByDistrict(db, scope, range),
    openByAge(db, scope, now),
    rollups ? slaFromRollups(db, rollups, scope, range, now) : slaPerformance(db, scope, range, now),
    rollups ? mediansFromRollups(db, rollups, scope, range, waits) : medianTimes(db, scope, range),
    referralsByService(db, scope, range),
    rollups
      ? screeningFromRollups(db, rollups, scope, range, screeningDeadlineMs, waits)
      : timeToScreening(db, scope, range, screeningDeadlineMs),
  ]);
  const total = byCategory.reduce((sum, c) => sum + c.count, 0);
  return {
    range: { from: range.fromDay, to: range.toDay },
    total,
    perDay,
    byCategory,
    byDistrict,
    openByAge: openAge,
    sla,
    medians,
    referrals: referralRows,
    screening,
  };
}
