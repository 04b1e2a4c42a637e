// The public feature: liveness and the list of places a report can come from. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { publicHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function publicFeature(deps: AppDeps) {
  const h = publicHandlers(deps);
  return createRouter().openapi(routes.health, h.health).openapi(routes.locations, h.locations);
}
