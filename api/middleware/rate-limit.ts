// Sliding-window rate limit keyed on an HMAC of the client address under a secret that lives only in
// memory and changes every day: the address itself is never stored, logged or recoverable.
import { createHmac, randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { limitKey, resolveClientAddress, type TrustProxy } from '../net/client-address.ts';

export interface RateLimiter {
  /** Counts one hit for this client; returns seconds to wait, or 0 when allowed. */
  hit(c: Context, now?: number): number;
  /** Counts one hit for an arbitrary key (e.g. a receipt prefix); held only as an HMAC under the daily secret. */
  hitKey(key: string, now?: number): number;
  /** Seconds this client must wait, without counting a hit (0 when it may go on). */
  peek(c: Context, now?: number): number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key a client is limited under: its address (through trusted proxies only), IPv6 by /64. */
export function clientAddress(c: Context, trust: TrustProxy = false): string {
  let peer: string;
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    peer = 'unknown';
  }
  return limitKey(resolveClientAddress(peer, c.req.header('x-forwarded-for'), trust));
}

export function createRateLimiter(options: {
  max: number;
  windowMs: number;
  trustProxy?: TrustProxy;
  address?: (c: Context) => string;
}): RateLimiter {
  const address = options.address ?? ((c: Context) => clientAddress(c, options.trustProxy ?? false));
  let secret = randomBytes(32);
  let secretDay = Math.floor(Date.now() / DAY_MS);
  const hits = new Map<string, number[]>();

  function hitKey(raw: string, now = Date.now(), count = true): number {
    const day = Math.floor(now / DAY_MS);
    if (day !== secretDay) {
      secret = randomBytes(32);
      secretDay = day;
      hits.clear();
    }
    const key = createHmac('sha256', secret).update(raw).digest('base64url');
    const recent = (hits.get(key) ?? []).filter((t) => t > now - options.windowMs);
    if (recent.length >= options.max) {
      hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + options.windowMs - now) / 1000));
    }
    if (!count) return 0;
    recent.push(now);
    hits.set(key, recent);
    // Keep memory bounded under a flood of distinct addresses.
    if (hits.size > 100_000) for (const [k, v] of hits) if (v.every((t) => t <= now - options.windowMs)) hits.delete(k);
    return 0;
  }

  return {
    hit: (c, now = Date.now()) => hitKey(`client\0${address(c)}`, now),
    hitKey: (key, now = Date.now()) => hitKey(`key\0${key}`, now),
    peek: (c, now = Date.now()) => hitKey(`client\0${address(c)}`, now, false),
  };
}
