// The two dashboard figures that scanned reports on every view, read from roll-ups kept by triggers (migration 0016):
// open reports by age (a snapshot at `now`) and referrals by service and status over the range. Each answers exactly what
// its scan twin in aggregates.ts answers (rollups.test.ts, snapshots.test.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { referralDaily, referralMonthly, reportOpenDaily, reports } from '../../db/schema.ts';
import type { REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import { monthsAndDays } from './rollups.ts';
import { AGE_BUCKETS, AGE_EDGES_DAYS, DAY_MS, type DateRange, pktDay, type QueueScope, rangeOfDays, referralsOf } from './shapes.ts';

/**
 * Open reports now, by age: per age edge (now − 1, 3, 7, 30 days), how many open reports came in after it. Whole
 * Pakistan days after the edge's day come from report_open_daily; of the edge's own day only the open reports after the
 * edge are counted, a short range of reports_queue_open_created_idx. A report exactly at an edge is that old, so it
 * belongs to the older bucket, as in the scan (age < edge is the younger one).
 */
export async function openByAgeFromRollups(db: Db, on: QueueScope, scope: SQL, now = Date.now()) {
  const o = reportOpenDaily;
  const after = AGE_EDGES_DAYS.map((days) => {
    const edge = now - days * DAY_MS;
    const day = pktDay(edge);
    const dayEnd = rangeOfDays(day, day).to;
    return sql`(select coalesce(sum(${o.n}), 0) from ${o} where ${on(o.queueId)} and ${o.day} > ${day})
      + (select count(*) from ${reports} indexed by reports_queue_open_created_idx
         where ${scope} and ${reports.status} <> 'closed' and ${reports.createdAt} > ${edge} and ${reports.createdAt} < ${dayEnd})`;
  });
  const row = await db.get<Record<'total' | 'a0' | 'a1' | 'a2' | 'a3', number>>(sql`select
    (select coalesce(sum(${o.n}), 0) from ${o} where ${on(o.queueId)}) as total,
    ${sql.join(
      after.map((a, i) => sql`${a} as ${sql.raw(`a${i}`)}`),
      sql`, `,
    )}`);
  // Open reports that came in after each edge, youngest edge first; then everything open.
  const within = [row!.a0, row!.a1, row!.a2, row!.a3, row!.total].map(Number);
  return AGE_BUCKETS.map((bucket, i) => ({ bucket, count: within[i]! - (i === 0 ? 0 : within[i - 1]!) }));
}

/** Referrals made during the range, by service and where they stand now: whole months from referral_monthly, days from referral_daily. */
export async function referralsFromRollups(db: Db, on: QueueScope, range: DateRange) {
  const rows = await db.all<{ service: string; status: (typeof REFERRAL_STATUSES)[number]; count: number }>(
    sql`select service, status, sum(n) as count from (${monthsAndDays(on, range, 'service, status', referralMonthly, referralDaily)})
      group by service, status having count <> 0`,
  );
  return referralsOf(rows);
}
