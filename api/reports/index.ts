// The reporter's feature: the form's settings, a report, and the follow-up with the receipt. Mounted by app.ts.
import { type AppDeps, createRouter, type Router } from '../kernel/types.ts';
import type { CommitQueue } from './commit-queue.ts';
import { reportHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function reportsFeature(deps: AppDeps, commitQueue: CommitQueue): Router {
  const h = reportHandlers({ ...deps, commitQueue });
  return createRouter()
    .openapi(routes.config, h.config)
    .openapi(routes.create, h.create, h.createHook)
    .openapi(routes.lookup, h.lookup, h.lookupHook)
    .openapi(routes.message, h.message, h.messageHook);
}
