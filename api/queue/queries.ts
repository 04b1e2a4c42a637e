// The queue feature's SQL: what an account's queues hold, a queue's page of reports (unscreened first, then the
// most urgent), who may be assigned, where a report may go, and the supervisors' figures. The queue page keeps one
// shape, an indexed range on reports.queue_id, ordered and limited, so it costs the same in any queue.
import { and, asc, eq, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queues, referrals, reports, type StaffUser, staffUsers } from '../../db/schema.ts';
import { pktDay } from '../../domain/pakistan-time.ts';
import { rolesThatCan } from '../../domain/vocabulary.ts';
import { queueScope, reportScope } from '../kernel/scope.ts';
import type { QueueFilter } from './schemas.ts';

/** Reports per page of a queue. */
export const PAGE = 50;

/** A column for report rows: how many of the report's referrals are overdue now. */
export const overdueReferralsOfReport = (now: number) =>
  sql<number>`(select count(*) from ${referrals} where ${referrals.reportId} = ${reports.id} and ${referrals.status} in ('requested', 'accepted') and ${referrals.dueAt} < ${now})`;

/** Every queue in scope with its open reports counted per priority (one row per queue and priority; none: one row, priority null). */
export async function openCountsByQueue(db: Db, user: StaffUser, now: number) {
  return db
    .select({
      id: queues.id,
      names: queues.names,
      provinceId: queues.provinceId,
      districtId: queues.districtId,
      priority: reports.priority,
      open: sql<number>`count(${reports.id})`,
      overdue: sql<number>`sum(case when ${reports.dueAt} < ${now} then 1 else 0 end)`,
      unscreened: sql<number>`sum(case when ${reports.screenedAt} is null then 1 else 0 end)`,
      reviewsOverdue: sql<number>`sum(case when ${reports.nextReviewBy} < ${pktDay(now)} then 1 else 0 end)`,
    })
    .from(queues)
    .leftJoin(reports, and(eq(reports.queueId, queues.id), ne(reports.status, 'closed')))
    .where(queueScope(user))
    .groupBy(queues.id, reports.priority)
    .orderBy(asc(queues.id));
}
export type OpenCountRow = Awaited<ReturnType<typeof openCountsByQueue>>[number];

/** Whether this account may see the queue. */
export async function queueVisible(db: Db, user: StaffUser, queueId: string): Promise<boolean> {
  return (
    (await db
      .select({ id: queues.id })
      .from(queues)
      .where(and(eq(queues.id, queueId), queueScope(user)))
      .get()) !== undefined
  );
}

export async function queueExists(db: Db, queueId: string): Promise<boolean> {
  return (await db.select({ id: queues.id }).from(queues).where(eq(queues.id, queueId)).get()) !== undefined;
}

// Closed reports are not waiting for anyone, screened or not.
const unscreenedFirst = sql`case when ${reports.screenedAt} is null and ${reports.status} != 'closed' then 0 else 1 end`;

/** One page of a queue (PAGE + 1 rows: the extra one says whether there is a next page). */
export async function queuePage(db: Db, user: StaffUser, queueId: string, f: QueueFilter, offset: number, now: number) {
  const where: SQL[] = [eq(reports.queueId, queueId), reportScope(user)];
  if (f.status === 'open') where.push(ne(reports.status, 'closed'));
  else if (f.status !== 'all') where.push(eq(reports.status, f.status));
  if (f.priority) where.push(eq(reports.priority, f.priority));
  if (f.category) where.push(eq(reports.category, f.category));
  if (f.assigned === 'me') where.push(eq(reports.assignedTo, user.id));
  if (f.assigned === 'nobody') where.push(isNull(reports.assignedTo));
  if (f.unverified) where.push(eq(reports.verified, false));
  if (f.stage) where.push(eq(reports.caseStage, f.stage));
  if (f.channel) where.push(eq(reports.channel, f.channel));
  if (f.reviewOverdue) where.push(ne(reports.status, 'closed'), lt(reports.nextReviewBy, pktDay(now)));
  return (
    db
      .select({ report: reports, assignee: staffUsers.username, referralsOverdue: overdueReferralsOfReport(now) })
      .from(reports)
      .leftJoin(staffUsers, eq(staffUsers.id, reports.assignedTo))
      .where(and(...where))
      // Unscreened first (no person has confirmed their priority yet), then the most urgent.
      .orderBy(unscreenedFirst, asc(reports.priority), asc(reports.dueAt), asc(reports.id))
      .limit(PAGE + 1)
      .offset(offset)
  );
}

/** Staff a report of this queue could be assigned to: active officers and supervisors of the queue. */
export async function assignableStaff(db: Db, queueId: string) {
  return db
    .select({ username: staffUsers.username, role: staffUsers.role })
    .from(staffUsers)
    .where(and(eq(staffUsers.queueId, queueId), eq(staffUsers.disabled, false), inArray(staffUsers.role, rolesThatCan('takeAssignments'))))
    .orderBy(staffUsers.username);
}

/** Where a report may be transferred: every active queue, by province. */
export async function activeQueues(db: Db) {
  return db.select().from(queues).where(eq(queues.active, true)).orderBy(asc(queues.provinceId), asc(queues.id));
}

/** The supervisors' figures per queue: open, overdue, emergencies waiting past their hour, the week's flow, P1s on time (30 days). */
export async function figuresByQueue(db: Db, queueIds: string[], now: number) {
  const week = now - 7 * 86_400_000;
  const month = now - 30 * 86_400_000;
  return db
    .select({
      queueId: reports.queueId,
      open: sql<number>`sum(case when ${reports.status} != 'closed' then 1 else 0 end)`,
      overdue: sql<number>`sum(case when ${reports.status} != 'closed' and ${reports.dueAt} < ${now} then 1 else 0 end)`,
      p1Waiting: sql<number>`sum(case when ${reports.priority} = 'P1' and ${reports.firstActionAt} is null and ${reports.status} != 'closed' and ${reports.createdAt} < ${now - 3_600_000} then 1 else 0 end)`,
      received7: sql<number>`sum(case when ${reports.createdAt} >= ${week} then 1 else 0 end)`,
      closed7: sql<number>`sum(case when ${reports.closedAt} >= ${week} then 1 else 0 end)`,
      p1Total: sql<number>`sum(case when ${reports.priority} = 'P1' and ${reports.createdAt} >= ${month} and ${reports.createdAt} < ${now - 3_600_000} then 1 else 0 end)`,
      p1OnTime: sql<number>`sum(case when ${reports.priority} = 'P1' and ${reports.createdAt} >= ${month} and ${reports.createdAt} < ${now - 3_600_000} and ${reports.firstActionAt} <= ${reports.createdAt} + 3600000 then 1 else 0 end)`,
    })
    .from(reports)
    .where(inArray(reports.queueId, queueIds))
    .groupBy(reports.queueId);
}
export type FigureRow = Awaited<ReturnType<typeof figuresByQueue>>[number];
