// Exact medians of waits (first action, closure, screening per priority) without sorting a range's reports: the
// wait histograms (db/schema.ts report_wait_daily / report_wait_monthly) give, per bucket, how many reports of the
// scope and range waited that long; the bucket holding the middle rank is found by adding them up; then only that
// bucket's reports are read, in order of their wait, from a partial expression index (reports_*_wait_idx). A year of
// a province is a dozen months of histograms plus the days at the two ends, and one bucket's reports.
import { and, between, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reports, reportWaitDaily, reportWaitMonthly } from '../../db/schema.ts';
import { bucketBounds } from '../../db/wait-buckets.ts';
import { PRIORITIES } from '../../domain/vocabulary.ts';
import type { DateRange, QueueScope } from './shapes.ts';
import { type SplitRange, splitRange } from './split-range.ts';

export { type SplitRange, splitRange };

export type Histogram = Map<string, [bucket: number, n: number][]>;
/** Every series a dashboard reads: the medians' and time to screening's, fetched together in one pass. */
export const WAIT_SERIES = ['acted', 'closed', ...PRIORITIES.map((p) => `screened:${p}`)];

/** Per series, its buckets in order with their counts, for the scope's queues over the range. */
export async function waitHistograms(db: Db, on: QueueScope, range: DateRange, series: string[] = WAIT_SERIES): Promise<Histogram> {
  const split = splitRange(range.fromDay, range.toDay);
  const m = reportWaitMonthly;
  const d = reportWaitDaily;
  const parts: SQL[] = [];
  if (split.months) {
    parts.push(sql`select ${m.series} as series, ${m.bucket} as bucket, ${m.n} as n from ${m}
      where ${and(on(m.queueId), between(m.month, split.months[0], split.months[1]), inArray(m.series, series))}`);
  }
  // One part per run of days (an OR of two day ranges made SQLite scan every day of every queue); days of a month read
  // whole that are outside the range count negative.
  for (const [runs, sign] of [
    [split.days, sql``],
    [split.minus, sql`-`],
  ] as const) {
    for (const [a, b] of runs) {
      parts.push(sql`select ${d.series} as series, ${d.bucket} as bucket, ${sign}${d.n} as n from ${d}
        where ${and(on(d.queueId), between(d.day, a, b), inArray(d.series, series))}`);
    }
  }
  const rows = await db.all<{ series: string; bucket: number; n: number }>(
    sql`select series, bucket, sum(n) as n from (${sql.join(parts, sql` union all `)}) group by series, bucket having sum(n) <> 0 order by series, bucket`,
  );
  const out: Histogram = new Map(series.map((s) => [s, []]));
  for (const r of rows) out.get(r.series)?.push([Number(r.bucket), Number(r.n)]);
  return out;
}

/** The bucket holding the value of rank `rank` (0-based, in wait order) and that value's rank within the bucket. */
function locate(buckets: [number, number][], rank: number): { bucket: number; offset: number } {
  let before = 0;
  for (const [bucket, n] of buckets) {
    if (rank < before + n) return { bucket, offset: rank - before };
    before += n;
  }
  throw new Error('rank beyond the histogram');
}

interface Wait {
  end: typeof reports.firstActionAt | typeof reports.closedAt | typeof reports.screenedAt;
  /** Extra condition (the priority for screening), matching the expression index's leading columns. */
  where?: SQL;
  /**
   * The partial expression index holding these waits, named because SQLite's planner (with ANALYZE statistics) chose the
   * created-at covering index instead and read the scope's whole range to find one bucket: Punjab's year, 59 → 10 ms.
   */
  index: 'reports_acted_wait_idx' | 'reports_closed_wait_idx' | 'reports_screened_wait_idx';
}

const waitOf = (w: Wait) => sql<number>`(${w.end} - ${reports.createdAt})`;

/** The `count` waits from `offset` on within one bucket, in order: read from that bucket's entries of the index. */
async function waitsInBucket(
  db: Db,
  scope: SQL,
  range: DateRange,
  w: Wait,
  bucket: number,
  offset: number,
  count: number,
): Promise<number[]> {
  const { lo, hi } = bucketBounds(bucket);
  const v = waitOf(w);
  const rows = await db.all<{ v: number }>(sql`select ${v} as v from ${reports} indexed by ${sql.raw(w.index)}
    where ${and(scope, w.where, isNotNull(w.end), sql`${v} >= ${lo}`, sql`${v} < ${hi}`, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))}
    order by v limit ${count} offset ${offset}`);
  return rows.map((r) => Number(r.v));
}

