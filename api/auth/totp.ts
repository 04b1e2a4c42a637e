// TOTP two-factor (RFC 6238, 30-second steps, 6 digits, SHA-1 as authenticator apps expect) and one-time recovery codes.
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { ROLES, type Role, SEAL_CONTEXTS } from '../../domain/vocabulary.ts';

export const TOTP_SEAL_CONTEXT = SEAL_CONTEXTS.staff.totp;
const ISSUER = 'Hifazat';

/**
 * Every role of the vocabulary may not work without a second factor, so an outsider who learns a password gets
 * nothing, and no lockout is needed that an outsider could use to keep a worker out (api/session/login.ts).
 */
export function totpRequired(role: Role): boolean {
  return ROLES.includes(role);
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, username: string) {
  return new TOTP({ issuer: ISSUER, label: username, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: 30 });
}

export function otpauthUrl(secretBase32: string, username: string): string {
  return totpFor(secretBase32, username).toString();
}

/** The QR code as an SVG data URL: shown with <img>, so the strict CSP (img-src data:) needs no inline script. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * Checks a 6-digit code against the clock, one step either side for drift. Returns the time step
 * it matched (so a code can be refused the second time it is used), or null.
 */
export function checkTotp(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32, 'x').validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32, 'x').generate({ timestamp: now });
}

const hashCode = (code: string) =>
  createHash('sha256')
    .update(`hifazat-recovery\0${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`)
    .digest('hex');

/** Ten codes of 10 random characters from 31 (about 49 bits each: a plain SHA-256 is enough to store them). */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const raw = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashCode) };
}

/** Returns the remaining hashes when `code` is one of them (it is used up), else null. */
export function spendRecoveryCode(hashes: string[], code: string): string[] | null {
  const h = hashCode(code);
  return hashes.includes(h) ? hashes.filter((x) => x !== h) : null;
}
