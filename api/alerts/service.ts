// The alert service: raises alerts for reports that call for one, climbs the ladder, and delivers the outbox.
// One tick does all three; the worker is a timer that calls tick(), and a committed report or staff action
// nudges an extra tick so the console hears of a P1 within seconds. Nothing here can fail a reporter's request:
// every entry point called from a request handler catches and logs.
import { and, asc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alertOnDuty, queues, reportAlerts, reportEvents, reports } from '../../db/schema.ts';
import { DEFAULT_LANG } from '../../domain/languages.ts';
import type { WeekRange } from '../../domain/on-duty-cover.ts';
import type { Config } from '../config.ts';
import type { Sealer } from '../crypto/seal.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { errorCode, type Logger } from '../log.ts';
import { type EmailChannel, smtpChannel, type WebhookChannel, webhookChannel } from './channels.ts';
import { tellUncovered } from './coverage.ts';
import { outboxDelivery } from './delivery.ts';
import { createHub, type Hub } from './hub.ts';
import { type AlertKind, dedupeKey, dueSteps, harmLadder, type Ladder, recipientsFor, type Shift, STEPS, type Step } from './ladder.ts';
import { type AlertPayload, inWords, reportLink } from './message.ts';
import { queueDeliveries } from './outbox.ts';
import { queueAlertStaff } from './queries.ts';
import { raiseAlerts } from './raise.ts';
import { raiseReviewAlerts } from './review-alerts.ts';

type AlertConfig = Pick<
  Config,
  | 'SMTP_URL'
  | 'ALERT_FROM'
  | 'ALERT_WEBHOOK_URL'
  | 'ALERT_WEBHOOK_SECRET'
  | 'ALERT_ESCALATE_SUPERVISOR_MINUTES'
  | 'ALERT_ESCALATE_PROVINCIAL_MINUTES'
  | 'SCREENING_DEADLINE_MINUTES'
  | 'ALERT_INTERVAL_MS'
  | 'PUBLIC_ORIGIN'
  | 'PORT'
>;

export interface TickResult {
  raised: number;
  /** Case reviews past their date, alerted to the assigned worker (or the unit's supervisors). */
  reviews: { reference: string; recipients: number[] }[];
  steps: { reference: string; step: Step; recipients: number[] }[];
  sent: number;
  failed: number;
}

export interface AlertService {
  hub: Hub;
  emailEnabled: boolean;
  webhookEnabled: boolean;
  tick(now?: number): Promise<TickResult>;
  /** Tells a queue's supervisors and provincial accounts of hours its saved on-duty list leaves uncovered: the
   *  notice is queued in the outbox (retried like an alert) and a delivery is started at once, not waited for. */
  tellUncovered(queueId: string, by: { id: number; username: string }, ranges: readonly WeekRange[]): Promise<number[]>;
  /** Call after a report, a reporter's message or a staff action is committed; never throws, never waits. */
  afterCommit(reference: string): void;
  start(): void;
  stop(): Promise<void>;
}

export function ladderOf(config: AlertConfig): Ladder {
  return {
    supervisorAfterMs: config.ALERT_ESCALATE_SUPERVISOR_MINUTES * 60_000,
    provincialAfterMs: config.ALERT_ESCALATE_PROVINCIAL_MINUTES * 60_000,
  };
}

