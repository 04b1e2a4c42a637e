// Sign-in: password (argon2id), then TOTP or a recovery code where the account has one; five failures
// lock the account for a growing interval. Unknown usernames get the same answers in the same time.
import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { staffUsers, type StaffUser } from '../../db/schema.ts';
import type { AppDeps } from '../app.ts';
import { appendAudit } from '../audit/log.ts';
import { dummyHash, verifyPassword } from '../auth/password.ts';
import { dropPresentedSession, startSession } from '../auth/session.ts';
import { checkTotp, TOTP_SEAL_CONTEXT, useRecoveryCode } from '../auth/totp.ts';
import { ApiError } from '../errors.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';

export const MAX_FAILURES = 5;
export const BASE_LOCK_MS = 5 * 60 * 1000;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/** Lock length after the n-th lock (0-based): 5, 10, 20, 40 … minutes, at most a day. */
export function lockDuration(lockCount: number): number {
  return Math.min(BASE_LOCK_MS * 2 ** lockCount, MAX_LOCK_MS);
}

interface FailureState {
  failedLogins: number;
  lockedUntil: number | null;
  lockCount: number;
}

// Unknown usernames are counted in memory so that they lock exactly like real ones (no enumeration by lockout).
const phantom = new Map<string, FailureState>();
// The last TOTP time step each account used: a code is accepted once.
const lastStep = new Map<number, number>();

/** Enrolment's confirming code counts as used: it cannot sign in a second time. */
export function markTotpStepUsed(staffId: number, step: number): void {
  lastStep.set(staffId, Math.max(step, lastStep.get(staffId) ?? -1));
}

function nextFailure(state: FailureState, now: number): FailureState {
  const failed = state.failedLogins + 1;
  if (failed >= MAX_FAILURES) return { failedLogins: 0, lockedUntil: now + lockDuration(state.lockCount), lockCount: state.lockCount + 1 };
  return { ...state, failedLogins: failed };
}

export interface LoginRequest {
  username: string;
  password: string;
  totp?: string;
}

export async function login(deps: AppDeps, c: Context, input: LoginRequest, locale: Locale, now = Date.now()): Promise<StaffUser> {
  const { db, sealer } = deps;
  const key = input.username.trim().toLowerCase();
  const user = await db.select().from(staffUsers).where(eq(staffUsers.username, key)).get();
  // Always one argon2 verification, whatever the case, so every answer costs the same.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);

  const state: FailureState = user ? { failedLogins: user.failedLogins, lockedUntil: user.lockedUntil, lockCount: user.lockCount } : phantom.get(key) ?? { failedLogins: 0, lockedUntil: null, lockCount: 0 };
  if (state.lockedUntil && state.lockedUntil > now) {
    await appendAudit(db.$client, { staffId: user?.id ?? null, username: null, action: 'login_locked' }, now);
    throw new ApiError(423, 'locked');
  }

  const fail = async (fields?: Record<string, string>): Promise<never> => {
    const next = nextFailure(state, now);
    if (user) await db.update(staffUsers).set(next).where(eq(staffUsers.id, user.id));
    // An unknown name rewrites one row unchanged: the same disk write as a hit, so timing does not tell them apart.
    else await db.run(sql`UPDATE staff_users SET failed_logins = failed_logins WHERE id = (SELECT min(id) FROM staff_users)`);
    if (!user) {
      if (phantom.size > 10_000) phantom.clear();
      phantom.set(key, next);
    }
    await appendAudit(db.$client, { staffId: user?.id ?? null, username: null, action: 'login_failed', detail: next.lockedUntil ? { locked: true } : {} }, now);
    if (next.lockedUntil) throw new ApiError(423, 'locked');
    throw new ApiError(401, 'invalid_credentials', fields ? { fields } : {});
  };

  if (!user || !passwordOk || user.disabled) return fail();

  if (user.totpEnabled && user.totpSecretCt) {
    const t = getT(locale, 'api');
    const code = input.totp?.trim() ?? '';
    // The right password and no code yet: ask for it, without counting a failure.
    if (!code) throw new ApiError(401, 'invalid_credentials', { fields: { totp: t('field.required') } });
    const step = checkTotp(sealer.open(user.totpSecretCt, TOTP_SEAL_CONTEXT), code, now);
    if (step !== null && step > (lastStep.get(user.id) ?? -1)) {
      lastStep.set(user.id, step);
    } else {
      const remaining = step === null ? useRecoveryCode(JSON.parse(user.recoveryCodes) as string[], code) : null;
      if (!remaining) return fail({ totp: t('field.invalid') });
      await db.update(staffUsers).set({ recoveryCodes: JSON.stringify(remaining) }).where(eq(staffUsers.id, user.id));
      await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'recovery_code_used', detail: { left: remaining.length } }, now);
    }
  }

  await db.update(staffUsers).set({ failedLogins: 0, lockedUntil: null, lockCount: 0 }).where(eq(staffUsers.id, user.id));
  // Rotate: whatever session this browser presented is ended before a new one starts.
  await dropPresentedSession(db, c);
  await startSession(db, c, user.id, now);
  await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'login', queueId: user.queueId }, now);
  return user;
}
