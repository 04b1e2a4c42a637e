// The accounts page's endpoints (admins).
import type { Api } from './client.ts';
import type { Account, AccountChange, AccountOptions, AccountScope } from './types.ts';

const seg = encodeURIComponent;

export const listAccounts = (api: Api) => api.request<{ accounts: Account[] }>('GET', '/api/staff/accounts');
export const accountOptions = (api: Api) => api.request<AccountOptions>('GET', '/api/staff/accounts/options');
export const createAccount = (api: Api, body: AccountScope & { username: string }) =>
  api.request<{ account: Account; temporaryPassword: string }>('POST', '/api/staff/accounts', body);
export const changeAccount = (api: Api, username: string, scope: AccountScope) =>
  api.request<AccountChange>('PATCH', `/api/staff/accounts/${seg(username)}`, scope);

export type AccountCommand = 'enable' | 'disable' | 'unlock' | 'reset-password' | 'reset-two-factor';
export const accountCommand = (api: Api, username: string, command: AccountCommand) =>
  api.request<AccountChange>('POST', `/api/staff/accounts/${seg(username)}/${command}`);
