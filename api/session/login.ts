// Sign-in: password (argon2id), then TOTP or a recovery code where the account has one. Two brakes:
// - per client (address through trusted proxies): after CLIENT_FAILURES failures in a window that client is
//   refused with 429 before any password is checked; this is what slows a guesser, and touches only them.
// - per account: five failures lock it for 5, 10, then at most 15 minutes, so guesses spread over many
//   addresses stay slow. The lock never holds against its owner for long, and never against the right
//   password with a valid second factor: anyone can fail on purpose, only the owner has the code.
// Unknown usernames get the same answers in the same time.
import type { Context } from 'hono';
import type { StaffUser } from '../../db/schema.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';
import { dummyHash, verifyPassword } from '../auth/password.ts';
import { checkTotp, spendRecoveryCode, TOTP_SEAL_CONTEXT } from '../auth/totp.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError } from '../kernel/errors.ts';
import { dropPresentedSession, startSession } from '../kernel/session.ts';
import type { AppDeps } from '../kernel/types.ts';
import { createRateLimiter, type RateLimiter } from '../middleware/rate-limit.ts';
import { accountByUsername, clearFailures, type FailureState, rewriteOneRowUnchanged, saveFailures, saveRecoveryCodes } from './queries.ts';

export const MAX_FAILURES = 5;
export const BASE_LOCK_MS = 5 * 60 * 1000;
export const MAX_LOCK_MS = 15 * 60 * 1000;
/** Failed sign-ins one client may make per CLIENT_WINDOW_MS before it is refused outright. */
export const CLIENT_FAILURES = 30;
export const CLIENT_WINDOW_MS = 15 * 60 * 1000;

/** Lock length after the n-th lock (0-based): 5, 10, then 15 minutes at most. */
export function lockDuration(lockCount: number): number {
  return Math.min(BASE_LOCK_MS * 2 ** lockCount, MAX_LOCK_MS);
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

const throttles = new WeakMap<AppDeps, RateLimiter>();
function clientThrottle(deps: AppDeps): RateLimiter {
  const known = throttles.get(deps);
  if (known) return known;
  const t = createRateLimiter({ max: CLIENT_FAILURES, windowMs: CLIENT_WINDOW_MS, trustProxy: deps.config.TRUST_PROXY });
  throttles.set(deps, t);
  return t;
}

export interface LoginRequest {
  username: string;
  password: string;
  totp?: string;
}

export async function login(deps: AppDeps, c: Context, input: LoginRequest, locale: Locale, now = Date.now()): Promise<StaffUser> {
  const { db, sealer } = deps;
  const throttle = clientThrottle(deps);
  const wait = throttle.peek(c, now);
  if (wait > 0) {
    await appendAudit(db.$client, { staffId: null, username: null, action: 'login_throttled' }, now);
    c.header('Retry-After', String(wait));
    throw new ApiError(429, 'rate_limited', { vars: { count: Math.ceil(wait / 60) } });
  }
  const key = input.username.trim().toLowerCase();
  const user = await accountByUsername(db, key);
  // Always one argon2 verification, whatever the case, so every answer costs the same.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);

  const state: FailureState = user
    ? { failedLogins: user.failedLogins, lockedUntil: user.lockedUntil, lockCount: user.lockCount }
    : (phantom.get(key) ?? { failedLogins: 0, lockedUntil: null, lockCount: 0 });
  const locked = state.lockedUntil !== null && state.lockedUntil > now;
  // Locked: only the right password on an account with a second factor goes on (to the code check below).
  if (locked && !(user && passwordOk && !user.disabled && user.totpEnabled && user.totpSecretCt)) {
    throttle.hit(c, now);
    await appendAudit(db.$client, { staffId: user?.id ?? null, username: null, action: 'login_locked' }, now);
    throw new ApiError(423, 'locked');
  }

  const fail = async (fields?: Record<string, string>): Promise<never> => {
    throttle.hit(c, now);
    // Failures while locked do not extend the lock: nobody can keep an account locked longer by hammering it.
    const next = locked ? state : nextFailure(state, now);
    // An unknown name rewrites one row unchanged: the same disk write as a hit, so timing does not tell them apart.
    if (user) await saveFailures(db, user.id, next);
    else await rewriteOneRowUnchanged(db);
    if (!user) {
      if (phantom.size > 10_000) phantom.clear();
      phantom.set(key, next);
    }
    await appendAudit(
      db.$client,
      { staffId: user?.id ?? null, username: null, action: 'login_failed', detail: next.lockedUntil ? { locked: true } : {} },
      now,
    );
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
      const remaining = step === null ? spendRecoveryCode(JSON.parse(user.recoveryCodes) as string[], code) : null;
      if (!remaining) return fail({ totp: t('field.invalid') });
      await saveRecoveryCodes(db, user.id, remaining);
      await appendAudit(
        db.$client,
        { staffId: user.id, username: user.username, action: 'recovery_code_used', detail: { left: remaining.length } },
        now,
      );
    }
  }

  await clearFailures(db, user.id);
  // Rotate: whatever session this browser presented is ended before a new one starts.
  await dropPresentedSession(db, c);
  await startSession(db, c, user.id, now);
  await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'login', queueId: user.queueId }, now);
  return user;
}
