// The accounts feature's contract (docs/api.md, issue 7): admins manage staff accounts; any signed-in
// account changes its own password. Who may call each route: the rule beside its path.
import { errorResponses } from '../kernel/error-responses.ts';
import { can, SIGNED_IN, staffRoute } from '../kernel/policy.ts';
import {
  AccountChanged,
  AccountList,
  AccountWithPassword,
  CreateAccountInput,
  PasswordChangeInput,
  ScopeInput,
  ScopeOptions,
  UsernameParam,
} from './schemas.ts';

const json = <S>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const jsonBody = <S>(schema: S) => ({ required: true, content: { 'application/json': { schema } } });
const tags = ['accounts'];

export const list = staffRoute({
  method: 'get',
  path: '/api/staff/accounts',
  rule: can('manageAccounts'),
  tags,
  summary: 'Every staff and partner account, by username',
  responses: { 200: json(AccountList, 'Accounts'), ...errorResponses(401, 403) },
});

export const options = staffRoute({
  method: 'get',
  path: '/api/staff/accounts/options',
  rule: can('manageAccounts'),
  tags,
  summary: 'What an account can be scoped to: active units, provinces and service desks',
  responses: { 200: json(ScopeOptions, 'Scope options'), ...errorResponses(401, 403) },
});

export const create = staffRoute({
  method: 'post',
  path: '/api/staff/accounts',
  rule: can('manageAccounts'),
  tags,
  summary: 'Create an account with a one-time password it must change at first sign-in (audit-logged)',
  request: { body: jsonBody(CreateAccountInput) },
  responses: { 201: json(AccountWithPassword, 'Created; the one-time password is shown once'), ...errorResponses(400, 401, 403, 413, 415) },
});

export const changeScope = staffRoute({
  method: 'patch',
  path: '/api/staff/accounts/{username}',
  rule: can('manageAccounts'),
  tags,
  summary: "Change an account's role and unit, province or desk (never the admin's own; audit-logged with before and after)",
  request: { params: UsernameParam, body: jsonBody(ScopeInput) },
  responses: { 200: json(AccountChanged, 'Changed'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

/** The account actions that take no body: each answers the account as it is now. */
const accountAction = <P extends `/api/staff/accounts/{username}/${string}`>(path: P, summary: string) =>
  staffRoute({
    method: 'post',
    path,
    rule: can('manageAccounts'),
    tags,
    summary,
    request: { params: UsernameParam },
    responses: { 200: json(AccountChanged, 'Done'), ...errorResponses(400, 401, 403, 404) },
  });

export const disable = accountAction(
  '/api/staff/accounts/{username}/disable',
  "Disable an account and end its sessions (never the admin's own)",
);
export const enable = accountAction('/api/staff/accounts/{username}/enable', 'Enable a disabled account');
export const resetTwoFactor = accountAction(
  '/api/staff/accounts/{username}/reset-two-factor',
  'Remove the second factor and recovery codes; sessions end',
);

export const resetPassword = staffRoute({
  method: 'post',
  path: '/api/staff/accounts/{username}/reset-password',
  rule: can('manageAccounts'),
  tags,
  summary: 'Give the account a new one-time password; its sessions end',
  request: { params: UsernameParam },
  responses: { 200: json(AccountWithPassword, 'Reset; the one-time password is shown once'), ...errorResponses(400, 401, 403, 404) },
});

export const changePassword = staffRoute({
  method: 'post',
  path: '/api/staff/password',
  rule: SIGNED_IN,
  tags,
  summary: 'The signed-in account changes its own password (strength-checked); its other sessions end',
  request: { body: jsonBody(PasswordChangeInput) },
  responses: { 204: { description: 'Changed' }, ...errorResponses(400, 401, 403, 413, 415) },
});
