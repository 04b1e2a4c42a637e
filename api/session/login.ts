// Sign-in: password (argon2id), then the second factor every account has (TOTP or a recovery code); an account
// that has not enrolled yet may only enrol (api/kernel/guard.ts). Failures slow the failing client, never the owner:
// - per client (address through trusted proxies): after CLIENT_FAILURES failures in a window that client is
//   refused with 429 before any password is checked; another address is not touched.
// - no per-account lock: anyone who knows a username can fail on purpose, so a lock would let them keep its owner
//   out. The password alone signs nobody in to work, because every role needs the second factor.
// - wrong six-digit codes after the right password (only someone holding the password gets there): after
//   CODE_FAILURES in CODE_WINDOW_MS the account takes a recovery code only, so a code cannot be guessed from many
//   addresses, and the owner still signs in with one of theirs.
// Unknown usernames get the same answers in the same time.

import type { Context } from 'hono';
import type { StaffUser } from '../../db/schema.ts';
import type { Lang } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import { dummyHash, verifyPassword } from '../auth/password.ts';
import { checkTotp, spendRecoveryCode, TOTP_SEAL_CONTEXT } from '../auth/totp.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError } from '../kernel/errors.ts';
import { dropPresentedSession, startSession } from '../kernel/session.ts';
import type { AppDeps } from '../kernel/types.ts';
import { createRateLimiter, type RateLimiter } from '../middleware/rate-limit.ts';
import { accountByUsername, saveRecoveryCodes } from './queries.ts';

/** Failed sign-ins one client may make per CLIENT_WINDOW_MS before it is refused outright. */
export const CLIENT_FAILURES = 30;
export const CLIENT_WINDOW_MS = 15 * 60 * 1000;

// The last TOTP time step each account used: a code is accepted once.
const lastStep = new Map<number, number>();

/** Enrolment's confirming code counts as used: it cannot sign in a second time. */
export function markTotpStepUsed(staffId: number, step: number): void {
  lastStep.set(staffId, Math.max(step, lastStep.get(staffId) ?? -1));
}

/** Wrong six-digit codes an account takes in CODE_WINDOW_MS before it takes only a recovery code. */
export const CODE_FAILURES = 10;
export const CODE_WINDOW_MS = 15 * 60 * 1000;
const codeFailures = new WeakMap<AppDeps, Map<number, number[]>>();
function recentCodeFailures(deps: AppDeps, staffId: number, now: number): number[] {
  const byAccount = codeFailures.get(deps) ?? new Map<number, number[]>();
  codeFailures.set(deps, byAccount);
  const recent = (byAccount.get(staffId) ?? []).filter((t) => t > now - CODE_WINDOW_MS);
  byAccount.set(staffId, recent);
  return recent;
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

export async function login(deps: AppDeps, c: Context, input: LoginRequest, locale: Lang, now = Date.now()): Promise<StaffUser> {
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

  const fail = async (fields?: Record<string, string>): Promise<never> => {
    throttle.hit(c, now);
    await appendAudit(db.$client, { staffId: user?.id ?? null, username: null, action: 'login_failed' }, now);
    throw new ApiError(401, 'invalid_credentials', fields ? { fields } : {});
  };
  if (!user || !passwordOk || user.disabled) return fail();

  if (user.totpEnabled && user.totpSecretCt) {
    const t = getT(locale, 'api');
    const code = input.totp?.trim() ?? '';
    // The right password and no code yet: ask for it, without counting a failure.
    if (!code) throw new ApiError(401, 'invalid_credentials', { fields: { totp: t('field.required') } });
    const failures = recentCodeFailures(deps, user.id, now);
    const codesOpen = failures.length < CODE_FAILURES;
    const step = codesOpen ? checkTotp(sealer.open(user.totpSecretCt, TOTP_SEAL_CONTEXT), code, now) : null;
    if (step !== null && step > (lastStep.get(user.id) ?? -1)) {
      lastStep.set(user.id, step);
    } else {
      const remaining = step === null ? spendRecoveryCode(JSON.parse(user.recoveryCodes) as string[], code) : null;
      if (!remaining) {
        failures.push(now);
        return fail({ totp: t(codesOpen ? 'field.invalid' : 'field.recoveryCodeOnly') });
      }
      await saveRecoveryCodes(db, user.id, remaining);
      await appendAudit(
        db.$client,
        { staffId: user.id, username: user.username, action: 'recovery_code_used', detail: { left: remaining.length } },
        now,
      );
    }
  }

  // Rotate: whatever session this browser presented is ended before a new one starts.
  await dropPresentedSession(db, c);
  await startSession(db, c, user.id, now);
  await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'login', queueId: user.queueId }, now);
  return user;
}
