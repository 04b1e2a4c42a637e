// The accounts feature: admins manage staff and partner accounts; every account changes its own password.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { accountHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function accountsFeature(deps: AppDeps) {
  const h = accountHandlers(deps);
  return createRouter()
    .openapi(routes.list, h.list)
    .openapi(routes.options, h.options)
    .openapi(routes.create, h.create)
    .openapi(routes.changeScope, h.changeScope)
    .openapi(routes.disable, h.disable)
    .openapi(routes.enable, h.enable)
    .openapi(routes.resetPassword, h.resetPassword)
    .openapi(routes.resetTwoFactor, h.resetTwoFactor)
    .openapi(routes.changePassword, h.changePassword);
}
