// The alert service: raises alerts for reports that call for one, climbs the ladder, and delivers the outbox.
// One tick does all three; the worker is a timer that calls tick(), and a committed report or staff action
// nudges an extra tick so the console hears of a P1 within seconds. Nothing here can fail a reporter's request:
// every entry point called from a request handler catches and logs.
import { and, asc, eq, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alertOnDuty, alertOutbox, type OutboxRow, queues, reportAlerts, reportEvents, reports, staffUsers } from '../../db/schema.ts';
import { appendAudit } from '../audit/log.ts';
import type { Config } from '../config.ts';
import type { Sealer } from '../crypto/seal.ts';
import type { Logger } from '../log.ts';
import { type EmailChannel, smtpChannel, type WebhookChannel, webhookChannel } from './channels.ts';
import { createHub, type Hub } from './hub.ts';
import {
  type AlertKind,
  backoffMs,
  dedupeKey,
  dueSteps,
  type Ladder,
  recipientsFor,
  type Shift,
  STEPS,
  type Step,
  triggers,
} from './ladder.ts';
import type { AlertPayload } from './message.ts';

import { ALERT_EMAIL_SEAL } from './seal-context.ts';

const CLAIM_MS = 120_000;
// Reports older than this are not alerted retroactively (e.g. at the first start after this feature is deployed).
const LOOKBACK_MS = 24 * 3_600_000;

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
  steps: { reference: string; step: Step; recipients: number[] }[];
  sent: number;
  failed: number;
}

export interface AlertService {
  hub: Hub;
  emailEnabled: boolean;
  webhookEnabled: boolean;
  tick(now?: number): Promise<TickResult>;
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

/** The statement that marks a report's open alerts taken up; applyAction adds it to every action's batch. */
export function acknowledgeAlerts(db: Db, reportId: number, staffId: number, now: number) {
  return db
    .update(reportAlerts)
    .set({ acknowledgedAt: now, acknowledgedBy: staffId })
    .where(and(eq(reportAlerts.reportId, reportId), isNull(reportAlerts.acknowledgedAt)));
}

/** Strips anything address-like from a delivery error before it is stored or shown to admins. */
export function redactError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const msg = [e.code, e.responseCode, e.message].filter(Boolean).join(' ');
  return msg.replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>').slice(0, 200) || 'error';
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
  const deadlineMs = config.SCREENING_DEADLINE_MINUTES * 60_000;

  async function raise(now: number): Promise<number> {
    const open = ne(reports.status, 'closed');
    const noAlert = (kind: AlertKind) =>
      sql`not exists (select 1 from ${reportAlerts} where ${reportAlerts.reportId} = ${reports.id} and ${reportAlerts.kind} = ${kind})`;
    const columns = {
      id: reports.id,
      priority: reports.priority,
      status: reports.status,
      createdAt: reports.createdAt,
      screenedAt: reports.screenedAt,
    };
    // Two plain queries rather than one OR, so the unscreened one can walk the created_at index.
    const p1 = await db
      .select(columns)
      .from(reports)
      .where(and(eq(reports.priority, 'P1'), open, sql`${reports.updatedAt} >= ${now - LOOKBACK_MS}`, noAlert('p1')))
      .limit(500);
    const waiting = await db
      .select(columns)
      .from(reports)
      .where(
        and(
          sql`${reports.createdAt} between ${now - deadlineMs - LOOKBACK_MS} and ${now - deadlineMs}`,
          isNull(reports.screenedAt),
          ne(reports.priority, 'P1'),
          open,
          noAlert('unscreened'),
        ),
      )
      .limit(500);
    const inserts = [...p1, ...waiting].flatMap((r) =>
      triggers(r, now, deadlineMs).map((kind) =>
        db.insert(reportAlerts).values({ reportId: r.id, kind, raisedAt: now }).onConflictDoNothing(),
      ),
    );
    // One transaction for all of a tick's alerts: one fsync, not one per alert (a burst of P1 reports raises many).
    if (inserts.length === 0) return 0;
    const results = await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
    return results.reduce((n, res) => n + res.rowsAffected, 0);
  }

