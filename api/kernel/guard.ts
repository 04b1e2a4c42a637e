// The one staff guard. Every route under /api/staff/ and /api/partner/ passes through it, in this order:
//   1. the route's rule (api/kernel/policy.ts): a public route (the sign-in itself) goes straight on;
//   2. a live session, else 401; on writes, the site's own Origin and the session's CSRF token, else 403;
//   3. the account's gates: a one-time password may only be changed, a role that needs two-factor may only enrol;
//   4. the rule's roles: a role the rule does not let through gets 403 (or 404 on a report's own routes).
// Deny by default: a route with no rule refuses every role. What a rule lets through is then narrowed by the
// query scopes in api/kernel/scope.ts (queues, reports, desks).
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { totpRequired } from '../auth/totp.ts';
import { ApiError } from './errors.ts';
import { allows, type Rule, ruleKey } from './policy.ts';
import { passesCsrf, readSession } from './session.ts';
import type { AppDeps, AppEnv } from './types.ts';

// An account whose role needs two-factor may only enrol until it has.
const ENROLMENT_PATHS = new Set([
  '/api/staff/me',
  '/api/staff/totp/enrol',
  '/api/staff/totp/confirm',
  '/api/staff/session',
  '/api/staff/password',
]);
// An account given a one-time password (created or reset by an admin) may only change it, then enrol.
const PASSWORD_CHANGE_PATHS = new Set(['/api/staff/me', '/api/staff/password', '/api/staff/session']);

export function staffGuard(deps: Pick<AppDeps, 'db' | 'routeRules'>, clock: () => number = () => Date.now()): MiddlewareHandler<AppEnv> {
  return async function guardStaffRoute(c, next) {
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    // The first handler in registration order is the one that answers: the static site's catch-all GET '*'
    // (registered last) also matches every /api path, and only passes them on.
    const handler = matchedRoutes(c).find((r) => r.method === method);
    const rule: Rule | undefined = handler ? deps.routeRules[ruleKey(method, handler.path)] : undefined;
    if (rule && 'public' in rule) return next();

    const session = await readSession(deps.db, c, clock());
    if (!session) throw new ApiError(401, 'unauthorized');
    if (!passesCsrf(c, session)) throw new ApiError(403, 'forbidden');
    c.set('staff', session);

    const { user } = session;
    if (user.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(c.req.path)) throw new ApiError(403, 'forbidden');
    if (totpRequired(user.role) && !user.totpEnabled && !ENROLMENT_PATHS.has(c.req.path)) throw new ApiError(403, 'forbidden');

    // An unknown path under a guarded prefix: past the session check, it answers the JSON 404.
    if (!handler) return next();
    if (!allows(rule, user.role)) {
      if (rule && 'can' in rule && rule.refuse === 404) throw new ApiError(404, 'not_found');
      throw new ApiError(403, 'forbidden');
    }
    return next();
  };
}
