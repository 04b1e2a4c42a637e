// Deny by default: every staff and partner route names who may call it beside its path (staffRoute). The staff
// guard (api/kernel/guard.ts) looks the matched route up in the table rulesOf reads off the mounted routes; a route
// with no rule refuses everyone (api/kernel/policy.test.ts walks the router and fails on a route without a rule).
// What a rule lets through is then narrowed by the query scopes in api/kernel/scope.ts (queues, reports, desks).
import { createRoute, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { type Capability, ROLES, type Role, roleCan } from '../../domain/vocabulary.ts';

export type Rule =
  // No account needed (the sign-in itself).
  | { readonly public: true }
  // Any signed-in account: its own session, password and second factor.
  | { readonly signedIn: true }
  // Accounts whose role has this capability (domain/vocabulary.ts ROLE_CAPABILITIES).
  | { readonly can: Capability; readonly refuse?: 404 };

export const PUBLIC: Rule = { public: true };
export const SIGNED_IN: Rule = { signedIn: true };
export const can = (capability: Capability): Rule => ({ can: capability });
// A report's own routes answer a refused role 404, exactly like a reference that does not exist (contract).
export const canSeeReports: Rule = { can: 'workReports', refuse: 404 };

/**
 * A staff or partner route: createRoute with its access rule beside its path. The rule also goes into the OpenAPI
 * document as `x-rule`, which is where rulesOf reads the policy table from once the routes are mounted.
 */
export function staffRoute<P extends string, R extends Omit<RouteConfig, 'path'> & { path: P; rule: Rule }>(config: R) {
  const { rule, ...route } = config;
  if (!isGuarded(route.path)) throw new Error(`staffRoute ${route.path} is outside ${GUARDED_PREFIXES.join(', ')}`);
  return createRoute({ ...route, 'x-rule': rule } as Omit<R, 'rule'> & { path: P });
}

/** The policy table, `METHOD /path/:param` → rule, read off the routes an app has mounted (OpenAPI registry). */
export function rulesOf(app: Pick<OpenAPIHono, 'openAPIRegistry'>): Readonly<Record<string, Rule>> {
  const table: Record<string, Rule> = {};
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue;
    const rule = (def.route as { 'x-rule'?: Rule })['x-rule'];
    if (rule) table[ruleKey(def.route.method, def.route.path.replace(/\{(\w+)\}/g, ':$1'))] = rule;
  }
  return table;
}

/** The prefixes this layer guards: every route under them needs a rule. */
export const GUARDED_PREFIXES = ['/api/staff/', '/api/partner/'] as const;
export const isGuarded = (path: string) => GUARDED_PREFIXES.some((p) => path.startsWith(p));

export const ruleKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** Whether a role passes a rule (pure; the matrix test and the console's `can` agree with it). */
export function allows(rule: Rule | undefined, role: Role): boolean {
  if (!rule) return false;
  if ('public' in rule || 'signedIn' in rule) return true;
  return roleCan(role, rule.can);
}

/** The roles a rule lets through. */
export const rolesAllowed = (rule: Rule | undefined): Role[] => ROLES.filter((r) => allows(rule, r));
