// The accounts page's endpoints (admins), over the typed client.
import { type Api, answer } from './client.ts';
import type { AccountScope } from './types.ts';

const seg = encodeURIComponent;
const accounts = (api: Api) => api.client.api.staff.accounts;
const one = (username: string) => ({ param: { username: seg(username) } });

export const listAccounts = (api: Api) => answer(accounts(api).$get());
export const accountOptions = (api: Api) => answer(accounts(api).options.$get());
export const createAccount = (api: Api, body: AccountScope & { username: string }) => answer(accounts(api).$post({ json: body }));
export const changeAccount = (api: Api, username: string, scope: AccountScope) =>
  answer(accounts(api)[':username'].$patch({ ...one(username), json: scope }));

export const resetPassword = (api: Api, username: string) => answer(accounts(api)[':username']['reset-password'].$post(one(username)));
/** The account actions that take no body; each answers the account as it is now. */
export type AccountCommand = 'enable' | 'disable' | 'reset-two-factor';
export const accountCommand = (api: Api, username: string, command: AccountCommand) =>
  answer(accounts(api)[':username'][command].$post(one(username)));
