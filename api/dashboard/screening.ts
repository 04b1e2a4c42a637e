// Time to screening: how long reports waited for a person to confirm their priority (the `screen` action),
// per priority, over reports that came in during the range. One SQL statement with window functions.
import { and, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { PRIORITIES, reports } from '../../db/schema.ts';

/** A report should be screened within this time of arriving: SCREENING_DEADLINE_MINUTES, one hour by default. */
export const SCREENING_DEADLINE_MS = 60 * 60 * 1000;

export interface ScreeningFigures {
  priority: (typeof PRIORITIES)[number];
  /** Reports that came in during the range with this priority (now). */
  total: number;
  screened: number;
  /** Screened within the screening deadline of arriving. */
  withinDeadline: number;
  /** Median of screened_at − created_at over the screened ones; null when none was screened. */
  medianMs: number | null;
}

/**
 * Per priority: reports in, screened, screened in time, and the median wait. A report that a reporter's message
 * raised and so made unscreened again counts with its latest screening (or as unscreened).
 */
export async function timeToScreening(db: Db, scope: SQL, range: { from: number; to: number }, deadlineMs = SCREENING_DEADLINE_MS): Promise<{ deadlineMs: number; byPriority: ScreeningFigures[] }> {
  const where = and(scope, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))!;
  const rows = await db.all<{ priority: string; total: number; screened: number; within: number; median: number | null }>(sql`
    with waits as (
      select ${reports.priority} as priority, ${reports.screenedAt} - ${reports.createdAt} as v
      from ${reports} where ${where}
    ),
    ranked as (
      select priority, v, row_number() over (partition by priority order by v) as rn, count(v) over (partition by priority) as n
      from waits where v is not null
    )
    select w.priority as priority, count(*) as total, count(w.v) as screened,
      coalesce(sum(case when w.v is not null and w.v <= ${deadlineMs} then 1 else 0 end), 0) as within,
      (select avg(r.v) from ranked r where r.priority = w.priority and r.rn in ((r.n + 1) / 2, (r.n + 2) / 2)) as median
    from waits w group by w.priority`);
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
      };
    }),
  };
}
