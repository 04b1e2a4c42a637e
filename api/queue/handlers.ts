import type { RouteHandler } from '@hono/zod-openapi';
import { overdueReferralsByQueue } from '../figures/referrals.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError } from '../kernel/errors.ts';
import { queueIdsInScope } from '../kernel/scope.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { queueEntry, queueFigures, summariseQueues } from './present.ts';
import { activeQueues, assignableStaff, figuresByQueue, openCountsByQueue, PAGE, queueExists, queuePage, queueVisible } from './queries.ts';
import type * as routes from './routes.ts';

export function queueHandlers({ db, config }: AppDeps) {
  const audit = (entry: Parameters<typeof appendAudit>[1]) => appendAudit(db.$client, entry);

  const queues: RouteHandler<typeof routes.queues, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const now = Date.now();
    const rows = await openCountsByQueue(db, user, now);
    const late = await overdueReferralsByQueue(db, [...new Set(rows.map((r) => r.id))], now);
    return c.json({ queues: summariseQueues(rows, late, user.queueId) }, 200);
  };

  const queueReports: RouteHandler<typeof routes.queueReports, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { queueId } = c.req.valid('param');
    const f = c.req.valid('query');
    if (!(await queueVisible(db, user, queueId))) {
      // A queue outside scope answers like a missing one; the unit that holds it sees who tried.
      if (await queueExists(db, queueId))
        await audit({
          staffId: user.id,
          username: user.username,
          action: 'access_refused',
          target: queueId,
          queueId,
          detail: { what: 'queue', fromQueue: user.queueId },
        });
      throw new ApiError(404, 'not_found');
    }
    const offset = Number(f.cursor ?? 0);
    const now = Date.now();
    const rows = await queuePage(db, user, queueId, f, offset, now);
    await audit({ staffId: user.id, username: user.username, action: 'queue_viewed', target: queueId, queueId, detail: { ...f } });
    return c.json(
      {
        reports: rows
          .slice(0, PAGE)
          .map((r) => queueEntry(r.report, r.assignee, r.referralsOverdue, now, config.SCREENING_DEADLINE_MINUTES * 60_000)),
        nextCursor: rows.length > PAGE ? String(offset + PAGE) : null,
      },
      200,
    );
  };

  const queueStaff: RouteHandler<typeof routes.queueStaff, AppEnv> = async (c) => {
    const { queueId } = c.req.valid('param');
    if (!(await queueVisible(db, c.var.staff.user, queueId))) throw new ApiError(404, 'not_found');
    return c.json({ staff: await assignableStaff(db, queueId) }, 200);
  };

  // Grouped by province in the console.
  const transferTargets: RouteHandler<typeof routes.transferTargets, AppEnv> = async (c) => {
    const rows = await activeQueues(db);
    return c.json({ queues: rows.map((q) => ({ id: q.id, name: q.names, province: q.provinceId, district: q.districtId })) }, 200);
  };

  // Supervisors' figures for their unit (provincial officers: every unit in the province).
  const stats: RouteHandler<typeof routes.stats, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const now = Date.now();
    const scope = await queueIdsInScope(db, user);
    if (scope.length === 0) return c.json({ queues: [] }, 200);
    const rows = await figuresByQueue(db, scope, now);
    await audit({ staffId: user.id, username: user.username, action: 'stats_viewed', queueId: user.queueId });
    return c.json({ queues: queueFigures(scope, rows, await overdueReferralsByQueue(db, scope, now)) }, 200);
  };

  return { queues, queueReports, queueStaff, transferTargets, stats };
}
