import type { RouteHandler } from '@hono/zod-openapi';
import { dashboard } from '../figures/aggregates.ts';
import { alertFigures } from '../figures/alerts.ts';
import { dashboardFilter } from '../figures/filter.ts';
import { overdueReferralsByQueue } from '../figures/referrals.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { requestLocale } from '../kernel/errors.ts';
import { queueIdsInScope } from '../kernel/scope.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { byChannel, caseFigures, medianToPlan } from './cases.ts';
import { scopeName } from './queries.ts';
import type * as routes from './routes.ts';

export function dashboardHandlers({ db, config }: AppDeps) {
  const figures: RouteHandler<typeof routes.dashboard, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { scope, range, rollups } = dashboardFilter(user, c.req.valid('query'), requestLocale(c));
    const now = Date.now();
    const figures = await dashboard(db, scope, range, now, config.SCREENING_DEADLINE_MINUTES * 60_000, rollups);
    // Alerts raised in the range: per priority, time from arrival to acknowledgement and how many escalated (api/alerts).
    const queueIds = await queueIdsInScope(db, user);
    const alerts = (await alertFigures(db, queueIds, range.from, range.to)).priorities;
    // Referrals waiting on a desk past the report's priority deadline, now (not bound to the date range).
    const referralsOverdue = (await overdueReferralsByQueue(db, queueIds, now)).reduce((n, r) => n + r.count, 0);
    // Every channel, and the case after intake: cases per stage and overdue steps now, time to plan over the range.
    const [channels, cases, toPlan] = await Promise.all([
      byChannel(db, scope, range, figures.total),
      caseFigures(db, scope, now),
      medianToPlan(db, scope, range),
    ]);
    await appendAudit(db.$client, {
      staffId: user.id,
      username: user.username,
      action: 'dashboard_viewed',
      queueId: user.queueId,
      detail: { from: range.fromDay, to: range.toDay },
    });
    return c.json(
      { scope: await scopeName(db, user), ...figures, alerts, referralsOverdue, byChannel: channels, cases: { ...cases, toPlan } },
      200,
    );
  };
  return { figures };
}
