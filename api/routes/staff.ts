// The staff console's API (docs/api.md, "Staff"): session, queues, reports, actions, TOTP, audit.
// Every route below the sign-in needs a live session (and CSRF on writes); every read of a report and
// every action is audit-logged with ids only.
import { createRoute } from '@hono/zod-openapi';
import { and, asc, desc, eq, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, queues, reports, staffUsers, STAFF_STATUSES } from '../../db/schema.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { appendAudit } from '../audit/log.ts';
import { capabilitiesOf, queueScope, reportScope } from '../auth/scope.ts';
import { endSession, sameOrigin, staffOf } from '../auth/session.ts';
import { newRecoveryCodes, newTotpSecret, otpauthUrl, qrDataUrl, checkTotp, totpRequired, TOTP_SEAL_CONTEXT } from '../auth/totp.ts';
import { ApiError, requestLocale, validationError } from '../errors.ts';
import { CATEGORIES, LoginInput, PRIORITY_VALUES } from '../schemas.ts';
import { ActionInput, applyAction, assignableStaff } from '../staff/actions.ts';
import { login, markTotpStepUsed } from '../staff/login.ts';
import { findForStaff, overdueReferralsByQueue, overdueReferralsOfReport, queueIdsInScope, staffReportView } from '../staff/view.ts';
import type { Context } from 'hono';
import { getT } from '../../locales/i18n.ts';
import type { Lang } from '../../domain/languages.ts';

const QueueFilter = z.strictObject({
  status: z.enum(['open', 'all', ...STAFF_STATUSES]).default('open'),
  priority: z.enum(PRIORITY_VALUES).optional(),
  category: z.enum(CATEGORIES).optional(),
  assigned: z.enum(['me', 'nobody']).optional(),
  unverified: z.enum(['1', 'true']).optional(),
  cursor: z.string().regex(/^\d{1,6}$/).optional(),
});
const PAGE = 50;
const AuditFilter = z.strictObject({ before: z.string().regex(/^[1-9]\d{0,14}$/).optional() });

// Closed reports are not waiting for anyone, screened or not.
const unscreenedFirst = sql`case when ${reports.screenedAt} is null and ${reports.status} != 'closed' then 0 else 1 end`;

/** Whether a person has confirmed the report's triage, and how long it has waited for one (minutes). */
function screeningOf(r: { screenedAt: number | null; createdAt: number; status: string }, now: number) {
  const unscreened = r.screenedAt === null && r.status !== 'closed';
  return { unscreened, screenedAt: r.screenedAt === null ? null : new Date(r.screenedAt).toISOString(), waitingMinutes: unscreened ? Math.max(0, Math.floor((now - r.createdAt) / 60_000)) : null };
}

async function jsonBody(c: Context): Promise<unknown> {
  return c.req.json().catch(() => null);
}