export function createAlertService(deps: {
  db: Db;
  sealer: Sealer;
  config: AlertConfig;
  log: Logger;
  hub?: Hub;
  email?: EmailChannel;
  webhook?: WebhookChannel;
}): AlertService {
  const { db, sealer, config, log } = deps;
  const hub = deps.hub ?? createHub();
  const origin = config.PUBLIC_ORIGIN ?? `http://localhost:${config.PORT}`;
  const email = deps.email ?? (config.SMTP_URL ? smtpChannel(config.SMTP_URL, config.ALERT_FROM, origin) : undefined);
  const webhook =
    deps.webhook ??
    (config.ALERT_WEBHOOK_URL && config.ALERT_WEBHOOK_SECRET
      ? webhookChannel(config.ALERT_WEBHOOK_URL, config.ALERT_WEBHOOK_SECRET)
      : undefined);
  const ladder = ladderOf(config);
  const ladders: Record<AlertKind, Ladder> = { p1: ladder, harm: harmLadder(ladder), unscreened: ladder };
  const deadlineMs = config.SCREENING_DEADLINE_MINUTES * 60_000;
  async function staffFor(queue: { id: string; provinceId: string | null }) {
    const shifts: Shift[] = (await db.select().from(alertOnDuty).where(eq(alertOnDuty.queueId, queue.id))).map((s) => ({
      staffId: s.staffId,
      days: JSON.parse(s.days) as number[],
      startMinute: s.startMinute,
      endMinute: s.endMinute,
    }));
    return { staff: await queueAlertStaff(db, queue), shifts };
  }

  async function escalate(now: number): Promise<TickResult['steps']> {
    const open = await db
      .select({
        alert: reportAlerts,
        reference: reports.reference,
        status: reports.status,
        priority: reports.priority,
        reasons: reports.triageReasons,
        queueId: reports.queueId,
        queueNames: queues.names,
        provinceId: queues.provinceId,
      })
      .from(reportAlerts)
      .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
      .innerJoin(queues, eq(queues.id, reports.queueId))
      .where(and(isNull(reportAlerts.acknowledgedAt), lt(reportAlerts.stepsDone, STEPS.length)))
      .orderBy(asc(reportAlerts.raisedAt))
      .limit(500);
    const done: TickResult['steps'] = [];
    for (const row of open) {
      const { alert } = row;
      const due = dueSteps(
        { raisedAt: alert.raisedAt, stepsDone: alert.stepsDone, acknowledgedAt: alert.acknowledgedAt, closed: row.status === 'closed' },
        now,
        ladders[alert.kind as AlertKind] ?? ladder,
      );
      if (!due.length) continue;
      const queue = { id: row.queueId, provinceId: row.provinceId };
      const { staff, shifts } = await staffFor(queue);
      const withEmail = new Set(staff.filter((s) => s.hasEmail).map((s) => s.id));
      const reasonIds = (JSON.parse(row.reasons) as { id: string }[]).map((r) => r.id);
      for (const step of due) {
        const index = STEPS.indexOf(step);
        const recipients = recipientsFor(step, queue, staff, shifts, now);
        const payload: AlertPayload = {
          event: 'alert',
          step,
          reference: row.reference,
          queue: row.queueId,
          queueName: row.queueNames,
          priority: row.priority,
          reasons: alert.kind === 'unscreened' || alert.kind === 'harm' ? [alert.kind, ...reasonIds] : reasonIds,
          at: new Date(now).toISOString(),
          link: reportLink(origin, DEFAULT_LANG, row.reference),
        };
        const outbox = [
          ...(email
            ? recipients.filter((id) => withEmail.has(id)).map((id) => ({ channel: 'email' as const, staffId: id as number | null }))
            : []),
          ...(webhook ? [{ channel: 'webhook' as const, staffId: null }] : []),
        ];
        // The step is claimed, queued and recorded in one transaction: a second worker (or a retried tick) finds it done.
        const claimed = await db.transaction(async (tx) => {
          const res = await tx
            .update(reportAlerts)
            .set({ stepsDone: index + 1 })
            .where(and(eq(reportAlerts.id, alert.id), eq(reportAlerts.stepsDone, index), isNull(reportAlerts.acknowledgedAt)));
          if (res.rowsAffected !== 1) return false;
          await queueDeliveries(
            tx,
            { alertId: alert.id, queueId: row.queueId, payload, now },
            outbox.map((o) => ({ ...o, step, dedupeKey: dedupeKey(alert.id, step, o.channel, o.staffId) })),
          );
          await tx.insert(reportEvents).values({
            reportId: alert.reportId,
            at: now,
            type: 'alert_sent',
            data: JSON.stringify({
              step,
              kind: alert.kind,
              recipients: recipients.length,
              channels: [...new Set(['console', ...outbox.map((o) => o.channel)])],
            }),
          });
          return true;
        });
        if (!claimed) break;
        await appendAudit(
          db.$client,
          {
            staffId: null,
            username: null,
            action: 'alert_step',
            target: row.reference,
            queueId: row.queueId,
            detail: { step, kind: alert.kind, recipients: recipients.length },
          },
          now,
        );
        const event = {
          reference: row.reference,
          queue: row.queueId,
          queueName: row.queueNames,
          priority: row.priority,
          reasons: payload.reasons,
          reasonWords: inWords(payload.reasons),
          step,
          at: payload.at,
        };
        if (step === 'on_duty') hub.toQueue(queue, 'alert', event);
        else hub.toStaff(recipients, 'alert', event);
        log('alert.step', { reference: row.reference, step, kind: alert.kind, recipients: recipients.length });
        done.push({ reference: row.reference, step, recipients });
      }
    }
    return done;
  }

  const deliver = outboxDelivery({ db, sealer, log, email, webhook, origin });

  let running: Promise<TickResult> | null = null;
  let again = false;
  async function tick(now = Date.now()): Promise<TickResult> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const raised = await raiseAlerts(db, now, deadlineMs);
      const reviews = await raiseReviewAlerts({ db, hub, log, origin, email: Boolean(email), webhook: Boolean(webhook) }, now);
      const steps = await escalate(now);
      const { sent, failed } = await deliver(now);
      return { raised, reviews, steps, sent, failed };
    })();
    try {
      return await running;
    } finally {
      running = null;
      if (again && timer) {
        again = false;
        queueMicrotask(() => void safeTick());
      }
    }
  }

  const safeTick = () =>
    tick().catch((err: unknown) => {
      log('alert.tick_failed', { code: errorCode(err) });
      return null;
    });

  // Counts for the consoles, per queue: a burst of reports becomes one count per queue (each reads all open reports).
  const countsDue = new Set<string>();
  let counting: Promise<void> | null = null;
  function publishSoon(reference: string): Promise<void> {
    // No console open: no counts to push (a console that opens reads its queue afresh).
    if (hub.size() === 0) return Promise.resolve();
    countsDue.add(reference);
    counting ??= (async () => {
      try {
        while (countsDue.size > 0) {
          const references = [...countsDue].slice(0, 500);
          for (const r of references) countsDue.delete(r);
          const found = await db
            .selectDistinct({ queueId: reports.queueId, provinceId: queues.provinceId })
            .from(reports)
            .innerJoin(queues, eq(queues.id, reports.queueId))
            .where(inArray(reports.reference, references));
          for (const queue of found) if (hub.watches({ id: queue.queueId, provinceId: queue.provinceId })) await publishCounts(queue);
        }
      } finally {
        counting = null;
      }
    })();
    return counting;
  }

  async function publishCounts(r: { queueId: string; provinceId: string | null }) {
    const rows = await db
      .select({
        priority: reports.priority,
        open: sql<number>`count(*)`,
        unscreened: sql<number>`sum(case when ${reports.screenedAt} is null then 1 else 0 end)`,
      })
      .from(reports)
      .where(and(eq(reports.queueId, r.queueId), ne(reports.status, 'closed')))
      .groupBy(reports.priority);
    const open: Record<string, number> = { P1: 0, P2: 0, P3: 0, P4: 0 };
    let unscreened = 0;
    for (const row of rows) {
      open[row.priority] = Number(row.open);
      unscreened += Number(row.unscreened ?? 0);
    }
    hub.toQueue({ id: r.queueId, provinceId: r.provinceId }, 'counts', { queue: r.queueId, open, unscreened });
  }

  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    hub,
    emailEnabled: Boolean(email),
    webhookEnabled: Boolean(webhook),
    tick,
    async tellUncovered(queueId, by, ranges) {
      const told = await tellUncovered({ db, email: Boolean(email) }, queueId, by, ranges);
      // Sent after the answer: a mail server that is slow or down never holds up saving the list.
      if (told.length) void deliver(Date.now()).catch((err: unknown) => log('alert.coverage_failed', { queueId, code: errorCode(err) }));
      return told;
    },
    afterCommit(reference) {
      void publishSoon(reference)
        .catch(() => undefined)
        .then(() => (timer ? safeTick() : null));
    },
    start() {
      if (timer) return;
      timer = setInterval(() => void safeTick(), config.ALERT_INTERVAL_MS);
      timer.unref?.();
      void safeTick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running.catch(() => undefined);
      email?.close();
    },
  };
}