/** n and the exact median (the mean of the two middle waits when n is even, rounded to the ms), as the scan gives. */
async function median(db: Db, scope: SQL, range: DateRange, w: Wait, buckets: [number, number][]) {
  const n = buckets.reduce((sum, [, k]) => sum + k, 0);
  if (n === 0) return { n: 0, medianMs: null };
  const low = locate(buckets, Math.floor((n - 1) / 2));
  const high = locate(buckets, Math.floor(n / 2));
  const values =
    low.bucket === high.bucket
      ? await waitsInBucket(db, scope, range, w, low.bucket, low.offset, high.offset - low.offset + 1)
      : [
          ...(await waitsInBucket(db, scope, range, w, low.bucket, low.offset, 1)),
          ...(await waitsInBucket(db, scope, range, w, high.bucket, high.offset, 1)),
        ];
  return { n, medianMs: Math.round((values[0]! + values.at(-1)!) / 2) };
}

/** How many waits are at most `limitMs`: whole buckets below it from the histogram, the bucket it falls in counted exactly. */
async function atMost(db: Db, scope: SQL, range: DateRange, w: Wait, buckets: [number, number][], limitMs: number): Promise<number> {
  let within = 0;
  let straddled: number | null = null;
  for (const [bucket, n] of buckets) {
    const { lo, hi } = bucketBounds(bucket);
    if (hi <= limitMs) within += n;
    else if (lo <= limitMs) straddled = bucket;
  }
  // Waits are whole ms: a bucket ending at limitMs + 1 or below is wholly within; the one holding limitMs is counted.
  if (straddled !== null) {
    const v = waitOf(w);
    const { lo } = bucketBounds(straddled);
    const row = await db.get<{ n: number }>(sql`select count(*) as n from ${reports} indexed by ${sql.raw(w.index)}
      where ${and(scope, w.where, isNotNull(w.end), sql`${v} >= ${lo}`, sql`${v} <= ${limitMs}`, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))}`);
    within += Number(row?.n ?? 0);
  }
  return within;
}

/** The wait of rank `rank` (0-based, in wait order), read from its bucket alone. */
async function valueAt(db: Db, scope: SQL, range: DateRange, w: Wait, buckets: [number, number][], rank: number): Promise<number> {
  const at = locate(buckets, rank);
  return (await waitsInBucket(db, scope, range, w, at.bucket, at.offset, 1))[0]!;
}

/** Nearest-rank 90th percentile: the wait that 90 % of the waits are at most (null without waits), as the scan gives. */
export const p90Rank = (n: number): number => Math.ceil(0.9 * n) - 1;

/** Medians of the time to first action and to closure (api/figures/aggregates.ts medianTimes answers the same by a scan). */
export async function mediansFromWaits(db: Db, on: QueueScope, scope: SQL, range: DateRange, histograms?: Promise<Histogram>) {
  const h = await (histograms ?? waitHistograms(db, on, range, ['acted', 'closed']));
  const [firstAction, closure] = await Promise.all([
    median(db, scope, range, { end: reports.firstActionAt, index: 'reports_acted_wait_idx' }, h.get('acted')!),
    median(db, scope, range, { end: reports.closedAt, index: 'reports_closed_wait_idx' }, h.get('closed')!),
  ]);
  return { firstAction, closure };
}

/** Per priority: screened, screened within the deadline, the median and 90th-percentile wait (screening.ts answers the same by a scan). */
export async function screeningWaits(
  db: Db,
  on: QueueScope,
  scope: SQL,
  range: DateRange,
  deadlineMs: number,
  histograms?: Promise<Histogram>,
) {
  const h = await (histograms ??
    waitHistograms(
      db,
      on,
      range,
      PRIORITIES.map((p) => `screened:${p}`),
    ));
  return Promise.all(
    PRIORITIES.map(async (priority) => {
      const buckets = h.get(`screened:${priority}`)!;
      const w: Wait = { end: reports.screenedAt, where: sql`${reports.priority} = ${priority}`, index: 'reports_screened_wait_idx' };
      const total = buckets.reduce((sum, [, k]) => sum + k, 0);
      const [{ n, medianMs }, withinDeadline, p90Ms] = await Promise.all([
        median(db, scope, range, w, buckets),
        atMost(db, scope, range, w, buckets, deadlineMs),
        total ? valueAt(db, scope, range, w, buckets, p90Rank(total)) : null,
      ]);
      return { priority, screened: n, withinDeadline, medianMs, p90Ms };
    }),
  );
}