export function staffRoutes(deps: AppDeps): Router {
  const app = createRouter();
  const { db, sealer } = deps;
  const audit = (entry: Parameters<typeof appendAudit>[1]) => appendAudit(db.$client, entry);
  /** A refused attempt on a report outside the account's scope is answered 404 like a missing one, and logged
   *  under the report's own queue, so the unit that holds it sees who tried. Unknown references are not logged. */
  const refuse = async (user: ReturnType<typeof staffOf>['user'], reference: string, what: string): Promise<never> => {
    const held = await db.select({ queueId: reports.queueId }).from(reports).where(eq(reports.reference, reference)).get();
    if (held) await audit({ staffId: user.id, username: user.username, action: 'access_refused', target: reference, queueId: held.queueId, detail: { what, fromQueue: user.queueId } });
    throw new ApiError(404, 'not_found');
  };

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/staff/session',
      summary: 'Sign in',
      request: { body: { content: { 'application/json': { schema: LoginInput } }, required: true } },
      responses: { 204: { description: 'Signed in; session cookie set' }, 401: { description: 'invalid_credentials' }, 423: { description: 'locked' } },
    }),
  );
  app.post('/api/staff/session', async (c) => {
    // Login CSRF: a page elsewhere could post a text/plain form here and sign the victim into an attacker's
    // account. Only JSON (which a cross-site form cannot send without a preflight) from the site's own origin.
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new ApiError(415, 'unsupported_media_type');
    if (!sameOrigin(c)) throw new ApiError(403, 'forbidden');
    const raw = await jsonBody(c);
    const locale = requestLocale(c);
    const parsed = LoginInput.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, locale);
    await login(deps, c, parsed.data, locale);
    return c.body(null, 204);
  });

  app.delete('/api/staff/session', async (c) => {
    const { user } = staffOf(c);
    await endSession(db, c);
    await audit({ staffId: user.id, username: user.username, action: 'logout' });
    return c.body(null, 204);
  });

  app.get('/api/staff/me', (c) => {
    const { user, csrfToken } = staffOf(c);
    return c.json({
      username: user.username,
      role: user.role,
      queueId: user.queueId,
      provinceId: user.provinceId,
      csrfToken,
      totpEnabled: user.totpEnabled,
      totpRequired: totpRequired(user.role),
      can: capabilitiesOf(user),
      mustChangePassword: user.mustChangePassword,
      recoveryCodesLeft: (JSON.parse(user.recoveryCodes) as string[]).length,
    });
  });

  // TOTP enrolment: a fresh secret (sealed in the database, not yet active), shown as a QR code and as text.
  app.post('/api/staff/totp/enrol', async (c) => {
    const { user } = staffOf(c);
    if (user.totpEnabled) throw new ApiError(403, 'forbidden');
    const secret = newTotpSecret();
    await db.update(staffUsers).set({ totpSecretCt: sealer.seal(secret, TOTP_SEAL_CONTEXT) }).where(eq(staffUsers.id, user.id));
    const url = otpauthUrl(secret, user.username);
    await audit({ staffId: user.id, username: user.username, action: 'totp_enrol_started' });
    return c.json({ secret, otpauthUrl: url, qr: await qrDataUrl(url) });
  });

  app.post('/api/staff/totp/confirm', async (c) => {
    const { user } = staffOf(c);
    const raw = await jsonBody(c);
    const locale = requestLocale(c);
    const parsed = z.strictObject({ code: z.string().min(1).max(16) }).safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, locale);
    if (user.totpEnabled || !user.totpSecretCt) throw new ApiError(403, 'forbidden');
    const step = checkTotp(sealer.open(user.totpSecretCt, TOTP_SEAL_CONTEXT), parsed.data.code);
    if (step === null) throw new ApiError(400, 'validation_failed', { fields: { code: getT(locale, 'api')('field.invalid') } });
    markTotpStepUsed(user.id, step);
    const { codes, hashes } = newRecoveryCodes();
    await db.update(staffUsers).set({ totpEnabled: true, recoveryCodes: JSON.stringify(hashes) }).where(eq(staffUsers.id, user.id));
    await audit({ staffId: user.id, username: user.username, action: 'totp_enabled', queueId: user.queueId });
    return c.json({ recoveryCodes: codes });
  });

  app.get('/api/staff/queues', async (c) => {
    const { user } = staffOf(c);
    const now = Date.now();
    const rows = await db
      .select({
        id: queues.id,
        names: queues.names,
        provinceId: queues.provinceId,
        districtId: queues.districtId,
        priority: reports.priority,
        open: sql<number>`count(${reports.id})`,
        overdue: sql<number>`sum(case when ${reports.dueAt} < ${now} then 1 else 0 end)`,
        unscreened: sql<number>`sum(case when ${reports.screenedAt} is null then 1 else 0 end)`,
      })
      .from(queues)
      .leftJoin(reports, and(eq(reports.queueId, queues.id), ne(reports.status, 'closed')))
      .where(queueScope(user))
      .groupBy(queues.id, reports.priority)
      .orderBy(asc(queues.id));
    type Summary = { id: string; name: Record<Lang, string>; province: string | null; district: string | null; open: Record<string, number>; overdue: number; unscreened: number; referralsOverdue: number };
    const byQueue = new Map<string, Summary>();
    for (const r of rows) {
      const q = byQueue.get(r.id) ?? { id: r.id, name: r.names, province: r.provinceId, district: r.districtId, open: { P1: 0, P2: 0, P3: 0, P4: 0 }, overdue: 0, unscreened: 0, referralsOverdue: 0 };
      if (r.priority) {
        q.open[r.priority] = Number(r.open);
        q.overdue += Number(r.overdue ?? 0);
        q.unscreened += Number(r.unscreened ?? 0);
      }
      byQueue.set(r.id, q);
    }
    // Referrals whose desk has not answered (or not completed) by the deadline of the report's priority.
    for (const r of await overdueReferralsByQueue(db, [...byQueue.keys()], now)) byQueue.get(r.queueId)!.referralsOverdue = r.count;
    // A province's queues: the busiest first, so a provincial officer sees where the work is.
    const list = [...byQueue.values()].sort((a, b) => (user.queueId === a.id ? -1 : user.queueId === b.id ? 1 : 0) || b.open.P1! - a.open.P1! || a.id.localeCompare(b.id));
    return c.json({ queues: list });
  });

  app.get('/api/staff/queues/:queueId/reports', async (c) => {
    const { user } = staffOf(c);
    const queueId = c.req.param('queueId');
    const locale = requestLocale(c);
    const query = c.req.query();
    const parsed = QueueFilter.safeParse(query);
    if (!parsed.success) throw validationError(parsed.error, query, locale);
    const f = parsed.data;
    const visible = await db.select({ id: queues.id }).from(queues).where(and(eq(queues.id, queueId), queueScope(user))).get();
    if (!visible) {
      const exists = await db.select({ id: queues.id }).from(queues).where(eq(queues.id, queueId)).get();
      if (exists) await audit({ staffId: user.id, username: user.username, action: 'access_refused', target: queueId, queueId, detail: { what: 'queue', fromQueue: user.queueId } });
      throw new ApiError(404, 'not_found');
    }
    const where: SQL[] = [eq(reports.queueId, queueId), reportScope(user)];
    if (f.status === 'open') where.push(ne(reports.status, 'closed'));
    else if (f.status !== 'all') where.push(eq(reports.status, f.status));
    if (f.priority) where.push(eq(reports.priority, f.priority));
    if (f.category) where.push(eq(reports.category, f.category));
    if (f.assigned === 'me') where.push(eq(reports.assignedTo, user.id));
    if (f.assigned === 'nobody') where.push(isNull(reports.assignedTo));
    if (f.unverified) where.push(eq(reports.verified, false));
    const offset = Number(f.cursor ?? 0);
    const now = Date.now();
    const rows = await db
      .select({ report: reports, assignee: staffUsers.username, referralsOverdue: overdueReferralsOfReport(now) })
      .from(reports)
      .leftJoin(staffUsers, eq(staffUsers.id, reports.assignedTo))
      .where(and(...where))
      // Unscreened first (no person has confirmed their priority yet), then the most urgent.
      .orderBy(unscreenedFirst, asc(reports.priority), asc(reports.dueAt), asc(reports.id))
      .limit(PAGE + 1)
      .offset(offset);
    await audit({ staffId: user.id, username: user.username, action: 'queue_viewed', target: queueId, queueId, detail: { ...f } });
    return c.json({
      reports: rows.slice(0, PAGE).map(({ report: r, assignee, referralsOverdue }) => ({
        referralsOverdue: Number(referralsOverdue),
        reference: r.reference,
        priority: r.priority,
        category: r.category,
        status: r.status,
        reporterStatus: r.reporterStatus,
        dueAt: new Date(r.dueAt).toISOString(),
        overdue: r.status !== 'closed' && r.dueAt < now,
        createdAt: new Date(r.createdAt).toISOString(),
        verified: r.verified,
        district: r.districtId,
        province: r.provinceId,
        assignedTo: assignee,
        possibleDuplicates: JSON.parse(r.possibleDuplicates) as string[],
        ...screeningOf(r, now),
      })),
      nextCursor: rows.length > PAGE ? String(offset + PAGE) : null,
    });
  });

  app.get('/api/staff/queues/:queueId/staff', async (c) => {
    const { user } = staffOf(c);
    const queueId = c.req.param('queueId');
    const visible = await db.select({ id: queues.id }).from(queues).where(and(eq(queues.id, queueId), queueScope(user))).get();
    if (!visible) throw new ApiError(404, 'not_found');
    return c.json({ staff: await assignableStaff(db, queueId) });
  });

  // Where a report may be transferred: every active queue, grouped by province in the console.
  app.get('/api/staff/transfer-targets', async (c) => {
    const rows = await db.select().from(queues).where(eq(queues.active, true)).orderBy(asc(queues.provinceId), asc(queues.id));
    return c.json({ queues: rows.map((q) => ({ id: q.id, name: q.names, province: q.provinceId, district: q.districtId })) });
  });

  app.get('/api/staff/reports/:reference', async (c) => {
    const { user } = staffOf(c);
    const found = await findForStaff(db, user, c.req.param('reference'));
    if (!found) return refuse(user, c.req.param('reference'), 'view');
    await audit({ staffId: user.id, username: user.username, action: 'report_viewed', target: found.report.reference, queueId: found.report.queueId, detail: { access: found.access } });
    return c.json(await staffReportView(db, sealer, user, found.report, found.access));
  });

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/staff/reports/{reference}/actions',
      summary: 'One action on a report',
      request: { params: z.object({ reference: z.string() }), body: { content: { 'application/json': { schema: ActionInput } }, required: true } },
      responses: { 200: { description: 'The updated report' }, 400: { description: 'validation_failed' }, 403: { description: 'forbidden' }, 404: { description: 'not_found' } },
    }),
  );
  app.post('/api/staff/reports/:reference/actions', async (c) => {
    const { user } = staffOf(c);
    const locale = requestLocale(c);
    const found = await findForStaff(db, user, c.req.param('reference'));
    if (!found || found.access !== 'full') return refuse(user, c.req.param('reference'), 'action');
    const raw = await jsonBody(c);
    const parsed = ActionInput.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, locale);
    const detail = await applyAction({ db, sealer }, user, found.report, parsed.data, locale);
    await audit({ staffId: user.id, username: user.username, action: 'report_action', target: found.report.reference, queueId: found.report.queueId, detail });
    deps.alerts.afterCommit(found.report.reference);
    // After a transfer out of scope the sender gets the restricted view of what it wrote.
    const after = await findForStaff(db, user, found.report.reference);
    return c.json(after ? await staffReportView(db, sealer, user, after.report, after.access) : { reference: found.report.reference, access: 'restricted', notes: [], messages: [] });
  });

  // The audit log of the queues an account oversees: supervisors their CPU, provincial officers their province, admins all.
  app.get('/api/staff/audit', async (c) => {
    const { user } = staffOf(c);
    const query = c.req.query();
    const parsedQuery = AuditFilter.safeParse(query);
    if (!parsedQuery.success) throw validationError(parsedQuery.error, query, requestLocale(c));
    const before = parsedQuery.data.before ? Number(parsedQuery.data.before) : null;
    const scope = user.role === 'admin' && !user.queueId ? null : await queueIdsInScope(db, user);
    const where: SQL[] = [];
    if (scope) where.push(inArray(auditLog.queueId, scope.length ? scope : ['-']));
    if (before) where.push(lt(auditLog.id, before));
    const rows = await db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.id)).limit(100);
    await audit({ staffId: user.id, username: user.username, action: 'audit_viewed', queueId: user.queueId });
    return c.json({
      entries: rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), username: r.username, action: r.action, target: r.target, queueId: r.queueId, detail: JSON.parse(r.detail) })),
      nextBefore: rows.length === 100 ? String(rows[rows.length - 1]!.id) : null,
    });
  });

  // Supervisors' figures for their unit (provincial officers: every unit in the province): is any emergency waiting past its hour?
  app.get('/api/staff/stats', async (c) => {
    const { user } = staffOf(c);
    const now = Date.now();
    const week = now - 7 * 86_400_000;
    const month = now - 30 * 86_400_000;
    const scope = await queueIdsInScope(db, user);
    if (scope.length === 0) return c.json({ queues: [] });
    const rows = await db
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
      .where(inArray(reports.queueId, scope))
      .groupBy(reports.queueId);
    await audit({ staffId: user.id, username: user.username, action: 'stats_viewed', queueId: user.queueId });
    const byQueue = new Map(rows.map((r) => [r.queueId, r]));
    const referralsLate = new Map((await overdueReferralsByQueue(db, scope, now)).map((r) => [r.queueId, r.count]));
    const zero = { open: 0, overdue: 0, p1Waiting: 0, received7: 0, closed7: 0, p1Total: 0, p1OnTime: 0 };
    return c.json({
      queues: scope.map((queueId) => ({ queueId, ...zero, ...byQueue.get(queueId) })).map((r) => ({
        queueId: r.queueId,
        open: Number(r.open),
        overdue: Number(r.overdue),
        p1Waiting: Number(r.p1Waiting),
        received7: Number(r.received7),
        closed7: Number(r.closed7),
        p1OnTimeRate: Number(r.p1Total) ? Number(r.p1OnTime) / Number(r.p1Total) : null,
        referralsOverdue: referralsLate.get(r.queueId) ?? 0,
      })),
    });
  });
  return app;
}
