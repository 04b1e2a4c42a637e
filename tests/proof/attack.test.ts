// Attack tests through the HTTP contract (app.request): security headers on every kind of response,
// injection payloads stored and returned inert, and the staff access rules that exist today
// (401 without a session, CSRF on state-changing requests, 404 outside an account's scope).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { type DemoAccount, seedDemoStaff } from '../../api/auth/demo-staff.ts';
import { generateKey } from '../../api/crypto/seal.ts';
import { loadStaticSite } from '../../api/middleware/static-site.ts';
import { nextCode, signInWithTotp } from '../fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../fixtures/test-app.ts';

let t: TestApp;
let prod: TestApp;
let siteDir: string;
let withSite: ReturnType<typeof createApp>;
let accounts: DemoAccount[];

beforeAll(async () => {
  [t, prod] = await Promise.all([createTestApp(), createTestApp({ NODE_ENV: 'production', REPORT_KEY: generateKey() })]);
  siteDir = mkdtempSync(join(tmpdir(), 'hifazat-site-'));
  mkdirSync(join(siteDir, 'en/report'), { recursive: true });
  writeFileSync(join(siteDir, 'en/index.html'), '<!doctype html><html lang="en"><title>Home</title><script>console.log(1)</script></html>');
  writeFileSync(join(siteDir, 'en/report/index.html'), '<!doctype html><html lang="en"><title>Report</title></html>');
  writeFileSync(join(siteDir, 'site.css'), 'body{margin:0}');
  writeFileSync(join(siteDir, '404.html'), '<!doctype html><html lang="en"><title>Not found</title></html>');
  withSite = createApp({ db: t.db, config: t.config, site: await loadStaticSite(siteDir) });
  accounts = await seedDemoStaff(t.db);
});
afterAll(() => {
  t.close();
  prod.close();
  rmSync(siteDir, { recursive: true, force: true });
});

