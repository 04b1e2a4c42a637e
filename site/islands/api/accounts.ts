// The accounts page's endpoints (admins).
import type { Api } from './client.ts';
import type { AccountChanged, AccountList, AccountOptions, AccountScope, AccountWithPassword } from './types.ts';

const seg = encodeURIComponent;

export const listAccounts = (api: Api) => api.request<AccountList>('GET', '/api/staff/accounts');
export const accountOptions = (api: Api) => api.request<AccountOptions>('GET', '/api/staff/accounts/options');
export const createAccount = (api: Api, body: AccountScope & { username: string }) =>
  api.request<AccountWithPassword>('POST', '/api/staff/accounts', body);
export const changeAccount = (api: Api, username: string, scope: AccountScope) =>
  api.request<AccountChanged>('PATCH', `/api/staff/accounts/${seg(username)}`, scope);

export const resetPassword = (api: Api, username: string) =>
  api.request<AccountWithPassword>('POST', `/api/staff/accounts/${seg(username)}/reset-password`);
/** The account actions that take no body; each answers the account as it is now. */
export type AccountCommand = 'enable' | 'disable' | 'reset-two-factor';
export const accountCommand = (api: Api, username: string, command: AccountCommand) =>
  api.request<AccountChanged>('POST', `/api/staff/accounts/${seg(username)}/${command}`);
