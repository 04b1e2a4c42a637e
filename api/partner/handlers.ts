// The partner feature's handlers: input comes validated by the route (routes.ts); the SQL is in queries.ts.
// Every view and answer is audit-logged under the referring unit's queue.
import type { Hook, RouteHandler } from '@hono/zod-openapi';
import type { StaffUser } from '../../db/schema.ts';
import { deskById, deskView } from '../../directory/desks.ts';
import { isReferralOverdue } from '../../domain/referrals.ts';
import { REFERRAL_NEXT, SEAL_CONTEXTS } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError, requestLocale } from '../kernel/errors.ts';
import { type AppDeps, type AppEnv, validationHook } from '../kernel/types.ts';
import { recordAnswer, referralsForDesk, referralWithReport } from './queries.ts';
import type * as routes from './routes.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function partnerHandlers({ db, sealer, alerts }: AppDeps) {
  // The referrals addressed to the partner's desk: reference, service, the child's age band and gender,
  // category, priority, the referring officer's note, status and dates. Nothing the reporter wrote.
  const referrals: RouteHandler<typeof routes.referrals, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { status } = c.req.valid('query');
    const desk = deskById(user.deskId);
    if (!desk) return c.json({ desk: null, referrals: [] }, 200);
    const rows = await referralsForDesk(db, desk.id, status);
    const detail = { status, count: rows.length, references: rows.map((r) => r.reference) };
    await appendAudit(db.$client, {
      staffId: user.id,
      username: user.username,
      action: 'referrals_viewed',
      target: desk.id,
      queueId: desk.queue,
      detail,
    });
    const now = Date.now();
    return c.json(
      {
        desk: deskView(desk),
        referrals: rows.map((r) => ({
          id: String(r.id),
          reference: r.reference,
          service: r.service,
          child: { ageBand: r.ageBand, gender: r.gender },
          category: r.category,
          priority: r.priority,
          district: r.district,
          // The referring officer's note, written for the desk (never the reporter's text).
          note: r.noteCt ? sealer.open(r.noteCt, SEAL_CONTEXTS.staff.referralNote) : null,
          status: r.status,
          dueAt: r.dueAt === null ? null : iso(r.dueAt),
          overdue: isReferralOverdue(r, now),
          createdAt: iso(r.createdAt),
          updatedAt: iso(r.updatedAt),
        })),
      },
      200,
    );
  };

  // The referral if it is addressed to this account's desk. Another desk's referral is answered exactly like a
  // missing one, and the attempt is logged for its unit.
  const ownReferral = async (user: StaffUser, id: string) => {
    const desk = deskById(user.deskId);
    const row = /^\d{1,12}$/.test(id) ? await referralWithReport(db, Number(id)) : undefined;
    if (!row || !desk || row.referral.deskId !== desk.id) {
      if (row) {
        const detail = { what: 'referral', referralId: id, fromDesk: user.deskId };
        await appendAudit(db.$client, {
          staffId: user.id,
          username: user.username,
          action: 'access_refused',
          target: row.reference,
          queueId: row.queueId,
          detail,
        });
      }
      throw new ApiError(404, 'not_found');
    }
    return { row, desk };
  };
  // A body that fails validation is judged only after the referral is found to be this desk's (404 first).
  // biome-ignore lint/suspicious/noExplicitAny: a hook sees every input target of the route.
  const answerHook: Hook<any, AppEnv, any, any> = async (result, c) => {
    if (!result.success) await ownReferral(c.var.staff.user, c.req.param('referralId') ?? '');
    return validationHook(result, c);
  };

  // The desk answers: accepted, declined (with a reason) or completed, with a note the CPU sees in the history.
  const answer: RouteHandler<typeof routes.answer, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { row, desk } = await ownReferral(user, c.req.valid('param').referralId);
    const { status, note } = c.req.valid('json');
    const t = getT(requestLocale(c), 'api');
    if (!REFERRAL_NEXT[row.referral.status].includes(status))
      throw new ApiError(400, 'validation_failed', { fields: { status: t('field.invalidChoice') } });
    if (status === 'declined' && !note) throw new ApiError(400, 'validation_failed', { fields: { note: t('field.required') } });
    const now = Date.now();
    const referralId = String(row.referral.id);
    const from = row.referral.status;
    const data: Record<string, unknown> = { referralId, service: row.referral.service, desk: desk.id, from, to: status, byPartner: true };
    // The note is sealed like other staff reasons; the report's history opens it for the CPU.
    if (note) data.reasonCt = sealer.seal(note, SEAL_CONTEXTS.staff.reason);
    await recordAnswer(db, { referralId: row.referral.id, reportId: row.reportId, staffId: user.id, status, data, at: now });
    const detail = { referralId, desk: desk.id, from, to: status };
    await appendAudit(db.$client, {
      staffId: user.id,
      username: user.username,
      action: 'referral_answered',
      target: row.reference,
      queueId: row.queueId,
      detail,
    });
    alerts.afterCommit(row.reference);
    return c.json({ id: referralId, reference: row.reference, status, updatedAt: iso(now) }, 200);
  };

  return { referrals, answerHook, answer };
}
