// Account management for admins. Every change is audit-logged; password and two-factor resets also end the
// account's sessions, so whoever held them must sign in again under the new rules.
import { allDesks, deskById } from '../partner/desks.ts';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { byName, provinces, queues, staffSessions, staffUsers, type StaffUser } from '../../db/schema.ts';
import type { Locale } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';
import { appendAudit } from '../audit/log.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { ApiError } from '../errors.ts';
import { ROLES } from '../../domain/vocabulary.ts';

export { ROLES };

export const ScopeInput = z.strictObject({
  role: z.enum(ROLES),
  queueId: z.string().min(1).max(80).optional(),
  provinceId: z.string().min(1).max(80).optional(),
  // Partners only: the service desk the account answers for (content/directory/desks.yaml).
  deskId: z.string().min(1).max(100).optional(),
});
export const PasswordChangeInput = z.strictObject({ current: z.string().min(1).max(256), next: z.string().min(1).max(256) });
/** Staff usernames, for the console and `npm run staff -- add` alike. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const CreateAccountInput = ScopeInput.extend({ username: z.string().regex(USERNAME_PATTERN) });

export interface AccountView {
  username: string;
  role: StaffUser['role'];
  queueId: string | null;
  provinceId: string | null;
  deskId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  /** Locked by failed sign-ins right now (api/session/login.ts). */
  locked: boolean;
  createdAt: string;
}

export const viewOf = (u: StaffUser): AccountView => ({
  username: u.username,
  role: u.role,
  queueId: u.queueId,
  provinceId: u.provinceId,
  deskId: u.deskId,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
  totpEnabled: u.totpEnabled,
  locked: (u.lockedUntil ?? 0) > Date.now(),
  createdAt: new Date(u.createdAt).toISOString(),
});

/** A one-time password the admin passes on; the account must change it at first sign-in. */
export const temporaryPassword = () => randomBytes(15).toString('base64url');

const fieldError = (locale: Locale, field: string, key: string) => new ApiError(400, 'validation_failed', { fields: { [field]: getT(locale, 'dashboard')(key) } });

/** Officers and supervisors belong to a unit (their province follows from it); provincial officers to a province. */
async function resolveScope(db: Db, input: z.infer<typeof ScopeInput>, locale: Locale): Promise<{ role: StaffUser['role']; queueId: string | null; provinceId: string | null; deskId: string | null }> {
  if (input.role === 'partner') {
    // A partner belongs to one desk and to no queue: it sees only the referrals addressed to that desk.
    const desk = deskById(input.deskId);
    if (!desk) throw fieldError(locale, 'deskId', 'accounts.scopeRequired');
    return { role: input.role, queueId: null, provinceId: null, deskId: desk.id };
  }
  if (input.role === 'provincial') {
    const p = input.provinceId ? await db.select().from(provinces).where(eq(provinces.id, input.provinceId)).get() : undefined;
    if (!p) throw fieldError(locale, 'provinceId', 'accounts.scopeRequired');
    return { role: input.role, queueId: null, provinceId: p.id, deskId: null };
  }
  if (input.queueId) {
    const q = await db.select().from(queues).where(eq(queues.id, input.queueId)).get();
    if (!q) throw fieldError(locale, 'queueId', 'accounts.scopeRequired');
    return { role: input.role, queueId: q.id, provinceId: q.provinceId, deskId: null };
  }
  if (input.role !== 'admin') throw fieldError(locale, 'queueId', 'accounts.scopeRequired');
  return { role: input.role, queueId: null, provinceId: null, deskId: null };
}

async function find(db: Db, username: string): Promise<StaffUser> {
  const u = await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
  if (!u) throw new ApiError(404, 'not_found');
  return u;
}

const audit = (db: Db, actor: StaffUser, action: string, target: string, detail: Record<string, unknown> = {}) =>
  appendAudit(db.$client, { staffId: actor.id, username: actor.username, action, target, detail });

/** What an account can be scoped to: active units and provinces, with names in both languages. */
export async function scopeOptions(db: Db) {
  const [q, p] = await Promise.all([db.select().from(queues).where(eq(queues.active, true)).orderBy(asc(byName(queues.names))), db.select().from(provinces).orderBy(asc(provinces.sort))]);
  return {
    queues: q.map((x) => ({ id: x.id, provinceId: x.provinceId, name: x.names })),
    provinces: p.map((x) => ({ id: x.id, name: x.names })),
    desks: allDesks().map((d) => ({ id: d.id, service: d.service, district: d.district, provinceId: d.province, name: d.name, confirmed: d.confirmed })),
  };
}

