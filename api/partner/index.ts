// The partner feature: a desk's own referrals and answers. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { partnerHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function partnerFeature(deps: AppDeps) {
  const h = partnerHandlers(deps);
  return createRouter().openapi(routes.referrals, h.referrals).openapi(routes.answer, h.answer, h.answerHook);
}
