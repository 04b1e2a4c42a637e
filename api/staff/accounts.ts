// Account administration for admins in the console: list, create (argon2id, minimum strength), disable, unlock.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { provinces, queues, staffSessions, staffUsers, type StaffUser } from '../../db/schema.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { ApiError } from '../errors.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';

export const AccountInput = z.strictObject({
  username: z.string().regex(/^[a-z0-9._-]{3,64}$/),
  role: z.enum(['officer', 'supervisor', 'provincial', 'admin']),
  scope: z.string().max(64).optional(),
  password: z.string().min(1).max(256),
});
export type AccountInput = z.output<typeof AccountInput>;

export async function listAccounts(db: Db) {
  const rows = await db.select().from(staffUsers).orderBy(asc(staffUsers.username));
  const now = Date.now();
  return rows.map((u) => ({ username: u.username, role: u.role, queueId: u.queueId, provinceId: u.provinceId, totpEnabled: u.totpEnabled, disabled: u.disabled, locked: (u.lockedUntil ?? 0) > now }));
}

export async function createAccount(db: Db, input: AccountInput, locale: Locale): Promise<StaffUser> {
  const t = getT(locale, 'api');
  const invalid = (field: string) => new ApiError(400, 'validation_failed', { fields: { [field]: t('field.invalid') } });
  const weak = passwordProblem(input.password, input.username);
  if (weak) throw new ApiError(400, 'validation_failed', { fields: { password: getT(locale, 'staff')('accounts.weakPassword') } });
  let queueId: string | null = null;
  let provinceId: string | null = null;
  if (input.role === 'provincial') {
    if (!input.scope || !(await db.select().from(provinces).where(eq(provinces.id, input.scope)).get())) throw invalid('scope');
    provinceId = input.scope;
  } else if (input.scope) {
    const q = await db.select().from(queues).where(eq(queues.id, input.scope)).get();
    if (!q) throw invalid('scope');
    queueId = q.id;
    provinceId = q.provinceId;
  } else if (input.role !== 'admin') throw invalid('scope');
  if (await db.select().from(staffUsers).where(eq(staffUsers.username, input.username)).get()) throw invalid('username');
  await db.insert(staffUsers).values({ username: input.username, role: input.role, queueId, provinceId, passwordHash: await hashPassword(input.password) });
  return (await db.select().from(staffUsers).where(eq(staffUsers.username, input.username)).get())!;
}

/** Disabling also ends the account's sessions at once. */
export async function setDisabled(db: Db, username: string, disabled: boolean): Promise<StaffUser | null> {
  const user = await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
  if (!user) return null;
  await db.batch([db.update(staffUsers).set({ disabled }).where(eq(staffUsers.id, user.id)), db.delete(staffSessions).where(eq(staffSessions.staffId, user.id))]);
  return user;
}

export async function unlock(db: Db, username: string): Promise<StaffUser | null> {
  const user = await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
  if (!user) return null;
  await db.update(staffUsers).set({ failedLogins: 0, lockedUntil: null, lockCount: 0 }).where(eq(staffUsers.id, user.id));
  return user;
}
