import type { RouteHandler } from '@hono/zod-openapi';
import type { Report, StaffUser } from '../../db/schema.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError, requestLocale } from '../kernel/errors.ts';
import { queueIdsInScope } from '../kernel/scope.ts';
import { type AppDeps, type AppEnv, validationHook } from '../kernel/types.ts';
import { applyAction } from './actions.ts';
import { type Access, caseRecords, findForStaff, queueHolding } from './queries.ts';
import type * as routes from './routes.ts';
import { caseView } from './view.ts';

export function caseHandlers(deps: AppDeps) {
  const { db, sealer } = deps;
  const audit = (entry: Parameters<typeof appendAudit>[1]) => appendAudit(db.$client, entry);

  /** A refused attempt on a report outside the account's scope is answered 404 like a missing one, and logged
   *  under the report's own queue, so the unit that holds it sees who tried. Unknown references are not logged. */
  const refuse = async (user: StaffUser, reference: string, what: 'view' | 'action'): Promise<never> => {
    const queueId = await queueHolding(db, reference);
    if (queueId)
      await audit({
        staffId: user.id,
        username: user.username,
        action: 'access_refused',
        target: reference,
        queueId,
        detail: { what, fromQueue: user.queueId },
      });
    throw new ApiError(404, 'not_found');
  };

  const viewOf = async (user: StaffUser, report: Report, access: Access) => {
    const scope = access === 'restricted' ? await queueIdsInScope(db, user) : null;
    return caseView(
      sealer,
      report,
      access,
      await caseRecords(db, report),
      scope,
      Date.now(),
      deps.config.SCREENING_DEADLINE_MINUTES * 60_000,
    );
  };

  const view: RouteHandler<typeof routes.view, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { reference } = c.req.valid('param');
    const found = await findForStaff(db, user, reference);
    if (!found) return refuse(user, reference, 'view');
    await audit({
      staffId: user.id,
      username: user.username,
      action: 'report_viewed',
      target: found.report.reference,
      queueId: found.report.queueId,
      detail: { access: found.access },
    });
    return c.json(await viewOf(user, found.report, found.access), 200);
  };

  const act: RouteHandler<typeof routes.act, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { reference } = c.req.valid('param');
    const found = await findForStaff(db, user, reference);
    if (found?.access !== 'full') return refuse(user, reference, 'action');
    const detail = await applyAction({ db, sealer }, user, found.report, c.req.valid('json'), requestLocale(c));
    await audit({
      staffId: user.id,
      username: user.username,
      action: 'report_action',
      target: found.report.reference,
      queueId: found.report.queueId,
      detail,
    });
    deps.alerts.afterCommit(found.report.reference);
    // After a transfer out of scope the sender gets the restricted view of what it wrote.
    const after = await findForStaff(db, user, found.report.reference);
    return c.json(
      after
        ? await viewOf(user, after.report, after.access)
        : { reference: found.report.reference, access: 'restricted' as const, notes: [], messages: [] },
      200,
    );
  };

  /**
   * A malformed action on a report the account may not work is refused (404, logged) before its body is judged, as
   * for a well-formed one: whether a body is valid never tells an outsider anything, and every attempt is logged.
   */
  const actHook: typeof validationHook = async (result, c) => {
    if (result.success) return;
    const { user } = c.var.staff;
    const reference = c.req.param('reference') ?? '';
    const found = await findForStaff(db, user, reference);
    if (found?.access !== 'full') await refuse(user, reference, 'action');
    return validationHook(result, c);
  };

  return { view, act, actHook };
}
