// The reporter's feature: the form's settings, a report, and the follow-up with the receipt. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import type { AnswerPages } from '../pages.ts';
import type { CommitQueue } from '../report-core/commit-queue.ts';
import { reportHandlers } from './handlers.ts';
import { jsonOrForm, limitBody } from './middleware.ts';
import * as routes from './routes.ts';

export function reportsFeature(deps: AppDeps, commitQueue: CommitQueue, pages?: AnswerPages) {
  const h = reportHandlers({ ...deps, commitQueue }, pages);
  // Before the routes' validators: a body is bounded (a refused form gets its page) and must be JSON or the form.
  const app = createRouter();
  app.use(routes.create.path, limitBody(h.tooLarge('report')), jsonOrForm);
  app.use(routes.lookup.path, limitBody(h.tooLarge('status')), jsonOrForm);
  app.use(routes.message.path, limitBody(h.tooLarge('status')), jsonOrForm);
  return app
    .openapi(routes.config, h.config)
    .openapi(routes.create, h.create, h.createHook)
    .openapi(routes.lookup, h.lookup, h.lookupHook)
    .openapi(routes.message, h.message, h.messageHook);
}
