// Staff intake: every channel into the same queues (a call, a walk-in, a referral from the police, a school, a
// health facility, a court or a community committee), and the receipt relayed for callers. Mounted by app.ts.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { intakeHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function intakeFeature(deps: AppDeps) {
  const h = intakeHandlers(deps);
  return createRouter().openapi(routes.intake, h.intake).openapi(routes.lookup, h.lookup).openapi(routes.relay, h.relay);
}
