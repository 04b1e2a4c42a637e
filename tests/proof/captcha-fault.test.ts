// hCaptcha down or slow, against the real server process: a loopback siteverify of our own that follows
// hCaptcha's documented contract (POST form { secret, response, sitekey? } → { success, "error-codes"? })
// and, depending on the token, answers, refuses the token, fails, or never answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ServerProcess, staffLogin, startServer } from '../fixtures/server-process.ts';
import { reportBody, submit } from './helpers.ts';

// Real processes on a shared 2-core machine: generous limits, the assertions stay strict.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const TIMEOUT_MS = 400;
const SECRET = '0x0000000000000000000000000000000000000000';
let siteverify: Server;
let siteverifyUrl = '';
let server: ServerProcess;
let deadServer: ServerProcess;
const seen: URLSearchParams[] = [];

beforeAll(async () => {
  siteverify = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (d: string) => (raw += d));
    req.on('end', () => {
      const form = new URLSearchParams(raw);
      seen.push(form);
      const token = form.get('response');
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (token === 'hang') return; // never answers: the connection stays open
      if (token === 'slow') return void setTimeout(() => json(200, { success: true }), 10_000);
      if (token === 'broken') return json(500, { error: 'internal' });
      if (form.get('secret') !== SECRET) return json(200, { success: false, 'error-codes': ['invalid-input-secret'] });
      if (token === '10000000-aaaa-bbbb-cccc-000000000001')
        return json(200, { success: true, challenge_ts: new Date().toISOString(), hostname: 'localhost' });
      return json(200, { success: false, 'error-codes': ['invalid-input-response'] });
    });
  });
  await new Promise<void>((done) => siteverify.listen(0, '127.0.0.1', done));
  siteverifyUrl = `http://127.0.0.1:${(siteverify.address() as AddressInfo).port}/siteverify`;
  const env = {
    HCAPTCHA_SECRET: SECRET,
    HCAPTCHA_SITEKEY: '10000000-ffff-ffff-ffff-000000000001',
    HCAPTCHA_TIMEOUT_MS: String(TIMEOUT_MS),
  };
  [server, deadServer] = await Promise.all([
    startServer({ env: { ...env, HCAPTCHA_VERIFY_URL: siteverifyUrl } }),
    // Port 9 on loopback: nothing listens, the connection is refused (hCaptcha down).
    startServer({ env: { ...env, HCAPTCHA_VERIFY_URL: 'http://127.0.0.1:9/siteverify' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), deadServer?.stop()]);
  siteverify.closeAllConnections();
  siteverify.close();
});

async function timed(url: string, token: string) {
  const t0 = performance.now();
  const ack = await submit(url, reportBody(1, { captchaToken: token, location: { province: 'punjab', district: 'lahore' } }));
  return { ack, ms: performance.now() - t0 };
}

describe('hCaptcha down or slow', () => {
  it('a valid token marks the report verified (the stand-in answers as hCaptcha does)', async () => {
    const { ack } = await timed(server.url, '10000000-aaaa-bbbb-cccc-000000000001');
    expect(ack.status).toBe(201);
    expect((ack.body as { verified: boolean }).verified).toBe(true);
    const last = seen.at(-1)!;
    expect(last.get('secret')).toBe(SECRET);
    expect(last.has('remoteip')).toBe(false);
  });

  it('a token hCaptcha refuses is a 400 captcha_failed, not a stored report', async () => {
    const { ack } = await timed(server.url, 'not-a-real-token');
    expect(ack.status).toBe(400);
    expect((ack.body as { error: { code: string } }).error.code).toBe('captcha_failed');
  });

  it.each(['hang', 'slow', 'broken'])(
    'siteverify that is %s does not hold the report: it is stored unverified within the timeout',
    async (token) => {
      const { ack, ms } = await timed(server.url, token);
      expect(ack.status).toBe(201);
      expect((ack.body as { verified: boolean }).verified).toBe(false);
      // Well under the 10 s the slow stand-in takes, with room for a busy CI machine.
      expect(ms).toBeLessThan(TIMEOUT_MS + 4000);
    },
  );

  it('siteverify unreachable (connection refused): stored unverified', async () => {
    const { ack } = await timed(deadServer.url, '10000000-aaaa-bbbb-cccc-000000000001');
    expect(ack.status).toBe(201);
    expect((ack.body as { verified: boolean }).verified).toBe(false);
  });

  it('the unverified reports are in the CPU queue for staff', async () => {
    const hung = await timed(server.url, 'hang');
    const { cookie } = await staffLogin(server, server.demo.get('demo.officer.lahore')!);
    const res = await fetch(`${server.url}/api/staff/queues/cpu-lahore/reports`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const { reports } = (await res.json()) as { reports: { reference: string; verified: boolean }[] };
    expect(reports.find((r) => r.reference === hung.ack.reference)).toMatchObject({ verified: false });
  });
});
