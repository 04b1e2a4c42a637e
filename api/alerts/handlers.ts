// The alerts feature's handlers: input comes validated by the route (routes.ts); the SQL is in queries.ts.
import type { Hook, RouteHandler } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { StaffUser } from '../../db/schema.ts';
import { uncoveredRanges } from '../../domain/on-duty-cover.ts';
import { roleCan } from '../../domain/vocabulary.ts';
import { alertFigures } from '../figures/alerts.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError, requestLocale, validationError } from '../kernel/errors.ts';
import { queueIdsInScope } from '../kernel/scope.ts';
import { type AppDeps, type AppEnv, validationHook } from '../kernel/types.ts';
import { errorCode } from '../log.ts';
import { mayKeepList, shiftDays, toMinute, toTime, waitingAlertEvent } from './on-duty.ts';
import {
  accountByUsername,
  onDutyCandidates,
  onDutyMembers,
  onDutyShifts,
  pendingDeliveries,
  queueExists,
  queueVisibleTo,
  replaceOnDuty,
  sessionLive,
  setAlertEmail,
  waitingAlerts,
} from './queries.ts';
import type * as routes from './routes.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';
import type { AlertService } from './service.ts';

// A comment line this often keeps proxies from closing an idle stream, and checks the session is still live.
const HEARTBEAT_MS = 25_000;
const FIGURES_DAYS = 30;

