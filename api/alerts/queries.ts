// The alerts feature's SQL: plain functions of the database and their arguments. The alert engine's own queries
// (raising, climbing, delivering) stay in service.ts.
import { and, asc, desc, eq, gt, gte, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alertOnDuty, alertOutbox, queues, reportAlerts, reports, type StaffUser, staffSessions, staffUsers } from '../../db/schema.ts';
import { queueScope } from '../kernel/scope.ts';
import { IDLE_TIMEOUT_MS } from '../kernel/session.ts';

// Only officers and supervisors take turns on duty.
const ON_DUTY_ROLES: StaffUser['role'][] = ['officer', 'supervisor'];
// A console that opens late is told of alerts raised in the last day, at most 20.
const WAITING_MS = 24 * 3_600_000;
const WAITING_LIMIT = 20;

/** The accounts an alert about the queue may reach: its own staff and its province's provincial accounts, with
 *  whether each has an alert address (the sealed address itself in `email`). */
export async function queueAlertStaff(db: Db, queue: { id: string; provinceId: string | null }) {
  const rows = await db
    .select({
      id: staffUsers.id,
      role: staffUsers.role,
      queueId: staffUsers.queueId,
      provinceId: staffUsers.provinceId,
      disabled: staffUsers.disabled,
      email: staffUsers.alertEmailCt,
    })
    .from(staffUsers)
    .where(
      or(
        eq(staffUsers.queueId, queue.id),
        queue.provinceId ? and(eq(staffUsers.role, 'provincial'), eq(staffUsers.provinceId, queue.provinceId)) : undefined,
      ),
    );
  return rows.map((r) => ({ ...r, hasEmail: r.email !== null }));
}

/** Whether the session is still live (not signed out, expired, idle or disabled), read without counting as activity. */
export async function sessionLive(db: Db, idHash: string, now: number): Promise<boolean> {
  const row = await db
    .select({ id: staffSessions.idHash, disabled: staffUsers.disabled })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .where(and(eq(staffSessions.idHash, idHash), gt(staffSessions.expiresAt, now), gt(staffSessions.lastSeenAt, now - IDLE_TIMEOUT_MS)))
    .get();
  return Boolean(row && !row.disabled);
}

/** Alerts in these queues nobody has acknowledged yet, on open reports, oldest first. */
export async function waitingAlerts(db: Db, queueIds: string[], now: number) {
  if (!queueIds.length) return [];
  return db
    .select({
      reference: reports.reference,
      queue: reports.queueId,
      priority: reports.priority,
      reasons: reports.triageReasons,
      kind: reportAlerts.kind,
      raisedAt: reportAlerts.raisedAt,
      steps: reportAlerts.stepsDone,
    })
    .from(reportAlerts)
    .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
    .where(
      and(
        inArray(reports.queueId, queueIds),
        isNull(reportAlerts.acknowledgedAt),
        ne(reports.status, 'closed'),
        gte(reportAlerts.raisedAt, now - WAITING_MS),
      ),
    )
    .orderBy(asc(reportAlerts.raisedAt))
    .limit(WAITING_LIMIT);
}

/** The queue if this account may see it (admins: any queue). */
export async function queueVisibleTo(db: Db, user: StaffUser, queueId: string) {
  const where = user.role === 'admin' ? eq(queues.id, queueId) : and(eq(queues.id, queueId), queueScope(user));
  return db.select({ id: queues.id }).from(queues).where(where).get();
}

export async function queueExists(db: Db, queueId: string): Promise<boolean> {
  return Boolean(await db.select({ id: queues.id }).from(queues).where(eq(queues.id, queueId)).get());
}

/** The queue's shifts in the order they were saved, with minutes of the day. */
export async function onDutyShifts(db: Db, queueId: string) {
  return db
    .select({
      username: staffUsers.username,
      disabled: staffUsers.disabled,
      days: alertOnDuty.days,
      start: alertOnDuty.startMinute,
      end: alertOnDuty.endMinute,
    })
    .from(alertOnDuty)
    .innerJoin(staffUsers, eq(staffUsers.id, alertOnDuty.staffId))
    .where(eq(alertOnDuty.queueId, queueId))
    .orderBy(asc(alertOnDuty.id));
}

/** The queue's active officers and supervisors, by name, with their sealed alert e-mail (or null). */
export async function onDutyCandidates(db: Db, queueId: string) {
  return db
    .select({ username: staffUsers.username, role: staffUsers.role, emailCt: staffUsers.alertEmailCt })
    .from(staffUsers)
    .where(and(eq(staffUsers.queueId, queueId), eq(staffUsers.disabled, false), inArray(staffUsers.role, ON_DUTY_ROLES)))
    .orderBy(asc(staffUsers.username));
}

/** Of these usernames, the active officers and supervisors of the queue: username → account id. */
export async function onDutyMembers(db: Db, queueId: string, usernames: string[]): Promise<Map<string, number>> {
  if (!usernames.length) return new Map();
  const rows = await db
    .select({ id: staffUsers.id, username: staffUsers.username })
    .from(staffUsers)
    .where(
      and(
        inArray(staffUsers.username, usernames),
        eq(staffUsers.queueId, queueId),
        eq(staffUsers.disabled, false),
        inArray(staffUsers.role, ON_DUTY_ROLES),
      ),
    );
  return new Map(rows.map((m) => [m.username, m.id]));
}

/** Replaces the queue's whole list in one batch: a half-saved list would alert the wrong people. */
export async function replaceOnDuty(
  db: Db,
  queueId: string,
  shifts: { staffId: number; days: string; startMinute: number; endMinute: number }[],
) {
  await db.batch([
    db.delete(alertOnDuty).where(eq(alertOnDuty.queueId, queueId)),
    ...shifts.map((s) => db.insert(alertOnDuty).values({ queueId, ...s })),
  ]);
}

export async function accountByUsername(db: Db, username: string) {
  return db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
}

/** Stores the account's alert e-mail, already sealed (null removes it). */
export async function setAlertEmail(db: Db, staffId: number, sealed: string | null) {
  await db.update(staffUsers).set({ alertEmailCt: sealed }).where(eq(staffUsers.id, staffId));
}

/** Up to 100 deliveries still pending, the most-tried first: ids, channel, attempts and the redacted error, with the
 *  report's reference (none for a notice) and the queue. */
export async function pendingDeliveries(db: Db) {
  return db
    .select({
      id: alertOutbox.id,
      step: alertOutbox.step,
      channel: alertOutbox.channel,
      attempts: alertOutbox.attempts,
      lastError: alertOutbox.lastError,
      nextAttemptAt: alertOutbox.nextAttemptAt,
      createdAt: alertOutbox.createdAt,
      // None for a notice about no one report (uncovered on-duty hours).
      reference: reports.reference,
      queueId: alertOutbox.queueId,
      username: staffUsers.username,
    })
    .from(alertOutbox)
    .leftJoin(reportAlerts, eq(reportAlerts.id, alertOutbox.alertId))
    .leftJoin(reports, eq(reports.id, reportAlerts.reportId))
    .leftJoin(staffUsers, eq(staffUsers.id, alertOutbox.staffId))
    .where(eq(alertOutbox.status, 'pending'))
    .orderBy(desc(alertOutbox.attempts), asc(alertOutbox.id))
    .limit(100);
}
