import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(hashed: string, password: string): Promise<boolean> {
  return verify(hashed, password).catch(() => false);
}

/** A hash of a random password: verified against when the username does not exist, so both cases take the same time. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`not-a-real-account-${Math.random()}`);
  return dummy;
}

const COMMON = ['password', 'qwerty', '123456', 'letmein', 'welcome', 'pakistan', 'hifazat', 'admin', 'iloveyou', 'abc123'];

/** Why a password is too weak (English, for the CLI and the account form), or null when it is acceptable. */
export function passwordProblem(password: string, username = ''): string | null {
  if (password.length < 12) return 'at least 12 characters';
  if (password.length > 256) return 'at most 256 characters';
  if (new Set(password).size < 6) return 'at least 6 different characters';
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) return 'must not contain the username';
  if (COMMON.some((w) => lower.replace(/[^a-z0-9]/g, '').startsWith(w) && lower.length < w.length + 6))
    return 'too close to a common password';
  if (/^(.)\1+$/.test(password) || /^(0123456789|1234567890|abcdefghij)/.test(lower)) return 'too predictable';
  return null;
}
