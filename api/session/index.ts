// The session feature: sign-in and out, the signed-in account (GET /api/staff/me) and two-factor enrolment.
// Sign-in is the one public staff route (api/kernel/policy.ts); the rest pass the staff guard first.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { sessionHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function sessionFeature(deps: AppDeps) {
  const h = sessionHandlers(deps);
  return createRouter()
    .openapi(routes.signIn, h.signIn)
    .openapi(routes.signOut, h.signOut)
    .openapi(routes.me, h.me)
    .openapi(routes.totpEnrol, h.totpEnrol)
    .openapi(routes.totpConfirm, h.totpConfirm);
}
