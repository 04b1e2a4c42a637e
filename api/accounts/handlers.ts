// Account management for admins, and the signed-in account's own password. Every change is audit-logged;
// password and two-factor resets also end the account's sessions, so whoever held them signs in again.

import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/client.ts';
import type { StaffUser } from '../../db/schema.ts';
import { allDesks, deskById } from '../../directory/desks.ts';
import type { Lang } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { ApiError, requestLocale } from '../kernel/errors.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { type AccountScope, passwordChangeProblem, scopeFor, temporaryPassword, viewOf } from './accounts.ts';
import * as q from './queries.ts';
import type * as routes from './routes.ts';
import type { ScopeInput } from './schemas.ts';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

const fieldError = (locale: Lang, field: string, key: string, ns: 'dashboard' | 'staff' = 'dashboard') =>
  new ApiError(400, 'validation_failed', { fields: { [field]: getT(locale, ns)(key) } });

async function find(db: Db, username: string): Promise<StaffUser> {
  const u = await q.accountByUsername(db, username);
  if (!u) throw new ApiError(404, 'not_found');
  return u;
}

/** The account as it is now, after a change. */
const current = async (db: Db, username: string) => viewOf(await find(db, username));

/** Looks up what the input names, then lets the pure rule decide (api/accounts/accounts.ts). */
async function resolveScope(db: Db, input: ScopeInput, locale: Lang): Promise<AccountScope> {
  const [queue, province] = await Promise.all([
    input.queueId ? q.queueById(db, input.queueId) : undefined,
    input.provinceId ? q.provinceById(db, input.provinceId) : undefined,
  ]);
  const scope = scopeFor(input, { queue, province, desk: deskById(input.deskId) });
  if ('missing' in scope) throw fieldError(locale, scope.missing, 'accounts.scopeRequired');
  return scope;
}

/** An admin may not disable or re-scope their own account (they would lock themselves out). */
function notYourself(c: Context<AppEnv>, target: StaffUser) {
  if (target.id === c.var.staff.user.id) throw fieldError(requestLocale(c), 'username', 'accounts.notYourself');
}

export function accountHandlers({ db }: AppDeps) {
  const list: Handler<'list'> = async (c) => c.json({ accounts: (await q.allAccounts(db)).map((u) => viewOf(u)) }, 200);

  const options: Handler<'options'> = async (c) => {
    const rows = await q.scopeRows(db);
    return c.json(
      {
        queues: rows.queues.map((x) => ({ id: x.id, provinceId: x.provinceId, name: x.names })),
        provinces: rows.provinces.map((x) => ({ id: x.id, name: x.names })),
        desks: allDesks().map((d) => ({
          id: d.id,
          service: d.service,
          district: d.district,
          provinceId: d.province,
          name: d.name,
          confirmed: d.confirmed,
        })),
      },
      200,
    );
  };

  const create: Handler<'create'> = async (c) => {
    const input = c.req.valid('json');
    const locale = requestLocale(c);
    const scope = await resolveScope(db, input, locale);
    if (await q.accountByUsername(db, input.username)) throw fieldError(locale, 'username', 'accounts.usernameTaken');
    const password = temporaryPassword();
    await q.insertAccount(db, input.username, scope, await hashPassword(password));
    await q.audit(db, c.var.staff.user, 'account_created', { target: input.username, detail: { ...scope } });
    return c.json({ account: await current(db, input.username), temporaryPassword: password }, 201);
  };

  const changeScope: Handler<'changeScope'> = async (c) => {
    const { username } = c.req.valid('param');
    const u = await find(db, username);
    notYourself(c, u);
    const scope = await resolveScope(db, c.req.valid('json'), requestLocale(c));
    await q.updateAccount(db, u.id, scope);
    const from = { role: u.role, queueId: u.queueId, provinceId: u.provinceId, deskId: u.deskId };
    await q.audit(db, c.var.staff.user, 'account_role_changed', { target: username, detail: { from, to: scope } });
    return c.json({ account: await current(db, username) }, 200);
  };

  const setDisabled =
    (disabled: boolean): Handler<'disable'> =>
    async (c) => {
      const { username } = c.req.valid('param');
      const u = await find(db, username);
      notYourself(c, u);
      await q.updateAccount(db, u.id, { disabled });
      if (disabled) await q.endSessions(db, u.id);
      await q.audit(db, c.var.staff.user, disabled ? 'account_disabled' : 'account_enabled', { target: username });
      return c.json({ account: await current(db, username) }, 200);
    };

  const resetPassword: Handler<'resetPassword'> = async (c) => {
    const { username } = c.req.valid('param');
    const u = await find(db, username);
    const password = temporaryPassword();
    await q.updateAccount(db, u.id, { passwordHash: await hashPassword(password), mustChangePassword: true });
    await q.endSessions(db, u.id);
    await q.audit(db, c.var.staff.user, 'account_password_reset', { target: username });
    return c.json({ account: await current(db, username), temporaryPassword: password }, 200);
  };

  const resetTwoFactor: Handler<'resetTwoFactor'> = async (c) => {
    const { username } = c.req.valid('param');
    const u = await find(db, username);
    await q.updateAccount(db, u.id, { totpEnabled: false, totpSecretCt: null, recoveryCodes: '[]' });
    await q.endSessions(db, u.id);
    await q.audit(db, c.var.staff.user, 'account_2fa_reset', { target: username });
    return c.json({ account: await current(db, username) }, 200);
  };

  // Any signed-in account changes its own password; the only thing one with a one-time password may do.
  const changePassword: Handler<'changePassword'> = async (c) => {
    const input = c.req.valid('json');
    const { user, idHash } = c.var.staff;
    const problem = passwordChangeProblem(input, user.username, await verifyPassword(user.passwordHash, input.current));
    if (problem) throw fieldError(requestLocale(c), problem.field, problem.key, 'staff');
    await q.updateAccount(db, user.id, { passwordHash: await hashPassword(input.next), mustChangePassword: false });
    await q.endSessions(db, user.id, idHash);
    await q.audit(db, user, 'password_changed', { queueId: user.queueId, detail: { required: user.mustChangePassword } });
    return c.body(null, 204);
  };

  return {
    list,
    options,
    create,
    changeScope,
    disable: setDisabled(true),
    // The two routes have one shape; typed as its own route so the app's type (and the typed client) keeps enable.
    enable: setDisabled(false) as unknown as Handler<'enable'>,
    resetPassword,
    resetTwoFactor,
    changePassword,
  };
}