export function alertsHandlers({ db, sealer, log, alerts }: AppDeps & { alerts: AlertService }) {
  // Server-Sent Events for the signed-in account's scope: `alert` and `counts`, ids and labels only.
  const events: RouteHandler<typeof routes.events, AppEnv> = async (c) => {
    const { user, idHash } = c.var.staff;
    // Alerts still waiting when the console opens: the banner shows them at once.
    const waiting = await waitingAlerts(db, await queueIdsInScope(db, user), Date.now());
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
      for (const w of waiting) send('alert', waitingAlertEvent(w));
      while (open) {
        await stream.sleep(HEARTBEAT_MS);
        // The stream ends with its session (sign-out, expiry, a disabled account); a database hiccup does not end it.
        if (open && !(await sessionLive(db, idHash, Date.now()).catch(() => true))) open = false;
        if (open) await stream.write(': ping\n\n').catch(() => (open = false));
      }
      remove();
    });
  };

  const onDuty: RouteHandler<typeof routes.onDuty, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { queueId } = c.req.valid('param');
    if (!(await queueVisibleTo(db, user, queueId))) throw new ApiError(404, 'not_found');
    const [shifts, staff] = await Promise.all([onDutyShifts(db, queueId), onDutyCandidates(db, queueId)]);
    // Only an active account on the list covers its hours (the ladder skips a disabled one).
    const uncovered = uncoveredRanges(
      shifts.filter((s) => !s.disabled).map((s) => ({ days: JSON.parse(s.days) as number[], startMinute: s.start, endMinute: s.end })),
    );
    return c.json(
      {
        queueId,
        canEdit: mayKeepList(user, queueId),
        entries: shifts.map((s) => ({
          username: s.username,
          days: JSON.parse(s.days) as number[],
          start: toTime(s.start),
          end: toTime(s.end),
        })),
        // Whether each person can be e-mailed, never the address itself.
        staff: staff.map((s) => ({ username: s.username, role: s.role, hasAlertEmail: s.emailCt !== null })),
        uncovered,
      },
      200,
    );
  };

  // Who may keep a list at all is api/kernel/policy.ts; which list is this account's is scope: another queue's
  // list, or one that does not exist, answers 404 whatever the body.
  const assertKeeps = async (user: StaffUser, queueId: string) => {
    if (!mayKeepList(user, queueId) || !(await queueExists(db, queueId))) throw new ApiError(404, 'not_found');
  };
  // biome-ignore lint/suspicious/noExplicitAny: a hook sees every input target of the route.
  const saveOnDutyHook: Hook<any, AppEnv, any, any> = async (result, c) => {
    if (!result.success) await assertKeeps(c.var.staff.user, c.req.param('queueId') ?? '');
    return validationHook(result, c);
  };

  const saveOnDuty: RouteHandler<typeof routes.saveOnDuty, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { queueId } = c.req.valid('param');
    await assertKeeps(user, queueId);
    const input = c.req.valid('json');
    const names = [...new Set(input.entries.map((e) => e.username))];
    const idOf = await onDutyMembers(db, queueId, names);
    const missing = input.entries.findIndex((e) => !idOf.has(e.username));
    if (missing >= 0) {
      const issue = { code: 'custom' as const, path: ['entries', missing, 'username'], message: 'not in this queue', input };
      throw validationError(new z.ZodError([issue]), input, requestLocale(c));
    }
    const shifts = input.entries.map((e) => ({
      staffId: idOf.get(e.username)!,
      days: shiftDays(e.days),
      startMinute: toMinute(e.start),
      endMinute: toMinute(e.end),
    }));
    await replaceOnDuty(db, queueId, shifts);
    await appendAudit(db.$client, {
      staffId: user.id,
      username: user.username,
      action: 'on_duty_changed',
      target: queueId,
      queueId,
      detail: { entries: input.entries.length, accounts: names },
    });
    // Every account on the list is active (onDutyMembers), so every shift covers its hours.
    const uncovered = uncoveredRanges(shifts.map((s) => ({ ...s, days: JSON.parse(s.days) as number[] })));
    // The list is saved whatever happens to the notice: a failure to tell is logged, not answered as an error.
    const told = await alerts
      .tellUncovered(queueId, user, uncovered)
      .then((r) => r.length)
      .catch((err: unknown) => {
        log('alert.coverage_failed', { queueId, code: errorCode(err) });
        return 0;
      });
    return c.json({ ok: true as const, uncovered, told }, 200);
  };

  // The account's own alert e-mail; admins may read and set anyone's (?username= / "username").
  const accountFor = async (user: StaffUser, username: string | undefined): Promise<StaffUser> => {
    if (!username || username === user.username) return user;
    if (!roleCan(user.role, 'manageAccounts')) throw new ApiError(403, 'forbidden');
    const account = await accountByUsername(db, username);
    if (!account) throw new ApiError(404, 'not_found');
    return account;
  };

  const alertEmail: RouteHandler<typeof routes.alertEmail, AppEnv> = async (c) => {
    const u = await accountFor(c.var.staff.user, c.req.valid('query').username);
    return c.json({ username: u.username, email: u.alertEmailCt ? sealer.open(u.alertEmailCt, ALERT_EMAIL_SEAL) : null }, 200);
  };

  const saveAlertEmail: RouteHandler<typeof routes.saveAlertEmail, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const input = c.req.valid('json');
    const u = await accountFor(user, input.username);
    const email = input.email ? input.email.trim() : null;
    await setAlertEmail(db, u.id, email ? sealer.seal(email, ALERT_EMAIL_SEAL) : null);
    const action = email ? 'alert_email_set' : 'alert_email_removed';
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action, target: u.username, queueId: u.queueId });
    return c.json({ username: u.username, email }, 200);
  };

  // Deliveries waiting or failing, for admins (ids, channel, attempts and a redacted error; never an address).
  const outbox: RouteHandler<typeof routes.outbox, AppEnv> = async (c) => {
    const rows = await pendingDeliveries(db);
    const failing = rows.filter((r) => r.attempts > 0);
    return c.json(
      {
        emailEnabled: alerts.emailEnabled,
        webhookEnabled: alerts.webhookEnabled,
        pending: rows.length,
        failing: failing.map((r) => ({
          ...r,
          nextAttemptAt: new Date(r.nextAttemptAt).toISOString(),
          createdAt: new Date(r.createdAt).toISOString(),
        })),
      },
      200,
    );
  };

  // Measured: per priority, time from arrival to acknowledgement and how many alerts escalated.
  const figures: RouteHandler<typeof routes.figures, AppEnv> = async (c) => {
    const scope = await queueIdsInScope(db, c.var.staff.user);
    return c.json(await alertFigures(db, scope, Date.now() - FIGURES_DAYS * 86_400_000), 200);
  };

  return { events, onDuty, saveOnDutyHook, saveOnDuty, alertEmail, saveAlertEmail, outbox, figures };
}
