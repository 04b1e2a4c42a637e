// /api/staff/accounts: admins manage staff accounts (contract: docs/api.md, issue 7).
import type { Context } from 'hono';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { staffOf } from '../auth/session.ts';
import { requestLocale, validationError } from '../errors.ts';
import { changeOwnPassword, changeScope, createAccount, CreateAccountInput, listAccounts, PasswordChangeInput, resetPassword, resetTwoFactor, ScopeInput, scopeOptions, setDisabled, unlock } from './accounts.ts';

async function body<T>(c: Context, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): Promise<T> {
  const raw = await c.req.json().catch(() => null);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, raw, requestLocale(c));
  return parsed.data;
}

export function accountRoutes(deps: AppDeps): Router {
  const app = createRouter();
  const { db } = deps;

  app.get('/api/staff/accounts', async (c) => c.json({ accounts: await listAccounts(db) }));
  app.get('/api/staff/accounts/options', async (c) => c.json(await scopeOptions(db)));
  app.post('/api/staff/accounts', async (c) => c.json(await createAccount(db, staffOf(c).user, await body(c, CreateAccountInput), requestLocale(c)), 201));
  app.patch('/api/staff/accounts/:username', async (c) => c.json({ account: await changeScope(db, staffOf(c).user, c.req.param('username'), await body(c, ScopeInput), requestLocale(c)) }));
  app.post('/api/staff/accounts/:username/disable', async (c) => c.json({ account: await setDisabled(db, staffOf(c).user, c.req.param('username'), true, requestLocale(c)) }));
  app.post('/api/staff/accounts/:username/enable', async (c) => c.json({ account: await setDisabled(db, staffOf(c).user, c.req.param('username'), false, requestLocale(c)) }));
  app.post('/api/staff/accounts/:username/reset-password', async (c) => c.json(await resetPassword(db, staffOf(c).user, c.req.param('username'))));
  app.post('/api/staff/accounts/:username/unlock', async (c) => c.json({ account: await unlock(db, staffOf(c).user, c.req.param('username')) }));
  app.post('/api/staff/accounts/:username/reset-two-factor', async (c) => c.json({ account: await resetTwoFactor(db, staffOf(c).user, c.req.param('username')) }));

  // Any signed-in account changes its own password; the only thing one with a one-time password may do.
  app.post('/api/staff/password', async (c) => {
    const { user, idHash } = staffOf(c);
    await changeOwnPassword(db, user, idHash, await body(c, PasswordChangeInput), requestLocale(c));
    return c.body(null, 204);
  });
  return app;
}
