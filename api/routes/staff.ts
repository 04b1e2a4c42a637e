import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { messages, queues, reportEvents, reports, staffUsers } from '../../db/schema.ts';
import type { AppDeps, AppEnv } from '../app.ts';
import { appendAudit } from '../audit/log.ts';
import { dummyHash, verifyPassword } from '../auth/password.ts';
import { queueScope, reportScope } from '../auth/scope.ts';
import { endSession, requireStaff, startSession, staffOf } from '../auth/session.ts';
import { ApiError, requestLocale, validationError } from '../errors.ts';
import { SEAL_CONTEXT } from '../reports/create.ts';
import { LoginInput } from '../schemas.ts';

export function staffRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db, sealer } = deps;

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
    const raw = await c.req.json().catch(() => null);
    const parsed = LoginInput.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, requestLocale(c));
    const user = await db.select().from(staffUsers).where(eq(staffUsers.username, parsed.data.username)).get();
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
    if (!user || !ok || user.disabled) {
      await appendAudit(db.$client, { staffId: user?.id ?? null, username: null, action: 'login_failed' });
      throw new ApiError(401, 'invalid_credentials');
    }
    await startSession(db, c, user.id);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'login', queueId: user.queueId });
    return c.body(null, 204);
  });

  app.use('/api/staff/*', async (c, next) => (c.req.path === '/api/staff/session' && c.req.method === 'POST' ? next() : requireStaff(db)(c, next)));

  app.delete('/api/staff/session', async (c) => {
    const { user } = staffOf(c);
    await endSession(db, c);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'logout' });
    return c.body(null, 204);
  });

  app.get('/api/staff/me', (c) => {
    const { user, csrfToken } = staffOf(c);
    return c.json({ username: user.username, role: user.role, queueId: user.queueId, provinceId: user.provinceId, csrfToken });
  });

  app.get('/api/staff/queues', async (c) => {
    const { user } = staffOf(c);
    const rows = await db
      .select({
        id: queues.id,
        nameEn: queues.nameEn,
        nameUr: queues.nameUr,
        provinceId: queues.provinceId,
        districtId: queues.districtId,
        priority: reports.priority,
        open: sql<number>`count(${reports.id})`,
      })
      .from(queues)
      .leftJoin(reports, and(eq(reports.queueId, queues.id), ne(reports.status, 'closed')))
      .where(queueScope(user))
      .groupBy(queues.id, reports.priority)
      .orderBy(asc(queues.id));
    const byQueue = new Map<string, { id: string; name: { en: string; ur: string }; province: string | null; district: string | null; open: Record<string, number> }>();
    for (const r of rows) {
      const q = byQueue.get(r.id) ?? { id: r.id, name: { en: r.nameEn, ur: r.nameUr }, province: r.provinceId, district: r.districtId, open: { P1: 0, P2: 0, P3: 0, P4: 0 } };
      if (r.priority) q.open[r.priority] = Number(r.open);
      byQueue.set(r.id, q);
    }
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'queues_viewed' });
    return c.json({ queues: [...byQueue.values()] });
  });

  app.get('/api/staff/queues/:queueId/reports', async (c) => {
    const { user } = staffOf(c);
    const queueId = c.req.param('queueId');
    const visible = await db.select({ id: queues.id }).from(queues).where(and(eq(queues.id, queueId), queueScope(user))).get();
    if (!visible) throw new ApiError(404, 'not_found');
    const rows = await db
      .select()
      .from(reports)
      .where(and(eq(reports.queueId, queueId), ne(reports.status, 'closed'), reportScope(user)))
      .orderBy(asc(reports.priority), asc(reports.dueAt))
      .limit(50);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'queue_viewed', target: queueId, queueId });
    const now = Date.now();
    return c.json({
      reports: rows.map((r) => ({
        reference: r.reference,
        priority: r.priority,
        category: r.category,
        status: r.status,
        dueAt: new Date(r.dueAt).toISOString(),
        overdue: r.dueAt < now,
        createdAt: new Date(r.createdAt).toISOString(),
        verified: r.verified,
        district: r.districtId,
        province: r.provinceId,
      })),
      nextCursor: null,
    });
  });

  app.get('/api/staff/reports/:reference', async (c) => {
    const { user } = staffOf(c);
    const reference = c.req.param('reference');
    const r = await db.select().from(reports).where(and(eq(reports.reference, reference), reportScope(user))).get();
    if (!r) throw new ApiError(404, 'not_found');
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'report_viewed', target: r.reference, queueId: r.queueId });
    const [events, thread] = await Promise.all([
      db.select().from(reportEvents).where(eq(reportEvents.reportId, r.id)).orderBy(asc(reportEvents.at)),
      db.select().from(messages).where(eq(messages.reportId, r.id)).orderBy(desc(messages.createdAt)),
    ]);
    const open = (ct: string | null, context: string) => (ct ? sealer.open(ct, context) : null);
    return c.json({
      reference: r.reference,
      priority: r.priority,
      dueAt: new Date(r.dueAt).toISOString(),
      reasons: JSON.parse(r.triageReasons),
      category: r.category,
      reporter: r.reporter,
      immediateDanger: r.immediateDanger,
      child: { ageBand: r.ageBand, gender: r.gender },
      location: { province: r.provinceId, district: r.districtId, details: open(r.detailsCt, SEAL_CONTEXT.details) },
      description: open(r.descriptionCt, SEAL_CONTEXT.description),
      contact: open(r.contactCt, SEAL_CONTEXT.contact),
      locale: r.locale,
      status: r.status,
      reporterStatus: r.reporterStatus,
      queueId: r.queueId,
      verified: r.verified,
      createdAt: new Date(r.createdAt).toISOString(),
      history: events.map((e) => ({ type: e.type, at: new Date(e.at).toISOString(), staffId: e.staffId, data: JSON.parse(e.data) })),
      messages: thread
        .filter((m) => m.sender !== 'note')
        .map((m) => ({ from: m.sender, body: open(m.bodyCt, SEAL_CONTEXT.message), at: new Date(m.createdAt).toISOString() })),
    });
  });
}