const totpSecrets = new Map<string, string>();
/** Signs a demo account in through the real routes; roles that must use two-factor enrol TOTP the first time, then use clock codes. */
async function login(app: TestApp['app'], username: string) {
  const account = accounts.find((a) => a.username === username)!;
  const s = await signInWithTotp(app, account, totpSecrets.get(username));
  if (s.secret) totpSecrets.set(username, s.secret);
  return { cookie: s.cookie, csrf: s.csrf };
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const validForm = {
  locale: 'en',
  reporter: 'teacher',
  category: 'neglect',
  immediateDanger: 'false',
  'child.ageBand': '10-13',
  'location.province': 'punjab',
  'location.district': 'lahore',
  description: 'The girl comes to school hungry every day.',
};

describe('security headers on every kind of response', () => {
  const cases: [string, (app: TestApp['app'], site: TestApp['app']) => Response | Promise<Response>, number][] = [
    ['JSON 200 (health)', (a) => a.request('/api/health'), 200],
    ['JSON 200 cacheable (locations)', (a) => a.request('/api/locations'), 200],
    ['OpenAPI document', (a) => a.request('/api/openapi.json'), 200],
    ['JSON 201 (report)', (a) => postJson(a, '/api/reports', validReport()), 201],
    ['JSON 400', (a) => postJson(a, '/api/reports', { locale: 'ur' }), 400],
    ['JSON 413', (a) => postJson(a, '/api/reports', validReport({ description: 'x'.repeat(70_000) })), 413],
    ['JSON 415', (a) => a.request('/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }), 415],
    ['JSON 404 (receipt)', (a) => postJson(a, '/api/reports/lookup', { receipt: '1234567812345678' }), 404],
    ['JSON 404 (unknown API path)', (a) => a.request('/api/nothing-here'), 404],
    ['HTML 201 (form without JavaScript)', (a) => a.request('/api/reports', form(validForm)), 201],
    ['HTML 400 (form without JavaScript)', (a) => a.request('/api/reports', form({ ...validForm, category: 'nope' })), 400],
    ['staff 401', (a) => a.request('/api/staff/queues'), 401],
    ['staff 401 on HEAD', (a) => a.request('/api/staff/queues', { method: 'HEAD' }), 401],
    [
      'staff login 401',
      (a) => postJson(a, '/api/staff/session', { username: 'nobody', password: 'wrong' }, { origin: 'http://localhost' }),
      401,
    ],
    ['site page', (_a, s) => s.request('/en/'), 200],
    ['site page with captcha allowance', (_a, s) => s.request('/en/report/'), 200],
    ['site asset', (_a, s) => s.request('/site.css'), 200],
    ['site redirect', (_a, s) => s.request('/en'), 301],
    ['site 404', (_a, s) => s.request('/en/no-such-page/'), 404],
  ];

  it.each(cases)('%s', async (_name, send, status) => {
    for (const [app, production] of [
      [t.app, false],
      [prod.app, true],
    ] as const) {
      const site = production ? createApp({ db: prod.db, config: prod.config, site: await loadStaticSite(siteDir) }) : withSite;
      const res = await send(app, site);
      expect(res.status).toBe(status);
      const h = res.headers;
      expect(h.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(h.get('content-security-policy')).toMatch(/default-src '(none|self)'/);
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      if (production) expect(h.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      else expect(h.get('strict-transport-security')).toBeNull();
    }
  });

  it('a staff login response sets a __Host- cookie that is HttpOnly, Secure and SameSite=Strict', async () => {
    const account = accounts[0]!;
    const res = await postJson(
      t.app,
      '/api/staff/session',
      { username: account.username, password: account.password },
      { origin: 'http://localhost' },
    );
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^__Host-/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});

const PAYLOADS = [
  'Robert\'); DROP TABLE reports;-- " OR 1=1 --',
  '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)> javascript:alert(1) {{constructor.constructor("alert(1)")()}} ${7*7}',
  "بچے کو مارا گیا '); DELETE FROM staff_users; -- <b>جلی</b> \u202eRTL override\u202c \u0000?",
];

describe('injection payloads are stored and returned inert', () => {
  it('SQL and HTML in every text field of a report come back byte for byte as JSON data, and the tables stand', async () => {
    const { cookie } = await login(t.app, 'demo.officer.peshawar');
    for (const payload of PAYLOADS) {
      const description = `${payload} (the child is hurt at home)`;
      const details = payload.slice(0, 400);
      const contact = payload.slice(0, 200);
      const created = await postJson(
        t.app,
        '/api/reports',
        validReport({ description, contact, location: { province: 'khyber-pakhtunkhwa', district: 'peshawar', details } }),
      );
      expect(created.status).toBe(201);
      const { reference, receipt } = await created.json();
      const message = `${payload} more`;
      expect((await postJson(t.app, '/api/reports/messages', { receipt, body: message })).status).toBe(201);

      const view = await t.app.request(`/api/staff/reports/${reference}`, { headers: { cookie } });
      expect(view.status).toBe(200);
      expect(view.headers.get('content-type')).toMatch(/^application\/json/);
      const report = await view.json();
      // Stored as typed (NFC, trimmed; NUL kept as data), never interpreted.
      const norm = (s: string) => s.normalize('NFC').trim();
      expect(report.description).toBe(norm(description));
      expect(report.location.details).toBe(norm(details));
      expect(report.contact).toBe(norm(contact));
      expect(report.messages.map((m: { body: string }) => m.body)).toContain(norm(message));

      const lookup = await postJson(t.app, '/api/reports/lookup', { receipt });
      expect(lookup.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await lookup.json()).messages.map((m: { body: string }) => m.body)).toContain(norm(message));
    }
    const tables = await t.db.$client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('reports', 'staff_users', 'messages')",
    );
    expect(tables.rows).toHaveLength(3);
    const staff = await t.db.$client.execute('SELECT count(*) AS n FROM staff_users');
    expect(Number(staff.rows[0]!.n)).toBe(accounts.length);
  });

  it('the JavaScript-off form never echoes a payload as markup', async () => {
    for (const payload of PAYLOADS) {
      for (const fields of [
        { ...validForm, description: `${payload} more words here` },
        { ...validForm, description: `${payload} more words here`, category: payload },
        { ...validForm, [payload]: payload },
      ]) {
        const res = await t.app.request('/api/reports', form(fields));
        expect(res.status).toBeLessThan(500);
        const html = await res.text();
        expect(html).not.toContain('<script>alert');
        expect(html).not.toContain('<img src=x');
        expect(html).not.toContain('<svg/onload');
        expect(html).not.toContain('<b>جلی</b>');
      }
    }
  });

  it('place names served to the form and console carry no control characters', async () => {
    const body = await (await t.app.request('/api/locations')).json();
    const names: string[] = body.provinces.flatMap(
      (p: { name: { en: string; ur: string }; districts: { name: { en: string; ur: string } }[] }) => [
        p.name.en,
        p.name.ur,
        ...p.districts.flatMap((d) => [d.name.en, d.name.ur]),
      ],
    );
    expect(names.filter((n) => /[\u0000-\u001f\u007f]/.test(n) || n !== n.trim())).toEqual([]);
    const created = await (
      await postJson(t.app, '/api/reports', validReport({ location: { province: 'punjab', district: 'lahore' } }))
    ).json();
    expect(created.queue.name.ur).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('staff access through HTTP (what exists today)', () => {
  let peshawarRef = '';
  let lahoreRef = '';
  beforeAll(async () => {
    peshawarRef = (await (await postJson(t.app, '/api/reports', validReport())).json()).reference;
    lahoreRef = (
      await (await postJson(t.app, '/api/reports', validReport({ location: { province: 'punjab', district: 'lahore' } }))).json()
    ).reference;
  });

  it('every staff route answers 401 unauthorized without a session, and after logout', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/staff/me'],
      ['GET', '/api/staff/queues'],
      ['GET', '/api/staff/queues/cpu-peshawar/reports'],
      ['GET', `/api/staff/reports/${peshawarRef}`],
      ['POST', `/api/staff/reports/${peshawarRef}/actions`],
      ['DELETE', '/api/staff/session'],
    ];
    const { cookie, csrf } = await login(t.app, 'demo.officer.peshawar');
    const out = await t.app.request('/api/staff/session', { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.status).toBe(204);
    for (const [method, path] of routes) {
      for (const headers of [{}, { cookie }, { cookie: '__Host-hifazat_session=forged' }] as Record<string, string>[]) {
        const res = await t.app.request(path, {
          method,
          headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: method === 'GET' ? undefined : '{"type":"note","body":"x"}',
        });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect((await res.json()).error.code).toBe('unauthorized');
      }
    }
  });

  it('state-changing staff requests need the CSRF token and a same-origin Origin (403 forbidden)', async () => {
    const { cookie, csrf } = await login(t.app, 'demo.officer.peshawar');
    const attempts: Record<string, string>[] = [
      { cookie },
      { cookie, 'x-csrf-token': 'wrong' },
      { cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' },
    ];
    for (const headers of attempts) {
      const action = await t.app.request(`/api/staff/reports/${peshawarRef}/actions`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'note', body: 'x' }),
      });
      expect(action.status).toBe(403);
      expect((await action.json()).error.code).toBe('forbidden');
      const logout = await t.app.request('/api/staff/session', { method: 'DELETE', headers });
      expect(logout.status).toBe(403);
    }
    // The session survived the forged logouts.
    expect((await t.app.request('/api/staff/me', { headers: { cookie } })).status).toBe(200);
  });

  it('a report or queue outside the account scope is a 404, exactly like one that does not exist', async () => {
    const { cookie } = await login(t.app, 'demo.officer.peshawar');
    const own = await t.app.request(`/api/staff/reports/${peshawarRef}`, { headers: { cookie } });
    expect(own.status).toBe(200);
    const other = await t.app.request(`/api/staff/reports/${lahoreRef}`, { headers: { cookie } });
    const missing = await t.app.request('/api/staff/reports/CP-2222-2222', { headers: { cookie } });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
    const otherQueue = await t.app.request('/api/staff/queues/cpu-lahore/reports', { headers: { cookie } });
    const noQueue = await t.app.request('/api/staff/queues/no-such-queue/reports', { headers: { cookie } });
    expect(otherQueue.status).toBe(404);
    expect(await otherQueue.json()).toEqual(await noQueue.json());
    const queues = await (await t.app.request('/api/staff/queues', { headers: { cookie } })).json();
    expect(queues.queues.map((q: { id: string }) => q.id)).toEqual(['cpu-peshawar']);
  });

  it('a provincial account sees its province queues and nothing across the border', async () => {
    const { cookie } = await login(t.app, 'demo.provincial.kp');
    expect((await t.app.request(`/api/staff/reports/${peshawarRef}`, { headers: { cookie } })).status).toBe(200);
    expect((await t.app.request(`/api/staff/reports/${lahoreRef}`, { headers: { cookie } })).status).toBe(404);
    const queues = await (await t.app.request('/api/staff/queues', { headers: { cookie } })).json();
    expect(queues.queues.length).toBeGreaterThan(1);
    expect(queues.queues.every((q: { province: string }) => q.province === 'khyber-pakhtunkhwa')).toBe(true);
  });

  it('an admin without a queue sees no report content', async () => {
    const { cookie } = await login(t.app, 'demo.admin');
    expect((await t.app.request(`/api/staff/reports/${peshawarRef}`, { headers: { cookie } })).status).toBe(404);
  });

  it('a new login issues a new session token (no fixation on a planted cookie)', async () => {
    const account = accounts.find((a) => a.username === 'demo.officer.peshawar')!;
    const planted = '__Host-hifazat_session=planted-by-attacker';
    const res = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie: planted },
      // Every account signs in with its second factor (enrolled by an earlier test's login, or none yet).
      body: JSON.stringify({ username: account.username, password: account.password, totp: nextCode(account.username) }),
    });
    expect(res.status).toBe(204);
    const issued = res.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(issued).not.toBe(planted);
    expect((await t.app.request('/api/staff/me', { headers: { cookie: planted } })).status).toBe(401);
    expect((await t.app.request('/api/staff/me', { headers: { cookie: issued } })).status).toBe(200);
  });
});
