// The dashboard feature: figures for a unit or a province over a range of days. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { dashboardHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function dashboardFeature(deps: AppDeps) {
  const h = dashboardHandlers(deps);
  return createRouter().openapi(routes.dashboard, h.figures);
}
