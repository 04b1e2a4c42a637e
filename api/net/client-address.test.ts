import { describe, expect, it } from 'vitest';
import { inRange, limitKey, parseTrustProxy, resolveClientAddress } from './client-address.ts';

describe('parseTrustProxy', () => {
  it('reads off, a hop count and address lists', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('2')).toEqual({ hops: 2 });
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,::1')).toEqual({ addresses: ['127.0.0.1', '10.0.0.0/8', '::1'] });
  });
  it('refuses nonsense', () => {
    expect(parseTrustProxy('yes')).toBeInstanceOf(Error);
    expect(parseTrustProxy('10.0.0.0/40')).toBeInstanceOf(Error);
    expect(parseTrustProxy('99')).toBeInstanceOf(Error);
  });
});

describe('resolveClientAddress', () => {
  it('without a trusted proxy the peer is the client, whatever the header says', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', false)).toBe('203.0.113.9');
  });
  it('one trusted hop: the last X-Forwarded-For entry, not a spoofed earlier one', () => {
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7', { hops: 1 })).toBe('198.51.100.7');
  });
  it('by address: walks back through trusted proxies only', () => {
    const trust = { addresses: ['127.0.0.1', '10.0.0.0/8'] };
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3', trust)).toBe('198.51.100.7');
    expect(resolveClientAddress('192.0.2.1', '198.51.100.7', trust)).toBe('192.0.2.1');
  });
  it('a malformed entry stops at the last good hop', () => {
    expect(resolveClientAddress('127.0.0.1', 'junk', { hops: 1 })).toBe('127.0.0.1');
  });
});

describe('limitKey', () => {
  it('keys IPv6 by /64 so one subscriber cannot mint budgets', () => {
    expect(limitKey('2001:db8:1:2:aaaa::1')).toBe(limitKey('2001:db8:1:2:ffff:1:2:3'));
    expect(limitKey('2001:db8:1:2::1')).not.toBe(limitKey('2001:db8:1:3::1'));
    expect(limitKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(limitKey('198.51.100.7')).toBe('198.51.100.7');
  });
  it('inRange handles both families', () => {
    expect(inRange('10.9.8.7', '10.0.0.0/8')).toBe(true);
    expect(inRange('11.0.0.1', '10.0.0.0/8')).toBe(false);
    expect(inRange('2001:db8::5', '2001:db8::/32')).toBe(true);
    expect(inRange('::ffff:127.0.0.1', '127.0.0.1')).toBe(true);
  });
});
