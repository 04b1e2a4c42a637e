// Alert routes: the console's event stream, the on-duty list, the account's alert e-mail, and what admins see of delivery.
import { createRoute } from '@hono/zod-openapi';
import { and, asc, desc, eq, gt, gte, inArray, isNull, ne } from 'drizzle-orm';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { alertOnDuty, alertOutbox, queues, reportAlerts, reports, staffSessions, staffUsers, type StaffUser } from '../../db/schema.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { appendAudit } from '../audit/log.ts';
import { queueScope } from '../auth/scope.ts';
import { IDLE_TIMEOUT_MS, staffOf } from '../auth/session.ts';
import { roleCan } from '../../domain/vocabulary.ts';
import { ApiError, requestLocale, validationError } from '../errors.ts';
import { queueIdsInScope } from '../staff/view.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';
import { alertFigures } from './service.ts';

const HEARTBEAT_MS = 25_000;
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const toMinute = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
const toTime = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const OnDutyInput = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        username: z.string().min(1).max(64),
        days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
        start: Time,
        end: Time,
      }),
    )
    .max(100),
});
export const AlertEmailInput = z.strictObject({ username: z.string().min(1).max(64).optional(), email: z.union([z.email().max(254), z.literal(''), z.null()]) });

async function jsonBody(c: Context): Promise<unknown> {
  return c.req.json().catch(() => null);
}

/** A queue's on-duty list is kept by its supervisors and by admins. */
function mayKeepList(user: StaffUser, queueId: string): boolean {
  return user.role === 'admin' || (user.role === 'supervisor' && user.queueId === queueId);
}

