// Who the client is, for rate limits only (never stored or logged; the limiter keeps an HMAC of it).
// Behind a reverse proxy the TCP peer is the proxy, so every reporter would share one budget; the real
// address is read from X-Forwarded-For, but only through hops the operator declared trusted
// (TRUST_PROXY), since anyone can send that header. IPv6 clients are keyed by their /64: one
// subscriber commonly owns a whole /64, so keying the full address would give them unlimited budgets.
import { isIP } from 'node:net';

/** `false` (no proxy: the peer is the client), a hop count, or the proxies' addresses / CIDR ranges. */
export type TrustProxy = false | { hops: number } | { addresses: readonly string[] };

/** Parses TRUST_PROXY: empty/`false`/`0` → no proxy; `1`, `2` … → that many hops; else a comma list of IPs or CIDRs. */
export function parseTrustProxy(raw: string | undefined): TrustProxy | Error {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops > 0 && hops <= 10 ? { hops } : new Error('a hop count must be between 1 and 10');
  }
  const addresses = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const a of addresses) {
    const [ip, bits] = a.split('/');
    const family = isIP(ip ?? '');
    if (!family || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)))) {
      return new Error(`"${a}" is not an IP address or CIDR range (use a hop count such as 1, or addresses such as 127.0.0.1,10.0.0.0/8)`);
    }
  }
  return { addresses };
}

/** Strips an IPv4-mapped IPv6 prefix so ::ffff:10.0.0.1 and 10.0.0.1 compare equal. */
function unmap(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1]! : ip;
}

/** The 128 bits of an IPv6 address as a bigint (handles ::, and a trailing dotted IPv4). */
function ipv6ToBigInt(ip: string): bigint {
  let text = ip.split('%')[0]!;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** Whether `ip` is `range` (an address) or inside it (a CIDR). */
export function inRange(ip: string, range: string): boolean {
  const addr = unmap(ip);
  const [base, bitsText] = range.split('/');
  const net = unmap(base!);
  const family = isIP(addr);
  if (!family || family !== isIP(net)) return false;
  if (family === 4) {
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    if (bits === 0) return true;
    const mask = (0xffffffff << (32 - bits)) >>> 0;
    return (ipv4ToInt(addr) & mask) >>> 0 === (ipv4ToInt(net) & mask) >>> 0;
  }
  const bits = BigInt(bitsText === undefined ? 128 : Number(bitsText));
  if (bits === 0n) return true;
  const shift = 128n - bits;
  return ipv6ToBigInt(addr) >> shift === ipv6ToBigInt(net) >> shift;
}

/** The rate-limit key for an address: IPv4 as is, IPv6 by its /64 network. */
export function limitKey(ip: string): string {
  const addr = unmap(ip.trim());
  if (isIP(addr) !== 6) return addr;
  const prefix = ipv6ToBigInt(addr) >> 64n;
  return `${prefix.toString(16)}::/64`;
}

/**
 * The client's address given the TCP peer and the X-Forwarded-For header (comma-separated, the nearest
 * hop last). Walks from the peer back through trusted hops; the first address that is not a trusted proxy
 * (or the one `hops` steps back) is the client. A malformed entry stops the walk at the last good hop.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  if (!trust || !forwardedFor) return peer;
  const chain = forwardedFor.split(',').map((s) => s.trim());
  if ('hops' in trust) {
    // The peer is hop 1; each further trusted hop appended one more entry to the header.
    let client = peer;
    for (let i = 0; i < trust.hops && chain.length > 0; i++) {
      const next = chain.pop()!;
      if (!isIP(unmap(next))) return client;
      client = next;
    }
    return client;
  }
  const trusted = (ip: string) => trust.addresses.some((r) => inRange(ip, r));
  if (!trusted(peer)) return peer;
  let client = peer;
  while (chain.length > 0) {
    const next = chain.pop()!;
    if (!isIP(unmap(next))) return client;
    client = next;
    if (!trusted(next)) return next;
  }
  return client;
}
