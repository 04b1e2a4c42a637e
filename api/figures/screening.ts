// Time to screening: how long reports waited for a person to confirm their priority (the `screen` action),
// per priority, over reports that came in during the range: counts in one pass, medians by sorting each priority's waits.
import { and, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { PRIORITIES, reports } from '../../db/schema.ts';
import { SCREENING_MINUTES } from '../../domain/vocabulary.ts';
import { p90Rank } from './waits.ts';

/** A report should be screened within this time of arriving: SCREENING_DEADLINE_MINUTES, one hour by default. */
export const SCREENING_DEADLINE_MS = SCREENING_MINUTES * 60_000;

export interface ScreeningFigures {
  priority: (typeof PRIORITIES)[number];
  /** Reports that came in during the range with this priority (now). */
  total: number;
  screened: number;
  /** Screened within the screening deadline of arriving. */
  withinDeadline: number;
  /** Median of screened_at − created_at over the screened ones; null when none was screened. */
  medianMs: number | null;
  /** Nearest-rank 90th percentile of the same waits (waits.ts p90Rank); null when none was screened. */
  p90Ms: number | null;
}

/**
 * Per priority: reports in, screened, screened in time, and the median wait. A report that a reporter's message
 * raised and so made unscreened again counts with its latest screening (or as unscreened).
 */
export async function timeToScreening(
  db: Db,
  scope: SQL,
  range: { from: number; to: number },
  deadlineMs = SCREENING_DEADLINE_MS,
): Promise<{ deadlineMs: number; byPriority: ScreeningFigures[] }> {
  const where = and(scope, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))!;
  const wait = sql<number>`${reports.screenedAt} - ${reports.createdAt}`;
  // Counts in one pass over the covering index; then each priority's middle value by sorting only its screened
  // reports and skipping to the middle (one window query over all of them re-ran its sort per priority: 10× slower).
  const counts = await db.all<{ priority: string; total: number; screened: number; within: number }>(sql`
    select ${reports.priority} as priority, count(*) as total, count(${reports.screenedAt}) as screened,
      coalesce(sum(case when ${reports.screenedAt} is not null and ${wait} <= ${deadlineMs} then 1 else 0 end), 0) as within
    from ${reports} where ${where} group by ${reports.priority}`);
  const rows = await Promise.all(
    counts.map(async (c) => {
      const n = Number(c.screened);
      if (n === 0) return { ...c, median: null, p90: null };
      const waits = sql`select ${wait} as v from ${reports} where ${where} and ${reports.priority} = ${c.priority} and ${reports.screenedAt} is not null order by v`;
      const middle = await db.get<{ median: number }>(
        sql`select avg(v) as median from (${waits} limit ${2 - (n % 2)} offset ${Math.floor((n - 1) / 2)})`,
      );
      const p90 = await db.get<{ v: number }>(sql`${waits} limit 1 offset ${p90Rank(n)}`);
      return { ...c, median: middle?.median ?? null, p90: p90?.v ?? null };
    }),
  );
  const found = new Map(rows.map((r) => [r.priority, r]));
  return {
    deadlineMs,
    byPriority: PRIORITIES.map((priority) => {
      const r = found.get(priority);
      return {
        priority,
        total: Number(r?.total ?? 0),
        screened: Number(r?.screened ?? 0),
        withinDeadline: Number(r?.within ?? 0),
        medianMs: r?.median === null || r?.median === undefined ? null : Math.round(Number(r.median)),
        p90Ms: r?.p90 === null || r?.p90 === undefined ? null : Number(r.p90),
      };
    }),
  };
}
