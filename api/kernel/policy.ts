// Deny by default: every staff and partner route names who may call it, here and only here. The staff guard
// (api/kernel/guard.ts) looks the matched route up in ROUTE_RULES; a route with no rule refuses everyone, so a new route
// cannot ship open by accident (api/kernel/policy.test.ts walks the router and fails on a route without a rule).
// What a rule lets through is then narrowed by the query scopes in api/kernel/scope.ts (queues, reports, desks).
import { type Capability, ROLES, type Role, roleCan } from '../../domain/vocabulary.ts';

export type Rule =
  // No account needed (the sign-in itself).
  | { readonly public: true }
  // Any signed-in account: its own session, password and second factor.
  | { readonly signedIn: true }
  // Accounts whose role has this capability (domain/vocabulary.ts ROLE_CAPABILITIES).
  | { readonly can: Capability; readonly refuse?: 404 };

const PUBLIC: Rule = { public: true };
const SIGNED_IN: Rule = { signedIn: true };
const can = (capability: Capability): Rule => ({ can: capability });
// A report's own routes answer a refused role 404, exactly like a reference that does not exist (contract).
const canSeeReports: Rule = { can: 'workReports', refuse: 404 };

/** `METHOD path` as the router registers it → who may call it. */
export const ROUTE_RULES: Readonly<Record<string, Rule>> = {
  'POST /api/staff/session': PUBLIC,
  'DELETE /api/staff/session': SIGNED_IN,
  'GET /api/staff/me': SIGNED_IN,
  'POST /api/staff/totp/enrol': SIGNED_IN,
  'POST /api/staff/totp/confirm': SIGNED_IN,
  'POST /api/staff/password': SIGNED_IN,
  'GET /api/staff/alert-email': SIGNED_IN,
  'POST /api/staff/alert-email': SIGNED_IN,

  'GET /api/staff/queues': can('workReports'),
  'GET /api/staff/queues/:queueId/reports': can('workReports'),
  'GET /api/staff/queues/:queueId/staff': can('workReports'),
  'GET /api/staff/queues/:queueId/on-duty': can('workReports'),
  'POST /api/staff/queues/:queueId/on-duty': can('keepOnDuty'),
  'GET /api/staff/transfer-targets': can('transfer'),
  'GET /api/staff/desks': can('workReports'),
  'GET /api/staff/reports/:reference': canSeeReports,
  'POST /api/staff/reports/:reference/actions': canSeeReports,
  'GET /api/staff/events': can('workReports'),

  'GET /api/staff/audit': can('viewAudit'),
  'GET /api/staff/stats': can('viewStats'),
  'GET /api/staff/alerts/figures': can('viewStats'),
  'GET /api/staff/alerts/outbox': can('manageAccounts'),
  'GET /api/staff/dashboard': can('viewDashboard'),
  'GET /api/staff/export/reports.csv': can('viewDashboard'),
  'GET /api/staff/export/aggregates.csv': can('viewDashboard'),

  'GET /api/staff/accounts': can('manageAccounts'),
  'GET /api/staff/accounts/options': can('manageAccounts'),
  'POST /api/staff/accounts': can('manageAccounts'),
  'PATCH /api/staff/accounts/:username': can('manageAccounts'),
  'POST /api/staff/accounts/:username/disable': can('manageAccounts'),
  'POST /api/staff/accounts/:username/enable': can('manageAccounts'),
  'POST /api/staff/accounts/:username/reset-password': can('manageAccounts'),
  'POST /api/staff/accounts/:username/reset-two-factor': can('manageAccounts'),

  'GET /api/partner/referrals': can('answerReferrals'),
  'POST /api/partner/referrals/:referralId': can('answerReferrals'),
};

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
