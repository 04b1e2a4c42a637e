// The queue feature: what a CPU works through. The queues in an account's scope, a queue's page of reports
// (unscreened first), its assignable staff, transfer targets and the supervisors' figures. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { queueHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function queueFeature(deps: AppDeps) {
  const h = queueHandlers(deps);
  return createRouter()
    .openapi(routes.queues, h.queues)
    .openapi(routes.queueReports, h.queueReports)
    .openapi(routes.queueStaff, h.queueStaff)
    .openapi(routes.transferTargets, h.transferTargets)
    .openapi(routes.stats, h.stats);
}