export function alertRoutes(deps: AppDeps): Router {
  const app = createRouter();
  const { db, sealer, alerts } = deps;
  const doc = (method: 'get' | 'post', path: string, summary: string, responses: Record<number, string>, body?: z.ZodType) =>
    app.openAPIRegistry.registerPath(
      createRoute({
        method,
        path,
        summary,
        ...(body ? { request: { body: { content: { 'application/json': { schema: body as never } }, required: true } } } : {}),
        responses: Object.fromEntries(Object.entries(responses).map(([code, description]) => [code, { description }])),
      }),
    );
  doc('get', '/api/staff/events', 'Server-Sent Events for the account\'s scope: `alert` and `counts` (ids and labels only)', { 200: 'text/event-stream' });
  doc('get', '/api/staff/queues/{queueId}/on-duty', 'The queue\'s on-duty list (Pakistan time)', { 200: 'The list', 404: 'not_found' });
  doc('post', '/api/staff/queues/{queueId}/on-duty', 'Replace the on-duty list (its supervisor or an admin)', { 200: 'Saved', 400: 'validation_failed', 403: 'forbidden' }, OnDutyInput);
  doc('get', '/api/staff/alert-email', 'The account\'s alert e-mail (admins: ?username=)', { 200: '{ username, email }', 403: 'forbidden' });
  doc('post', '/api/staff/alert-email', 'Set or remove an alert e-mail', { 200: '{ username, email }', 400: 'validation_failed', 403: 'forbidden' }, AlertEmailInput);
  doc('get', '/api/staff/alerts/outbox', 'Alert deliveries pending or failing (admins)', { 200: 'The outbox', 403: 'forbidden' });
  doc('get', '/api/staff/alerts/figures', 'Alerts per priority over 30 days: time to acknowledgement, escalations', { 200: 'Figures', 403: 'forbidden' });

  // Server-Sent Events for the signed-in account's scope: `alert` and `counts`, ids and labels only.
  app.get('/api/staff/events', async (c) => {
    const { user, idHash } = staffOf(c);
    const scope = await queueIdsInScope(db, user);
    // The stream ends with its session (sign-out, expiry, a disabled account), checked without counting as activity.
    const sessionLive = async () => {
      const now = Date.now();
      const row = await db
        .select({ id: staffSessions.idHash, disabled: staffUsers.disabled })
        .from(staffSessions)
        .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
        .where(and(eq(staffSessions.idHash, idHash), gt(staffSessions.expiresAt, now), gt(staffSessions.lastSeenAt, now - IDLE_TIMEOUT_MS)))
        .get();
      return Boolean(row && !row.disabled);
    };
    // Alerts still waiting when the console opens: the banner shows them at once.
    const waiting = scope.length
      ? await db
          .select({ reference: reports.reference, queue: reports.queueId, priority: reports.priority, reasons: reports.triageReasons, kind: reportAlerts.kind, raisedAt: reportAlerts.raisedAt, steps: reportAlerts.stepsDone })
          .from(reportAlerts)
          .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
          .where(and(inArray(reports.queueId, scope), isNull(reportAlerts.acknowledgedAt), ne(reports.status, 'closed'), gte(reportAlerts.raisedAt, Date.now() - 24 * 3_600_000)))
          .orderBy(asc(reportAlerts.raisedAt))
          .limit(20)
      : [];
    return streamSSE(c, async (stream) => {
      let open = true;
      const send = (event: string, data: unknown) => {
        if (open) void stream.writeSSE({ event, data: JSON.stringify(data) }).catch(() => (open = false));
      };
      const remove = alerts.hub.add({ staffId: user.id, role: user.role, queueId: user.queueId, provinceId: user.provinceId, send });
      stream.onAbort(() => {
        open = false;
        remove();
      });
      for (const w of waiting) {
        const ids = (JSON.parse(w.reasons) as { id: string }[]).map((r) => r.id);
        send('alert', { reference: w.reference, queue: w.queue, priority: w.priority, reasons: w.kind === 'unscreened' ? ['unscreened', ...ids] : ids, step: w.steps >= 3 ? 'provincial' : w.steps === 2 ? 'supervisor' : 'on_duty', at: new Date(w.raisedAt).toISOString() });
      }
      while (open) {
        await stream.sleep(HEARTBEAT_MS);
        if (open && !(await sessionLive().catch(() => true))) open = false;
        if (open) await stream.write(': ping\n\n').catch(() => (open = false));
      }
      remove();
    });
  });

  app.get('/api/staff/queues/:queueId/on-duty', async (c) => {
    const { user } = staffOf(c);
    const queueId = c.req.param('queueId');
    const visible = user.role === 'admin' ? await db.select().from(queues).where(eq(queues.id, queueId)).get() : await db.select().from(queues).where(and(eq(queues.id, queueId), queueScope(user))).get();
    if (!visible) throw new ApiError(404, 'not_found');
    const rows = await db
      .select({ username: staffUsers.username, days: alertOnDuty.days, start: alertOnDuty.startMinute, end: alertOnDuty.endMinute })
      .from(alertOnDuty)
      .innerJoin(staffUsers, eq(staffUsers.id, alertOnDuty.staffId))
      .where(eq(alertOnDuty.queueId, queueId))
      .orderBy(asc(alertOnDuty.id));
    const staff = await db
      .select({ username: staffUsers.username, role: staffUsers.role, email: staffUsers.alertEmailCt })
      .from(staffUsers)
      .where(and(eq(staffUsers.queueId, queueId), eq(staffUsers.disabled, false), inArray(staffUsers.role, ['officer', 'supervisor'])))
      .orderBy(asc(staffUsers.username));
    return c.json({
      queueId,
      canEdit: mayKeepList(user, queueId),
      entries: rows.map((r) => ({ username: r.username, days: JSON.parse(r.days) as number[], start: toTime(r.start), end: toTime(r.end) })),
      // Whether each person can be e-mailed, never the address itself.
      staff: staff.map((s) => ({ username: s.username, role: s.role, hasAlertEmail: s.email !== null })),
    });
  });

  app.post('/api/staff/queues/:queueId/on-duty', async (c) => {
    const { user } = staffOf(c);
    const locale = requestLocale(c);
    const queueId = c.req.param('queueId');
    // Who may keep a list at all is api/auth/policy.ts; which list is this account's is scope (404 otherwise).
    if (!mayKeepList(user, queueId)) throw new ApiError(404, 'not_found');
    if (!(await db.select().from(queues).where(eq(queues.id, queueId)).get())) throw new ApiError(404, 'not_found');
    const raw = await jsonBody(c);
    const parsed = OnDutyInput.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, locale);
    const names = [...new Set(parsed.data.entries.map((e) => e.username))];
    const members = names.length
      ? await db
          .select({ id: staffUsers.id, username: staffUsers.username })
          .from(staffUsers)
          .where(and(inArray(staffUsers.username, names), eq(staffUsers.queueId, queueId), eq(staffUsers.disabled, false), inArray(staffUsers.role, ['officer', 'supervisor'])))
      : [];
    const idOf = new Map(members.map((m) => [m.username, m.id]));
    const missing = parsed.data.entries.findIndex((e) => !idOf.has(e.username));
    if (missing >= 0) throw validationError(new z.ZodError([{ code: 'custom', path: ['entries', missing, 'username'], message: 'not in this queue', input: raw }]), raw, locale);
    await db.batch([
      db.delete(alertOnDuty).where(eq(alertOnDuty.queueId, queueId)),
      ...parsed.data.entries.map((e) =>
        db.insert(alertOnDuty).values({ queueId, staffId: idOf.get(e.username)!, days: JSON.stringify([...new Set(e.days)].sort()), startMinute: toMinute(e.start), endMinute: toMinute(e.end) }),
      ),
    ]);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'on_duty_changed', target: queueId, queueId, detail: { entries: parsed.data.entries.length, accounts: names } });
    return c.json({ ok: true });
  });

  // The account's own alert e-mail; admins may read and set anyone's (?username= / "username").
  const target = async (user: StaffUser, username: string | undefined) => {
    if (!username || username === user.username) return user;
    if (!roleCan(user.role, 'manageAccounts')) throw new ApiError(403, 'forbidden');
    const u = await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
    if (!u) throw new ApiError(404, 'not_found');
    return u;
  };
  app.get('/api/staff/alert-email', async (c) => {
    const { user } = staffOf(c);
    const u = await target(user, c.req.query('username'));
    return c.json({ username: u.username, email: u.alertEmailCt ? sealer.open(u.alertEmailCt, ALERT_EMAIL_SEAL) : null });
  });
  app.post('/api/staff/alert-email', async (c) => {
    const { user } = staffOf(c);
    const raw = await jsonBody(c);
    const parsed = AlertEmailInput.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, requestLocale(c));
    const u = await target(user, parsed.data.username);
    const email = parsed.data.email ? parsed.data.email.trim() : null;
    await db.update(staffUsers).set({ alertEmailCt: email ? sealer.seal(email, ALERT_EMAIL_SEAL) : null }).where(eq(staffUsers.id, u.id));
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: email ? 'alert_email_set' : 'alert_email_removed', target: u.username, queueId: u.queueId });
    return c.json({ username: u.username, email });
  });

  // Deliveries waiting or failing, for admins (ids, channel, attempts and a redacted error; never an address).
  app.get('/api/staff/alerts/outbox', async (c) => {
    const { user } = staffOf(c);
    const rows = await db
      .select({ id: alertOutbox.id, step: alertOutbox.step, channel: alertOutbox.channel, attempts: alertOutbox.attempts, lastError: alertOutbox.lastError, nextAttemptAt: alertOutbox.nextAttemptAt, createdAt: alertOutbox.createdAt, reference: reports.reference, queueId: reports.queueId, username: staffUsers.username })
      .from(alertOutbox)
      .innerJoin(reportAlerts, eq(reportAlerts.id, alertOutbox.alertId))
      .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
      .leftJoin(staffUsers, eq(staffUsers.id, alertOutbox.staffId))
      .where(eq(alertOutbox.status, 'pending'))
      .orderBy(desc(alertOutbox.attempts), asc(alertOutbox.id))
      .limit(100);
    const failing = rows.filter((r) => r.attempts > 0);
    return c.json({
      emailEnabled: alerts.emailEnabled,
      webhookEnabled: alerts.webhookEnabled,
      pending: rows.length,
      failing: failing.map((r) => ({ ...r, nextAttemptAt: new Date(r.nextAttemptAt).toISOString(), createdAt: new Date(r.createdAt).toISOString() })),
    });
  });

  // Measured: per priority, time from arrival to acknowledgement and how many alerts escalated (last 30 days).
  app.get('/api/staff/alerts/figures', async (c) => {
    const { user } = staffOf(c);
    const scope = await queueIdsInScope(db, user);
    return c.json(await alertFigures(db, scope, Date.now() - 30 * 86_400_000));
  });
  return app;
}