  async function staffFor(queue: { id: string; provinceId: string | null }) {
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
          and(eq(staffUsers.role, 'provincial'), queue.provinceId ? eq(staffUsers.provinceId, queue.provinceId) : sql`0`),
        ),
      );
    const shifts: Shift[] = (await db.select().from(alertOnDuty).where(eq(alertOnDuty.queueId, queue.id))).map((s) => ({
      staffId: s.staffId,
      days: JSON.parse(s.days) as number[],
      startMinute: s.startMinute,
      endMinute: s.endMinute,
    }));
    return { staff: rows.map((r) => ({ ...r, hasEmail: r.email !== null })), shifts };
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
        ladder,
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
          priority: row.priority,
          reasons: alert.kind === 'unscreened' ? ['unscreened', ...reasonIds] : reasonIds,
          at: new Date(now).toISOString(),
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
          for (const o of outbox) {
            await tx
              .insert(alertOutbox)
              .values({
                dedupeKey: dedupeKey(alert.id, step, o.channel, o.staffId),
                alertId: alert.id,
                step,
                channel: o.channel,
                staffId: o.staffId,
                payload: JSON.stringify(payload),
                nextAttemptAt: now,
              })
              .onConflictDoNothing();
          }
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
          priority: row.priority,
          reasons: payload.reasons,
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

  async function deliverOne(row: OutboxRow, now: number): Promise<'sent' | 'failed' | 'skipped'> {
    const claim = await db
      .update(alertOutbox)
      .set({ claimedUntil: now + CLAIM_MS })
      .where(
        and(
          eq(alertOutbox.id, row.id),
          eq(alertOutbox.status, 'pending'),
          or(isNull(alertOutbox.claimedUntil), lt(alertOutbox.claimedUntil, now)),
        ),
      );
    if (claim.rowsAffected !== 1) return 'skipped';
    const payload = JSON.parse(row.payload) as AlertPayload;
    try {
      if (row.channel === 'webhook') {
        if (!webhook) throw new Error('webhook not configured');
        await webhook.send(payload);
      } else {
        if (!email) throw new Error('e-mail not configured');
        const who =
          row.staffId === null
            ? undefined
            : await db
                .select({ ct: staffUsers.alertEmailCt, disabled: staffUsers.disabled })
                .from(staffUsers)
                .where(eq(staffUsers.id, row.staffId))
                .get();
        if (!who?.ct || who.disabled) {
          // The address was removed (or the account disabled) since the step: nobody to send to.
          await db
            .update(alertOutbox)
            .set({ status: 'dropped', claimedUntil: null, lastError: 'no_address' })
            .where(eq(alertOutbox.id, row.id));
          return 'skipped';
        }
        await email.send(sealer.open(who.ct, ALERT_EMAIL_SEAL), payload);
      }
      await db
        .update(alertOutbox)
        .set({ status: 'sent', sentAt: Date.now(), attempts: row.attempts + 1, claimedUntil: null, lastError: null })
        .where(eq(alertOutbox.id, row.id));
      return 'sent';
    } catch (err) {
      const attempts = row.attempts + 1;
      const lastError = redactError(err);
      await db
        .update(alertOutbox)
        .set({ attempts, nextAttemptAt: now + backoffMs(attempts), claimedUntil: null, lastError })
        .where(eq(alertOutbox.id, row.id));
      log('alert.delivery_failed', { outboxId: row.id, channel: row.channel, attempts });
      return 'failed';
    }
  }

  async function deliver(now: number): Promise<{ sent: number; failed: number }> {
    const due = await db
      .select()
      .from(alertOutbox)
      .where(
        and(
          eq(alertOutbox.status, 'pending'),
          lte(alertOutbox.nextAttemptAt, now),
          or(isNull(alertOutbox.claimedUntil), lt(alertOutbox.claimedUntil, now)),
        ),
      )
      .orderBy(asc(alertOutbox.nextAttemptAt), asc(alertOutbox.id))
      .limit(100);
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      const r = await deliverOne(row, now);
      if (r === 'sent') sent++;
      if (r === 'failed') failed++;
    }
    return { sent, failed };
  }

  let running: Promise<TickResult> | null = null;
  let again = false;
  async function tick(now = Date.now()): Promise<TickResult> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const raised = await raise(now);
      const steps = await escalate(now);
      const { sent, failed } = await deliver(now);
      return { raised, steps, sent, failed };
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
      log('alert.tick_failed', { code: String((err as { code?: unknown }).code ?? (err as Error).name) });
      return null;
    });

  // Counts for the consoles, per queue. A burst of reports becomes one count per queue, not one per report: each
  // count reads the queue's open reports, and done per report it was a quarter of intake's time (bench/RESULTS.md).
  const countsDue = new Set<string>();
  let counting: Promise<void> | null = null;
  function publishSoon(reference: string): Promise<void> {
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
          for (const queue of found) await publishCounts(queue);
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

/** Figures for the dashboard: per priority, minutes from arrival to acknowledgement, and how many alerts escalated. */
export async function alertFigures(db: Db, queueIds: string[], since: number, until = Number.MAX_SAFE_INTEGER) {
  if (!queueIds.length)
    return {
      priorities: [] as {
        priority: string;
        alerts: number;
        acknowledged: number;
        medianAckMinutes: number | null;
        medianAckMs: number | null;
        escalated: number;
      }[],
    };
  const rows = await db
    .select({ priority: reports.priority, createdAt: reports.createdAt, ackAt: reportAlerts.acknowledgedAt, steps: reportAlerts.stepsDone })
    .from(reportAlerts)
    .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
    .where(and(inArray(reports.queueId, queueIds), sql`${reportAlerts.raisedAt} >= ${since}`, sql`${reportAlerts.raisedAt} < ${until}`));
  const by = new Map<string, { waits: number[]; alerts: number; escalated: number }>();
  for (const r of rows) {
    const b = by.get(r.priority) ?? { waits: [], alerts: 0, escalated: 0 };
    b.alerts++;
    if (r.ackAt !== null) b.waits.push(r.ackAt - r.createdAt);
    if (r.steps >= 2) b.escalated++;
    by.set(r.priority, b);
  }
  const median = (xs: number[]) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return {
    priorities: [...by.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([priority, b]) => {
        const m = median(b.waits);
        return {
          priority,
          alerts: b.alerts,
          acknowledged: b.waits.length,
          medianAckMinutes: m === null ? null : Math.round(m / 6000) / 10,
          medianAckMs: m,
          escalated: b.escalated,
        };
      }),
  };
}
