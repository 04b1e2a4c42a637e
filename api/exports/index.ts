// The exports feature: the dashboard's range as CSV files. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { exportHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function exportsFeature(deps: AppDeps) {
  const h = exportHandlers(deps);
  return createRouter().openapi(routes.reportsCsv, h.reports).openapi(routes.aggregatesCsv, h.aggregates);
}
