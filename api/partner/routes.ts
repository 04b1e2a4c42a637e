// Referral partners (docs/api.md, "Referral partners"): the desks a CPU refers to, and the partner's own
// list of referrals addressed to its desk. A partner sees the minimum a service needs and never the reporter's
// words, contact or messages; every view and answer is audit-logged under the referring unit's queue.
import { createRoute } from '@hono/zod-openapi';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { referrals, reportEvents, reports } from '../../db/schema.ts';
import { REFERRAL_NEXT, REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { appendAudit } from '../audit/log.ts';
import { staffOf } from '../auth/session.ts';
import { ApiError, requestLocale, validationError } from '../errors.ts';
import { isReferralOverdue, queueIdsInScope, STAFF_SEAL } from '../staff/view.ts';
import { allDesks, deskById } from './desks.ts';

const DeskQuery = z.strictObject({ district: z.string().regex(/^[a-z0-9-]{1,64}$/).optional() });
const ReferralQuery = z.strictObject({ status: z.enum(['open', 'all', ...REFERRAL_STATUSES]).default('open') });
const noteText = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().max(1000));
export const PartnerAnswer = z.strictObject({ status: z.enum(REFERRAL_STATUSES).exclude(['requested']), note: noteText.optional() });

export function partnerRoutes(deps: AppDeps): Router {
  const app = createRouter();
  const { db, sealer } = deps;
  app.openAPIRegistry.registerPath(
    createRoute({ method: 'get', path: '/api/staff/desks', summary: 'Service desks the account may refer to (?district=)', request: { query: DeskQuery }, responses: { 200: { description: '{ desks: [{ id, service, district, name, confirmed }] }' }, 403: { description: 'forbidden' } } }),
  );
  app.openAPIRegistry.registerPath(
    createRoute({ method: 'get', path: '/api/partner/referrals', summary: "Referrals addressed to the partner's desk (never the reporter's words, contact or messages)", request: { query: ReferralQuery }, responses: { 200: { description: '{ desk, referrals }' }, 403: { description: 'forbidden' } } }),
  );
  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/partner/referrals/{referralId}',
      summary: 'Accept, decline (with a reason) or complete a referral; the CPU sees the note in the history',
      request: { params: z.object({ referralId: z.string() }), body: { content: { 'application/json': { schema: PartnerAnswer } }, required: true } },
      responses: { 200: { description: 'The referral' }, 400: { description: 'validation_failed' }, 403: { description: 'forbidden' }, 404: { description: 'not_found (also another desk\'s referral)' } },
    }),
  );

  // The desks this account may refer to: those of the queues in its scope, optionally one district's.
  app.get('/api/staff/desks', async (c) => {
    const { user } = staffOf(c);
    const query = c.req.query();
    const parsed = DeskQuery.safeParse(query);
    if (!parsed.success) throw validationError(parsed.error, query, requestLocale(c));
    const scope = new Set(await queueIdsInScope(db, user));
    const desks = allDesks().filter((d) => scope.has(d.queue) && (!parsed.data.district || d.district === parsed.data.district));
    return c.json({ desks: desks.map((d) => ({ id: d.id, service: d.service, district: d.district, name: d.name, confirmed: d.confirmed })) });
  });

  // The referrals addressed to the partner's desk: reference, service, the child's age band and gender,
  // category, priority, the referring officer's note, status and dates. Nothing the reporter wrote.
  app.get('/api/partner/referrals', async (c) => {
    const { user } = staffOf(c);
    const query = c.req.query();
    const parsed = ReferralQuery.safeParse(query);
    if (!parsed.success) throw validationError(parsed.error, query, requestLocale(c));
    const desk = deskById(user.deskId);
    if (!desk) return c.json({ desk: null, referrals: [] });
    const where: SQL[] = [eq(referrals.deskId, desk.id)];
    if (parsed.data.status === 'open') where.push(inArray(referrals.status, ['requested', 'accepted']));
    else if (parsed.data.status !== 'all') where.push(eq(referrals.status, parsed.data.status));
    const rows = await db
      .select({
        id: referrals.id,
        service: referrals.service,
        status: referrals.status,
        noteCt: referrals.noteCt,
        dueAt: referrals.dueAt,
        createdAt: referrals.createdAt,
        updatedAt: referrals.updatedAt,
        reference: reports.reference,
        category: reports.category,
        priority: reports.priority,
        ageBand: reports.ageBand,
        gender: reports.gender,
        district: reports.districtId,
      })
      .from(referrals)
      .innerJoin(reports, eq(reports.id, referrals.reportId))
      .where(and(...where))
      .orderBy(asc(reports.priority), asc(referrals.dueAt), desc(referrals.id))
      .limit(200);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'referrals_viewed', target: desk.id, queueId: desk.queue, detail: { status: parsed.data.status, count: rows.length, references: rows.map((r) => r.reference) } });
    const now = Date.now();
    return c.json({
      desk: { id: desk.id, service: desk.service, district: desk.district, name: desk.name, confirmed: desk.confirmed },
      referrals: rows.map((r) => ({
        id: String(r.id),
        reference: r.reference,
        service: r.service,
        child: { ageBand: r.ageBand, gender: r.gender },
        category: r.category,
        priority: r.priority,
        district: r.district,
        // The referring officer's note, written for the desk (never the reporter's text).
        note: r.noteCt ? sealer.open(r.noteCt, STAFF_SEAL.referralNote) : null,
        status: r.status,
        dueAt: r.dueAt === null ? null : new Date(r.dueAt).toISOString(),
        overdue: isReferralOverdue(r, now),
        createdAt: new Date(r.createdAt).toISOString(),
        updatedAt: new Date(r.updatedAt).toISOString(),
      })),
    });
  });

  // The desk answers: accepted, declined (with a reason) or completed, with a note the CPU sees in the history.
  app.post('/api/partner/referrals/:referralId', async (c) => {
    const { user } = staffOf(c);
    const locale = requestLocale(c);
    const t = getT(locale, 'api');
    const id = c.req.param('referralId');
    const desk = deskById(user.deskId);
    const row = /^\d{1,12}$/.test(id)
      ? await db.select({ referral: referrals, reportId: reports.id, reference: reports.reference, queueId: reports.queueId }).from(referrals).innerJoin(reports, eq(reports.id, referrals.reportId)).where(eq(referrals.id, Number(id))).get()
      : undefined;
    if (!row || !desk || row.referral.deskId !== desk.id) {
      // Another desk's referral is answered exactly like a missing one, and the attempt is logged for its unit.
      if (row) await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'access_refused', target: row.reference, queueId: row.queueId, detail: { what: 'referral', referralId: id, fromDesk: user.deskId } });
      throw new ApiError(404, 'not_found');
    }
    const raw = await c.req.json().catch(() => null);
    const parsed = PartnerAnswer.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, raw, locale);
    const { status, note } = parsed.data;
    if (!REFERRAL_NEXT[row.referral.status].includes(status)) throw new ApiError(400, 'validation_failed', { fields: { status: t('field.invalidChoice') } });
    if (status === 'declined' && !note) throw new ApiError(400, 'validation_failed', { fields: { note: t('field.required') } });
    const now = Date.now();
    const data: Record<string, unknown> = { referralId: String(row.referral.id), service: row.referral.service, desk: desk.id, from: row.referral.status, to: status, byPartner: true };
    // The note is sealed like other staff reasons; the report's history opens it for the CPU.
    if (note) data.reasonCt = sealer.seal(note, STAFF_SEAL.reason);
    await db.batch([
      db.update(referrals).set({ status, updatedAt: now }).where(eq(referrals.id, row.referral.id)),
      db.insert(reportEvents).values({ reportId: row.reportId, at: now, staffId: user.id, type: 'update_referral', data: JSON.stringify(data) }),
    ]);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'referral_answered', target: row.reference, queueId: row.queueId, detail: { referralId: String(row.referral.id), desk: desk.id, from: row.referral.status, to: status } });
    deps.alerts.afterCommit(row.reference);
    return c.json({ id: String(row.referral.id), reference: row.reference, status, updatedAt: new Date(now).toISOString() });
  });
  return app;
}
