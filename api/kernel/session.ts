// Staff sessions: a random token in a __Host- cookie, stored only as its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../db/client.ts';
import { staffSessions, staffUsers } from '../../db/schema.ts';
import type { AppEnv, StaffSession } from './types.ts';

export const SESSION_COOKIE = '__Host-hifazat_session';
/** Without TLS on a public host a Secure cookie would never come back; plain name there (PUBLIC_ORIGIN=http://…). */
export const PLAIN_SESSION_COOKIE = 'hifazat_session';
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** How stale the session's last-seen time may get before a request writes it again. */
export const TOUCH_EVERY_MS = 60 * 1000;

export type { StaffSession };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The site's origin as browsers see it: PUBLIC_ORIGIN (set by createApp) when configured, else the request's. */
export function expectedOrigin(c: Context): string {
  return (c as Context<AppEnv>).var.publicOrigin ?? new URL(c.req.url).origin;
}

/** __Host- and Secure whenever the public origin is https or loopback (browsers keep Secure cookies on http://localhost). */
function cookieSpec(c: Context): { name: string; secure: boolean } {
  const origin = new URL(expectedOrigin(c));
  const secure = origin.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(origin.hostname);
  return secure ? { name: SESSION_COOKIE, secure: true } : { name: PLAIN_SESSION_COOKIE, secure: false };
}

function presentedToken(c: Context): string | undefined {
  return getCookie(c, cookieSpec(c).name);
}

/**
 * Whether the request comes from the site itself: its Origin header (set by the browser, not by a page) is the
 * public origin, or the origin the request itself was addressed to (direct access, tests). A page elsewhere can
 * produce neither; behind a TLS proxy only PUBLIC_ORIGIN matches what browsers send.
 */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  return origin !== undefined && (origin === expectedOrigin(c) || origin === new URL(c.req.url).origin);
}

export async function startSession(db: Db, c: Context, staffId: number, now = Date.now()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insert(staffSessions)
    .values({ idHash: sha256(token), staffId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt: now + ABSOLUTE_TIMEOUT_MS });
  // __Host- requires Secure, path=/ and no Domain; browsers accept Secure cookies on http://localhost.
  const spec = cookieSpec(c);
  setCookie(c, spec.name, token, {
    path: '/',
    httpOnly: true,
    secure: spec.secure,
    sameSite: 'Strict',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
  return csrfToken;
}

export async function endSession(db: Db, c: Context): Promise<void> {
  const token = presentedToken(c);
  if (token) await db.delete(staffSessions).where(eq(staffSessions.idHash, sha256(token)));
  const spec = cookieSpec(c);
  deleteCookie(c, spec.name, { path: '/', secure: spec.secure });
}

/** Deletes the session this request presented, if any (login rotates the session id). */
export async function dropPresentedSession(db: Db, c: Context): Promise<void> {
  const token = presentedToken(c);
  if (token) await db.delete(staffSessions).where(eq(staffSessions.idHash, sha256(token)));
}

export async function readSession(db: Db, c: Context, now = Date.now()): Promise<StaffSession | null> {
  const token = presentedToken(c);
  if (!token) return null;
  const idHash = sha256(token);
  const row = await db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffSessions.staffId, staffUsers.id))
    .where(and(eq(staffSessions.idHash, idHash), gt(staffSessions.expiresAt, now), gt(staffSessions.lastSeenAt, now - IDLE_TIMEOUT_MS)))
    .get();
  if (!row || row.user.disabled) return null;
  // The idle clock is kept to the minute: a write (and a disk flush) per request cost every console read, and the
  // queue page is the one staff reload all day. The session still ends 30 idle minutes after its last touch.
  if (now - row.session.lastSeenAt >= TOUCH_EVERY_MS)
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.idHash, idHash));
  return { user: row.user, csrfToken: row.session.csrfToken, idHash };
}

/** State-changing requests must come from the site itself and carry the session's CSRF token. */
export function passesCsrf(c: Context, session: StaffSession): boolean {
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return true;
  // Browsers send Origin on every cross-site and same-site POST/DELETE; a mismatch is refused outright.
  // Behind a TLS proxy the request URL says http:// while the browser says https://: compare with the public origin.
  const origin = c.req.header('origin');
  return !(origin && !sameOrigin(c)) && c.req.header('x-csrf-token') === session.csrfToken;
}

/** The signed-in account of a guarded route (set by api/kernel/guard.ts). */
export function staffOf(c: Context<AppEnv>): StaffSession {
  return c.var.staff;
}
