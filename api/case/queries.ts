// The case feature's SQL: finding a report an account may work (or only read, after a transfer), and everything
// its view shows. Actions write through api/case/actions.ts.
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client.ts';
import {
  messages,
  queues,
  type Report,
  referrals,
  reportAlerts,
  reportEvents,
  reports,
  type StaffUser,
  staffUsers,
} from '../../db/schema.ts';
import { queueIdsInScope, reportScope } from '../kernel/scope.ts';
import { entriesOf } from './step-queries.ts';

export type Access = 'full' | 'restricted';

/** The report and how much of it this account may see, or null (answered 404, like a missing reference). */
export async function findForStaff(db: Db, user: StaffUser, reference: string): Promise<{ report: Report; access: Access } | null> {
  const full = await db
    .select()
    .from(reports)
    .where(and(eq(reports.reference, reference), reportScope(user)))
    .get();
  if (full) return { report: full, access: 'full' };
  const scope = await queueIdsInScope(db, user);
  if (scope.length === 0) return null;
  // After a transfer the sending CPU keeps a restricted view of what it wrote (messages.queue_id is the writer's queue).
  const row = await db
    .select({ report: reports })
    .from(reports)
    .innerJoin(messages, eq(messages.reportId, reports.id))
    .where(and(eq(reports.reference, reference), inArray(messages.queueId, scope), inArray(messages.sender, ['staff', 'note'])))
    .get();
  return row ? { report: row.report, access: 'restricted' } : null;
}

/** The queue holding a report, whoever asks (to log a refused attempt where its unit sees it); undefined if none. */
export async function queueHolding(db: Db, reference: string): Promise<string | undefined> {
  return (await db.select({ queueId: reports.queueId }).from(reports).where(eq(reports.reference, reference)).get())?.queueId;
}

/** Everything a report's view shows besides the report row: history, thread, referrals, queue, staff names. */
export async function caseRecords(db: Db, report: Report) {
  const [events, thread, refs, queue, entries] = await Promise.all([
    db.select().from(reportEvents).where(eq(reportEvents.reportId, report.id)).orderBy(asc(reportEvents.at), asc(reportEvents.id)),
    db.select().from(messages).where(eq(messages.reportId, report.id)).orderBy(asc(messages.createdAt), asc(messages.id)),
    db.select().from(referrals).where(eq(referrals.reportId, report.id)).orderBy(asc(referrals.id)),
    db.select().from(queues).where(eq(queues.id, report.queueId)).get(),
    entriesOf(db, report.id),
  ]);
  const ids = [
    ...events.map((e) => e.staffId),
    ...thread.map((m) => m.staffId),
    ...entries.flatMap((e) => [e.staffId, e.approvedBy]),
    report.assignedTo,
    report.screenedBy,
  ];
  const staffIds = [...new Set(ids.filter((id): id is number => id !== null))];
  const named = staffIds.length
    ? await db.select({ id: staffUsers.id, username: staffUsers.username }).from(staffUsers).where(inArray(staffUsers.id, staffIds))
    : [];
  return { events, thread, refs, queue, entries, names: new Map(named.map((s) => [s.id, s.username])) };
}
export type CaseRecords = Awaited<ReturnType<typeof caseRecords>>;

// --- what an action reads and writes (api/case/actions.ts decides; these run it) -----------------------------

export async function staffByUsername(db: Db, username: string): Promise<StaffUser | undefined> {
  return db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
}

/** An active queue other than the report's own: where a transfer may go. */
export async function transferTarget(db: Db, queueId: string, fromQueueId: string) {
  return db
    .select()
    .from(queues)
    .where(and(eq(queues.id, queueId), eq(queues.active, true), ne(queues.id, fromQueueId)))
    .get();
}

export async function referralOfReport(db: Db, referralId: number, reportId: number) {
  return db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.reportId, reportId)))
    .get();
}

/** Another report in the account's scope with this reference (what `mark_duplicate` may point at). */
export async function otherReportInScope(db: Db, user: StaffUser, reference: string, notId: number) {
  return db
    .select({ reference: reports.reference })
    .from(reports)
    .where(and(eq(reports.reference, reference), reportScope(user), ne(reports.id, notId)))
    .get();
}

/** Writes an action's own rows (a referral, a message) in the action's batch. */
export const actionWrites = (db: Db) => ({
  addReferral: (values: typeof referrals.$inferInsert) => db.insert(referrals).values(values),
  updateReferral: (id: number, set: Partial<typeof referrals.$inferSelect>) => db.update(referrals).set(set).where(eq(referrals.id, id)),
  addMessage: (values: typeof messages.$inferInsert) => db.insert(messages).values(values),
});
export type ActionWrite = ReturnType<ReturnType<typeof actionWrites>[keyof ReturnType<typeof actionWrites>]>;

/** Marks a report's open alerts taken up: the alert ladder (api/alerts) stops climbing for it. */
function acknowledgeAlerts(db: Db, reportId: number, staffId: number, now: number) {
  return db
    .update(reportAlerts)
    .set({ acknowledgedAt: now, acknowledgedBy: staffId })
    .where(and(eq(reportAlerts.reportId, reportId), isNull(reportAlerts.acknowledgedAt)));
}

/** The report's change, its history event, its alerts taken up, and the action's own rows: all or nothing. */
export async function commitAction(
  db: Db,
  a: {
    reportId: number;
    staffId: number;
    at: number;
    patch: Partial<Report>;
    eventType: string;
    eventData: Record<string, unknown>;
    extra: BatchItem<'sqlite'>[];
  },
) {
  await db.batch([
    db.update(reports).set(a.patch).where(eq(reports.id, a.reportId)),
    db
      .insert(reportEvents)
      .values({ reportId: a.reportId, at: a.at, staffId: a.staffId, type: a.eventType, data: JSON.stringify(a.eventData) }),
    // Any action by a person in scope takes the report up: its alerts stop climbing (api/alerts).
    acknowledgeAlerts(db, a.reportId, a.staffId, a.at),
    ...a.extra,
  ]);
}
