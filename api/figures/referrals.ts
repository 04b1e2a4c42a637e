// Overdue referrals per queue: the queue figures and the dashboard count them the same way.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { referrals, reports } from '../../db/schema.ts';
import { WAITING_REFERRAL_STATUSES } from '../../domain/referrals.ts';

/** Per queue, how many referrals are overdue now (domain/referrals.ts isReferralOverdue, in SQL). */
export async function overdueReferralsByQueue(db: Db, queueIds: string[], now: number): Promise<{ queueId: string; count: number }[]> {
  if (queueIds.length === 0) return [];
  const rows = await db
    .select({ queueId: reports.queueId, count: sql<number>`count(*)` })
    .from(referrals)
    .innerJoin(reports, eq(reports.id, referrals.reportId))
    .where(and(inArray(reports.queueId, queueIds), inArray(referrals.status, [...WAITING_REFERRAL_STATUSES]), lt(referrals.dueAt, now)))
    .groupBy(reports.queueId);
  return rows.map((r) => ({ queueId: r.queueId, count: Number(r.count) }));
}
