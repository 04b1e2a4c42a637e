// Privacy canaries: after real submissions, the raw database files and the server's own output must not
// contain what a reporter typed, their receipt, their address or their user agent.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../tests/fixtures/free-port.ts';
import { generateKey } from '../crypto/seal.ts';

const UA = `CanaryBrowser/9.9 (privacy-test ${Math.random().toString(36).slice(2)})`;
const DESCRIPTION = `Canary description zx${Math.random().toString(36).slice(2)} the girl next door is burned with a spoon`;
const URDU = `کینری تفصیل ${Date.now()} بچی کو روز مارا جاتا ہے`;
const DETAILS = `behind canary-mosque-${Math.random().toString(36).slice(2)}`;
const CONTACT = `0300-${Math.floor(1000000 + Math.random() * 8999999)}`;
const MESSAGE = `Canary follow-up ${Math.random().toString(36).slice(2)}`;

let dir: string;
let server: ChildProcess;
let output = '';
let base = '';
const receipts: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hifazat-privacy-'));
  const port = await freePort();
  // The server's JavaScript-off pages need the build's renderer and the page they fill: only those, so it starts fast.
  const built = new URL('../../dist/', import.meta.url).pathname;
  if (!existsSync(join(built, '_server'))) throw new Error('dist/ has no renderer: run `npm run build` first');
  for (const part of ['_server', 'en/report/answer', 'ur/report/answer'])
    cpSync(join(built, part), join(dir, 'site', part), { recursive: true });
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['api/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'privacy.db')}`,
      NODE_ENV: 'test',
      REPORT_KEY: generateKey(),
      REPORT_RATE_LIMIT: '1000/60',
      STATIC_DIR: join(dir, 'site'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const headers = { 'content-type': 'application/json', 'user-agent': UA, 'x-forwarded-for': '203.0.113.77' };
  for (const [description, locale] of [
    [DESCRIPTION, 'en'],
    [URDU, 'ur'],
  ] as const) {
    const res = await fetch(`${base}/api/reports`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        locale,
        reporter: 'self',
        category: 'physical_abuse',
        immediateDanger: true,
        child: { ageBand: '10-13', gender: 'girl' },
        location: { province: 'punjab', district: 'lahore', details: DETAILS },
        description,
        contact: CONTACT,
      }),
    });
    expect(res.status).toBe(201);
    receipts.push((await res.json()).receipt);
  }
  const form = new URLSearchParams({
    locale: 'ur',
    reporter: 'teacher',
    category: 'neglect',
    immediateDanger: 'false',
    'child.ageBand': '5-9',
    'location.province': 'sindh',
    'location.district': 'karachi-south',
    description: `${DESCRIPTION} (form)`,
  });
  const page = await (
    await fetch(`${base}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': UA },
      body: form,
    })
  ).text();
  receipts.push(page.match(/data-testid="receipt">([\d ]+)</)![1]!.replace(/ /g, ''));
  // A validation error and a miss go through the error paths too.
  await fetch(`${base}/api/reports`, { method: 'POST', headers, body: JSON.stringify({ locale: 'en', description: DESCRIPTION }) });
  await fetch(`${base}/api/reports/lookup`, { method: 'POST', headers, body: JSON.stringify({ receipt: '9999888877776666' }) });
  expect(
    (
      await fetch(`${base}/api/reports/messages`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ receipt: receipts[0], body: MESSAGE }),
      })
    ).status,
  ).toBe(201);
  expect(
    (await fetch(`${base}/api/reports/lookup`, { method: 'POST', headers, body: JSON.stringify({ receipt: receipts[0] }) })).status,
  ).toBe(200);
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

function secrets(): [string, string][] {
  return [
    ['description', DESCRIPTION.slice(0, 30)],
    ['urdu description', URDU],
    ['place details', DETAILS],
    ['contact', CONTACT],
    ['message', MESSAGE],
    ['user agent', UA],
    ['forwarded address', '203.0.113.77'],
    ['loopback address', '127.0.0.1:'],
    ...receipts.flatMap((r, i): [string, string][] => [
      [`receipt ${i}`, r],
      [`spaced receipt ${i}`, r.replace(/(\d{4})(?=\d)/g, '$1 ')],
    ]),
  ];
}

describe('what the server keeps and says', () => {
  it('keeps no plaintext, receipt, address or user agent in the raw database files (main and -wal)', () => {
    const files = ['privacy.db', 'privacy.db-wal'].map((f) => join(dir, f)).filter(existsSync);
    expect(files.length).toBeGreaterThan(0);
    const raw = Buffer.concat(files.map((f) => readFileSync(f)));
    // The database really holds the reports (so an empty file cannot pass).
    expect(raw.includes(Buffer.from('karachi-south'))).toBe(true);
    for (const [what, value] of secrets()) {
      if (what === 'loopback address') continue; // digits in the schema may match; the address is checked as a string below
      expect(raw.includes(Buffer.from(value, 'utf8')), `${what} found in the database file`).toBe(false);
    }
    expect(raw.includes(Buffer.from('127.0.0.1'))).toBe(false);
  });

  it('writes none of it to its log output', () => {
    expect(output).toContain('report.created');
    for (const [what, value] of secrets()) expect(output.includes(value), `${what} found in the server output`).toBe(false);
    expect(output).not.toContain('127.0.0.1');
    expect(output).not.toContain('user-agent');
  });
});
