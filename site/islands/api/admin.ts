// The admin and supervisor pages' endpoints: accounts and the dashboard.
import type { Api } from './client.ts';
import type { Account, AccountChange, AccountOptions, AccountScope, DashboardFigures, DayRange } from './types.ts';

const seg = encodeURIComponent;

export const listAccounts = (api: Api) => api.request<{ accounts: Account[] }>('GET', '/api/staff/accounts');
export const accountOptions = (api: Api) => api.request<AccountOptions>('GET', '/api/staff/accounts/options');
export const createAccount = (api: Api, body: AccountScope & { username: string }) =>
  api.request<{ account: Account; temporaryPassword: string }>('POST', '/api/staff/accounts', body);
export const changeAccount = (api: Api, username: string, scope: AccountScope) => api.request<AccountChange>('PATCH', `/api/staff/accounts/${seg(username)}`, scope);

export type AccountCommand = 'enable' | 'disable' | 'unlock' | 'reset-password' | 'reset-two-factor';
export const accountCommand = (api: Api, username: string, command: AccountCommand) =>
  api.request<AccountChange>('POST', `/api/staff/accounts/${seg(username)}/${command}`);

/** The figures for a range of days; an empty bound lets the API choose (the last 30 days). */
export function dashboardFigures(api: Api, range: DayRange): Promise<DashboardFigures> {
  const q = new URLSearchParams();
  if (range.from) q.set('from', range.from);
  if (range.to) q.set('to', range.to);
  return api.request<DashboardFigures>('GET', `/api/staff/dashboard?${q}`);
}
