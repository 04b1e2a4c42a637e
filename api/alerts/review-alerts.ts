// Case reviews past their date (issue #24): each open case whose next review day (Pakistan time) has passed is alerted
// once per lapsed date to its assigned worker (unassigned: the unit's supervisors), through the same outbox as the
// ladder, with the reference and the reason `review_overdue` only. The row in report_alerts is marked as every step
// done, so the ladder never escalates a reminder.
import { and, eq, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reportAlerts, reportEvents, reports, staffUsers } from '../../db/schema.ts';
import { DEFAULT_LANG } from '../../domain/languages.ts';
import { pktDay } from '../../domain/pakistan-time.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import type { Logger } from '../log.ts';
import type { Hub } from './hub.ts';
import { STEPS } from './ladder.ts';
import { type AlertPayload, inWords, REVIEW_OVERDUE, reportLink } from './message.ts';
import { queueDeliveries } from './outbox.ts';

export interface ReviewAlertDeps {
  db: Db;
  hub: Hub;
  log: Logger;
  origin: string;
  email: boolean;
  webhook: boolean;
}

export async function raiseReviewAlerts(deps: ReviewAlertDeps, now: number): Promise<{ reference: string; recipients: number[] }[]> {
  const { db, hub } = deps;
  const lapsed = await db
    .select({
      id: reports.id,
      reference: reports.reference,
      queueId: reports.queueId,
      priority: reports.priority,
      assignedTo: reports.assignedTo,
      nextReviewBy: reports.nextReviewBy,
      alertedFor: reports.reviewAlertedFor,
    })
    .from(reports)
    .where(
      and(
        ne(reports.status, 'closed'),
        isNotNull(reports.nextReviewBy),
        lt(reports.nextReviewBy, pktDay(now)),
        or(sql`${reports.reviewAlertedFor} is null`, ne(reports.reviewAlertedFor, reports.nextReviewBy)),
      ),
    )
    .limit(500);
  const done: { reference: string; recipients: number[] }[] = [];
  for (const r of lapsed) {
    const due = r.nextReviewBy!;
    const people = await db
      .select({ id: staffUsers.id, role: staffUsers.role, disabled: staffUsers.disabled, email: staffUsers.alertEmailCt })
      .from(staffUsers)
      .where(
        r.assignedTo !== null
          ? eq(staffUsers.id, r.assignedTo)
          : and(eq(staffUsers.queueId, r.queueId), inArray(staffUsers.role, ['supervisor'])),
      );
    const active = people.filter((p) => !p.disabled);
    const recipients = active.map((p) => p.id);
    const payload: AlertPayload = {
      event: 'alert',
      step: STEPS[0],
      reference: r.reference,
      queue: r.queueId,
      priority: r.priority,
      reasons: [REVIEW_OVERDUE],
      at: new Date(now).toISOString(),
      link: reportLink(deps.origin, DEFAULT_LANG, r.reference),
    };
    const outbox = [
      ...(deps.email
        ? active.filter((p) => p.email !== null).map((p) => ({ channel: 'email' as const, staffId: p.id as number | null }))
        : []),
      ...(deps.webhook ? [{ channel: 'webhook' as const, staffId: null }] : []),
    ];
    const claimed = await db.transaction(async (tx) => {
      // Claim this lapsed date: a second worker (or a retried tick) finds it taken.
      const res = await tx
        .update(reports)
        .set({ reviewAlertedFor: due })
        .where(
          and(
            eq(reports.id, r.id),
            r.alertedFor === null ? sql`${reports.reviewAlertedFor} is null` : eq(reports.reviewAlertedFor, r.alertedFor),
          ),
        );
      if (res.rowsAffected !== 1) return false;
      const [alert] = await tx
        .insert(reportAlerts)
        .values({ reportId: r.id, kind: 'review', raisedAt: now, stepsDone: STEPS.length })
        .onConflictDoUpdate({
          target: [reportAlerts.reportId, reportAlerts.kind],
          set: { raisedAt: now, stepsDone: STEPS.length, acknowledgedAt: null, acknowledgedBy: null },
        })
        .returning({ id: reportAlerts.id });
      await queueDeliveries(
        tx,
        { alertId: alert!.id, queueId: r.queueId, payload, now },
        outbox.map((o) => ({ ...o, step: STEPS[0], dedupeKey: `review:${r.id}:${due}:${o.channel}:${o.staffId ?? '-'}` })),
      );
      await tx.insert(reportEvents).values({
        reportId: r.id,
        at: now,
        type: 'review_overdue',
        data: JSON.stringify({ nextReviewBy: due, recipients: recipients.length, channels: ['console', ...outbox.map((o) => o.channel)] }),
      });
      return true;
    });
    if (!claimed) continue;
    await appendAudit(
      db.$client,
      {
        staffId: null,
        username: null,
        action: 'alert_step',
        target: r.reference,
        queueId: r.queueId,
        detail: { kind: 'review', nextReviewBy: due, recipients: recipients.length },
      },
      now,
    );
    hub.toStaff(recipients, 'alert', {
      reference: r.reference,
      queue: r.queueId,
      priority: r.priority,
      reasons: payload.reasons,
      reasonWords: inWords(payload.reasons),
      step: payload.step,
      at: payload.at,
    });
    deps.log('alert.review_overdue', { reference: r.reference, recipients: recipients.length });
    done.push({ reference: r.reference, recipients });
  }
  return done;
}