export async function listAccounts(db: Db): Promise<AccountView[]> {
  return (await db.select().from(staffUsers).orderBy(asc(staffUsers.username))).map(viewOf);
}

export async function createAccount(db: Db, actor: StaffUser, input: z.infer<typeof CreateAccountInput>, locale: Locale) {
  const scope = await resolveScope(db, input, locale);
  if (await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.username, input.username)).get()) throw fieldError(locale, 'username', 'accounts.usernameTaken');
  const password = temporaryPassword();
  await db.insert(staffUsers).values({ username: input.username, ...scope, passwordHash: await hashPassword(password), mustChangePassword: true });
  await audit(db, actor, 'account_created', input.username, scope);
  return { account: viewOf(await find(db, input.username)), temporaryPassword: password };
}

export async function setDisabled(db: Db, actor: StaffUser, username: string, disabled: boolean, locale: Locale) {
  const u = await find(db, username);
  if (u.id === actor.id) throw fieldError(locale, 'username', 'accounts.notYourself');
  await db.update(staffUsers).set({ disabled }).where(eq(staffUsers.id, u.id));
  if (disabled) await db.delete(staffSessions).where(eq(staffSessions.staffId, u.id));
  await audit(db, actor, disabled ? 'account_disabled' : 'account_enabled', username);
  return viewOf(await find(db, username));
}

export async function resetPassword(db: Db, actor: StaffUser, username: string) {
  const u = await find(db, username);
  const password = temporaryPassword();
  await db.update(staffUsers).set({ passwordHash: await hashPassword(password), mustChangePassword: true, failedLogins: 0, lockedUntil: null }).where(eq(staffUsers.id, u.id));
  await db.delete(staffSessions).where(eq(staffSessions.staffId, u.id));
  await audit(db, actor, 'account_password_reset', username);
  return { account: viewOf(await find(db, username)), temporaryPassword: password };
}

export async function resetTwoFactor(db: Db, actor: StaffUser, username: string) {
  const u = await find(db, username);
  await db.update(staffUsers).set({ totpEnabled: false, totpSecretCt: null, recoveryCodes: '[]' }).where(eq(staffUsers.id, u.id));
  await db.delete(staffSessions).where(eq(staffSessions.staffId, u.id));
  await audit(db, actor, 'account_2fa_reset', username);
  return viewOf(await find(db, username));
}

export async function changeScope(db: Db, actor: StaffUser, username: string, input: z.infer<typeof ScopeInput>, locale: Locale) {
  const u = await find(db, username);
  if (u.id === actor.id) throw fieldError(locale, 'username', 'accounts.notYourself');
  const scope = await resolveScope(db, input, locale);
  await db.update(staffUsers).set(scope).where(eq(staffUsers.id, u.id));
  await audit(db, actor, 'account_role_changed', username, { from: { role: u.role, queueId: u.queueId, provinceId: u.provinceId, deskId: u.deskId }, to: scope });
  return viewOf(await find(db, username));
}

/** Clears the sign-in lockout (failed count, lock end and the growing lock length); unknown names live only in memory. */
export async function unlock(db: Db, actor: StaffUser, username: string) {
  const u = await find(db, username);
  await db.update(staffUsers).set({ failedLogins: 0, lockedUntil: null, lockCount: 0 }).where(eq(staffUsers.id, u.id));
  await audit(db, actor, 'account_unlocked', username, { wasLocked: (u.lockedUntil ?? 0) > Date.now(), failedLogins: u.failedLogins });
  return viewOf(await find(db, username));
}

/** The signed-in account changes its own password (required after a one-time one); its other sessions end. */
export async function changeOwnPassword(db: Db, user: StaffUser, sessionIdHash: string, input: z.infer<typeof PasswordChangeInput>, locale: Locale) {
  const t = getT(locale, 'staff');
  if (!(await verifyPassword(user.passwordHash, input.current))) throw new ApiError(400, 'validation_failed', { fields: { current: t('password.wrongCurrent') } });
  if (input.next === input.current) throw new ApiError(400, 'validation_failed', { fields: { next: t('password.sameAsOld') } });
  if (passwordProblem(input.next, user.username)) throw new ApiError(400, 'validation_failed', { fields: { next: t('password.weak') } });
  await db.update(staffUsers).set({ passwordHash: await hashPassword(input.next), mustChangePassword: false }).where(eq(staffUsers.id, user.id));
  await db.delete(staffSessions).where(and(eq(staffSessions.staffId, user.id), ne(staffSessions.idHash, sessionIdHash)));
  await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'password_changed', queueId: user.queueId, detail: { required: user.mustChangePassword } });
}
