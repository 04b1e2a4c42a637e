// Privacy canaries on the real server process: reports, follow-ups and lookups sent with a distinctive
// User-Agent, X-Forwarded-For and cookies; afterwards the database file, its WAL and everything the server
// printed must contain none of them, nor the receipts, nor any plaintext the reporter typed.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ServerProcess, startServer } from '../fixtures/server-process.ts';
import { reportBody, submit } from './helpers.ts';

// Real processes on a shared 2-core machine: generous limits, the assertions stay strict.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const UA = 'CanaryAgent/9.9 (zz-canary-ua-7f3k)';
const XFF = '203.0.113.77';
const REAL_IP = '198.51.100.23';
const COOKIE = 'tracker=zz-canary-cookie-q4m1';
const headers = {
  'user-agent': UA,
  'x-forwarded-for': `${XFF}, ${REAL_IP}`,
  'x-real-ip': REAL_IP,
  forwarded: `for=${XFF}`,
  cookie: COOKIE,
};

let server: ServerProcess;
const secrets: string[] = [];
const plaintexts: string[] = [];

beforeAll(async () => {
  server = await startServer();
  for (let i = 0; i < 12; i++) {
    const description = `zz-canary-description-${i} the boy at the brick kiln is chained at night`;
    const details = `zz-canary-details-${i} behind the mosque`;
    const contact = `zz-canary-contact-${i} 0300-5550${i.toString().padStart(3, '0')}`;
    plaintexts.push(description, details, contact);
    const ack = await submit(
      server.url,
      reportBody(i, { description, contact, location: { province: 'punjab', district: 'lahore', details } }),
      headers,
    );
    expect(ack.status).toBe(201);
    secrets.push(ack.receipt!);
    const message = `zz-canary-message-${i} he was beaten again`;
    plaintexts.push(message);
    const added = await fetch(`${server.url}/api/reports/messages`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ receipt: ack.receipt, body: message }),
    });
    expect(added.status).toBe(201);
    const looked = await fetch(`${server.url}/api/reports/lookup`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ receipt: ack.receipt }),
    });
    expect(looked.status).toBe(200);
  }
  // Failed and refused requests too: their bodies and the client must not end up in a log either.
  await submit(server.url, { description: 'zz-canary-invalid-body', receipt: secrets[0] }, headers);
  await fetch(`${server.url}/api/reports/lookup`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ receipt: '9999888877776666' }),
  });
  plaintexts.push('zz-canary-invalid-body');
  secrets.push('9999888877776666');
  // SIGKILL so the WAL is left as it is, unmerged, for inspection.
  await server.kill('SIGKILL');
});
afterAll(() => server.stop());

function haystacks() {
  const files = [server.dbFile, `${server.dbFile}-wal`].filter(existsSync);
  return [
    ...files.map((f) => ({ name: f.split('/').pop()!, text: readFileSync(f).toString('latin1') + readFileSync(f).toString('utf8') })),
    { name: 'stdout', text: server.stdout() },
    { name: 'stderr', text: server.stderr() },
  ];
}

describe('privacy canaries', () => {
  it('the database and its WAL exist and hold the reports (the search below is not vacuous)', () => {
    const wal = `${server.dbFile}-wal`;
    expect(existsSync(server.dbFile)).toBe(true);
    const all = haystacks()
      .map((h) => h.text)
      .join('');
    // The reports are there, sealed: the references and ciphertext markers are findable.
    expect(all).toMatch(/CP-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(all).toMatch(/v1\.[0-9a-f]{8}\./);
    expect(existsSync(wal) || existsSync(server.dbFile)).toBe(true);
  });

  it.each([
    ['client addresses', () => [XFF, REAL_IP, '127.0.0.1']],
    ['user agent and cookies', () => [UA, 'zz-canary-ua', 'zz-canary-cookie']],
    ['receipts', () => secrets.flatMap((r) => [r, r.replace(/(\d{4})(?=\d)/g, '$1 ')])],
    ['plaintext the reporter typed', () => plaintexts],
  ])('no %s in the database file, its WAL, stdout or stderr', (_what, needles) => {
    const found: string[] = [];
    for (const { name, text } of haystacks()) for (const needle of needles()) if (text.includes(needle)) found.push(`${needle} in ${name}`);
    expect(found).toEqual([]);
  });
});
