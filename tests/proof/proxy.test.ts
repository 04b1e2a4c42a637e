// Issue #18, findings 1 and 4, behind a real reverse proxy: the real server behind Debian's nginx on
// loopback, TLS terminated by nginx. Clients connect from different loopback addresses (127.0.0.2 and
// 127.0.0.3), so nginx really sees two peers and appends each to X-Forwarded-For.
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../fixtures/free-port.ts';
import { type NginxProxy, startNginx } from '../fixtures/nginx-proxy.ts';
import { type ServerProcess, startServer } from '../fixtures/server-process.ts';
import { reportBody } from './helpers.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: ServerProcess;
let proxy: NginxProxy;

beforeAll(async () => {
  const port = await freePort();
  server = await startServer({ env: { TRUST_PROXY: '1', REPORT_RATE_LIMIT: '2/600', PUBLIC_ORIGIN: `https://localhost:${port}` } });
  proxy = await startNginx(port, server.url);
});
afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTPS request to nginx from the given loopback address. */
function send(from: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  return new Promise((done, fail) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: proxy.port,
        method,
        path,
        localAddress: from,
        rejectUnauthorized: false,
        servername: 'localhost',
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

describe('behind nginx with TRUST_PROXY=1', () => {
  it('limits two clients separately (before: the proxy address was one budget for everyone)', async () => {
    const a = [];
    for (let i = 0; i < 3; i++) a.push((await send('127.0.0.2', 'POST', '/api/reports', reportBody(i))).status);
    expect(a).toEqual([201, 201, 429]);
    // Another client behind the same proxy still reports.
    expect((await send('127.0.0.3', 'POST', '/api/reports', reportBody(9))).status).toBe(201);
  });

  it('ignores an X-Forwarded-For the client made up itself', async () => {
    // 127.0.0.2 is out of budget; claiming to be someone else does not buy a new one.
    const res = await send('127.0.0.2', 'POST', '/api/reports', reportBody(1), { 'x-forwarded-for': '203.0.113.50' });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it("signs in and writes with the browser's https:// Origin (before: every staff write was 403 behind TLS)", async () => {
    const officer = server.demo.get('demo.officer.lahore')!;
    const origin = proxy.origin;
    const login = await send(
      '127.0.0.4',
      'POST',
      '/api/staff/session',
      { username: officer.username, password: officer.password },
      { origin },
    );
    expect(login.status).toBe(204);
    const setCookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    expect(setCookie[0]).toMatch(/^__Host-hifazat_session=.*; Secure/);
    const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const me = JSON.parse((await send('127.0.0.4', 'GET', '/api/staff/me', undefined, { cookie })).body) as { csrfToken: string };
    // A staff write through the proxy with the https Origin the browser sends.
    const out = await send('127.0.0.4', 'DELETE', '/api/staff/session', undefined, { cookie, origin, 'x-csrf-token': me.csrfToken });
    expect(out.status).toBe(204);
    // An origin that is neither the public one nor the one the request was addressed to (nginx's Host) is refused.
    const again = await send(
      '127.0.0.4',
      'POST',
      '/api/staff/session',
      { username: officer.username, password: officer.password },
      { origin: server.url },
    );
    expect(again.status).toBe(403);
  });
});
