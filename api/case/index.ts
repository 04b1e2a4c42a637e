// The case feature: a report as CPU staff work it. Its view (every read audit-logged) and one action per request.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { caseHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function caseFeature(deps: AppDeps) {
  const h = caseHandlers(deps);
  return createRouter().openapi(routes.view, h.view).openapi(routes.act, h.act, h.actHook);
}
