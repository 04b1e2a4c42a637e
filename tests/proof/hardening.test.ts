// Issue #18's findings, each as the attack that worked before the fix, through the real routes on a real
// database file. (The reverse-proxy findings run behind a real nginx in proxy.test.ts.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { currentTotp } from '../../api/auth/totp.ts';
import { loadStaticSite } from '../../api/middleware/static-site.ts';
import { CLIENT_FAILURES, CODE_FAILURES } from '../../api/session/login.ts';
import { auditLog } from '../../db/schema.ts';
import { startSiteverify, TEST_SECRET, TEST_SITEKEY, TEST_TOKEN } from '../fixtures/siteverify-server.ts';
import { addStaff, enrolTotp, sessionCookie, signIn } from '../fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../fixtures/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // One trusted hop: app.request has no TCP peer, so X-Forwarded-For stands in for distinct clients here.
  t = await createTestApp({ TRUST_PROXY: '1' });
});
afterAll(() => t.close());

const signInRequest = (app: TestApp['app'], body: unknown, headers: Record<string, string> = {}, lang = 'en') =>
  app.request('/api/staff/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost', 'accept-language': lang, ...headers },
    body: JSON.stringify(body),
  });

describe('finding 2: staff bodies are bounded', () => {
  it('refuses a 600 MB chunked sign-in after reading under 1 MB of it', async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 600 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const before = process.memoryUsage().rss;
    const res = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect(sent).toBeLessThan(1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an oversized body on account and action routes with a declared length', async () => {
    const admin = await enrolTotp(t, await addStaff(t, 'admin', null));
    const res = await admin.post('/api/staff/accounts', { username: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
  });
});

describe('finding 2/3 and issue #28: sign-in throttle per client, no lock an outsider can hold against the owner', () => {
  it('refuses a guessing client with 429 while another client signs in', async () => {
    const victim = await addStaff(t, 'officer', 'cpu-lahore', 'punjab');
    const statuses: number[] = [];
    // The attacker spreads guesses over unknown names so no account lock is involved: only the client throttle.
    for (let i = 0; i <= CLIENT_FAILURES; i++)
      statuses.push(
        (await signInRequest(t.app, { username: `nobody${i}`, password: 'wrong-password' }, { 'x-forwarded-for': '198.51.100.66' })).status,
      );
    expect(statuses.slice(0, CLIENT_FAILURES).every((s) => s === 401)).toBe(true);
    expect(statuses[CLIENT_FAILURES]).toBe(429);
    // Even the right password from the attacking client is refused now …
    expect((await signInRequest(t.app, victim, { 'x-forwarded-for': '198.51.100.66' })).status).toBe(429);
    // … while the real user on another address signs in.
    expect((await signInRequest(t.app, victim, { 'x-forwarded-for': '203.0.113.5' })).status).toBe(204);
  });

  it('an officer’s right password and code sign in after an outsider’s failures from another address (before: 423)', async () => {
    const account = await addStaff(t, 'officer', 'cpu-lahore', 'punjab');
    const enrolled = await enrolTotp(t, account);
    // Twelve wrong passwords from one outsider's address, then twelve more spread over other addresses.
    for (let i = 0; i < 12; i++)
      expect(
        (await signInRequest(t.app, { username: account.username, password: `not-the-password-${i}` }, { 'x-forwarded-for': '192.0.2.66' }))
          .status,
      ).toBe(401);
    for (let i = 0; i < 12; i++)
      await signInRequest(t.app, { username: account.username, password: 'not-the-password' }, { 'x-forwarded-for': `192.0.2.${i + 1}` });
    // The outsider learns nothing new: still 401, never a lock.
    expect(
      (await signInRequest(t.app, { username: account.username, password: 'not-the-password' }, { 'x-forwarded-for': '192.0.2.66' }))
        .status,
    ).toBe(401);
    // The next time step's code (accepted within the one-step window): enrolment already used this step's code.
    const owner = await signInRequest(
      t.app,
      { ...account, totp: currentTotp(enrolled.secret, Date.now() + 30_000) },
      { 'x-forwarded-for': '203.0.113.77' },
    );
    expect(owner.status).toBe(204);
    expect(sessionCookie(owner)).toBeTruthy();
  });

  it('wrong codes after the right password: the account then takes only a recovery code, which still lets the owner in', async () => {
    const account = await addStaff(t, 'officer', 'cpu-lahore', 'punjab');
    const enrolled = await enrolTotp(t, account);
    const right = currentTotp(enrolled.secret, Date.now() + 30_000);
    const wrongCode = right === '000000' ? '111111' : '000000';
    // Someone holding the password guesses codes from many addresses.
    for (let i = 0; i < CODE_FAILURES; i++)
      expect((await signInRequest(t.app, { ...account, totp: wrongCode }, { 'x-forwarded-for': `198.51.100.${i + 1}` })).status).toBe(401);
    const refused = await signInRequest(t.app, { ...account, totp: right }, { 'x-forwarded-for': '198.51.100.200' }, 'ur');
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.fields.totp).toContain('ریکوری کوڈ');
    const owner = await signInRequest(t.app, { ...account, totp: enrolled.recoveryCodes[0] }, { 'x-forwarded-for': '203.0.113.78' });
    expect(owner.status).toBe(204);
  });
});

describe('finding 5: login CSRF, audit query, out-of-scope attempts', () => {
  it('sign-in refuses text/plain and foreign or missing Origin (before: text/plain from anywhere signed in)', async () => {
    const account = await addStaff(t, 'officer', 'cpu-lahore', 'punjab');
    const plain = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify(account),
    });
    expect(plain.status).toBe(415);
    expect((await signInRequest(t.app, account, { origin: 'https://evil.example', 'x-forwarded-for': '203.0.113.20' })).status).toBe(403);
    const noOrigin = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.20' },
      body: JSON.stringify(account),
    });
    expect(noOrigin.status).toBe(403);
    expect((await signInRequest(t.app, account, { 'x-forwarded-for': '203.0.113.20' })).status).toBe(204);
  });

  it('GET /api/staff/audit?before=Infinity is 400, not 500', async () => {
    const admin = await enrolTotp(t, await addStaff(t, 'admin', null));
    for (const before of ['Infinity', '-1', '1e400', 'abc', '0x10', '99999999999999999999']) {
      const res = await admin.get(`/api/staff/audit?before=${encodeURIComponent(before)}`);
      expect(res.status, before).toBe(400);
      expect((await res.json()).error.code).toBe('validation_failed');
    }
    expect((await admin.get('/api/staff/audit?before=5')).status).toBe(200);
  });

  it("logs a refused attempt on another unit's report under that unit's queue", async () => {
    const reference = (
      await (await postJson(t.app, '/api/reports', validReport({ location: { province: 'punjab', district: 'lahore' } }))).json()
    ).reference as string;
    const outsider = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
    expect((await outsider.get(`/api/staff/reports/${reference}`)).status).toBe(404);
    expect((await outsider.act(reference, { type: 'note', body: 'x' })).status).toBe(404);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'access_refused')).orderBy(desc(auditLog.id)).limit(2);
    expect(rows.map((r) => [r.target, r.queueId, r.username])).toEqual([
      [reference, 'cpu-lahore', outsider.username],
      [reference, 'cpu-lahore', outsider.username],
    ]);
  });
});

describe('PUBLIC_ORIGIN behind TLS (finding 4)', () => {
  let tls: TestApp;
  beforeAll(async () => {
    tls = await createTestApp({ PUBLIC_ORIGIN: 'https://hifazat.example.pk' });
  });
  afterAll(() => tls.close());

  it("accepts the browser's https:// Origin on sign-in and staff writes, and refuses another site's", async () => {
    const account = await addStaff(tls, 'officer', 'cpu-lahore', 'punjab');
    const origin = 'https://hifazat.example.pk';
    const res = await signInRequest(tls.app, account, { origin });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-hifazat_session=.*Secure/);
    const cookie = sessionCookie(res)!;
    const { csrfToken } = await (await tls.app.request('/api/staff/me', { headers: { cookie } })).json();
    const write = (o: string) =>
      tls.app.request('/api/staff/session', { method: 'DELETE', headers: { cookie, origin: o, 'x-csrf-token': csrfToken } });
    expect((await write('https://evil.example')).status).toBe(403);
    expect((await write('http://hifazat.example.pk')).status).toBe(403);
    expect((await write(origin)).status).toBe(204);
  });

  it('uses a plain cookie when the public origin is plain http on a real host', async () => {
    const plain = await createTestApp({ PUBLIC_ORIGIN: 'http://hifazat.lan' });
    try {
      const res = await signInRequest(plain.app, await addStaff(plain, 'officer', 'cpu-lahore', 'punjab'), {
        origin: 'http://hifazat.lan',
      });
      expect(res.status).toBe(204);
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^hifazat_session=/);
      expect(cookie).not.toMatch(/Secure/);
    } finally {
      plain.close();
    }
  });
});

describe('finding 1: a shared address slows people down instead of refusing them', () => {
  it('over the budget, a reporter who solved the captcha is still accepted; without it the form says when to retry', async () => {
    const sv = await startSiteverify();
    const app = await createTestApp({
      REPORT_RATE_LIMIT: '2/600',
      HCAPTCHA_SITEKEY: TEST_SITEKEY,
      HCAPTCHA_SECRET: TEST_SECRET,
      HCAPTCHA_VERIFY_URL: sv.url,
    });
    try {
      // Two people behind one carrier NAT address use up its budget.
      expect((await postJson(app.app, '/api/reports', validReport())).status).toBe(201);
      expect((await postJson(app.app, '/api/reports', validReport())).status).toBe(201);
      const refused = await postJson(app.app, '/api/reports', validReport());
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // A third person who solved the captcha is a person: accepted (before: 429, their report refused).
      const solved = await postJson(app.app, '/api/reports', validReport({ captchaToken: TEST_TOKEN }));
      expect(solved.status).toBe(201);
      expect((await solved.json()).verified).toBe(true);
    } finally {
      app.close();
      await sv.close();
    }
  });
});

describe('finding 6: unknown /api paths answer JSON, with the site in front too', () => {
  it('GET /api/nothing and /api are JSON 404 (before: the HTML 404 page)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hifazat-site-'));
    try {
      mkdirSync(join(dir, 'en'), { recursive: true });
      writeFileSync(join(dir, 'en/index.html'), '<!doctype html><html lang="en"><title>Home</title></html>');
      writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="en"><title>Not found</title></html>');
      const app = createApp({ db: t.db, config: t.config, site: await loadStaticSite(dir) });
      for (const path of ['/api/nothing-here', '/api', '/api/staff/../nothing', '/api/reports/unknown/deeper']) {
        const res = await app.request(path, { headers: { 'accept-language': 'ur' } });
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
        expect((await res.json()).error.code).toBe('not_found');
      }
      // The site itself still answers its own pages and its HTML 404.
      expect((await app.request('/en/')).status).toBe(200);
      expect((await app.request('/en/missing/')).headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PUBLIC_ORIGIN in canonical links (SITE_URL stays build-time)', () => {
  it('serves canonical, hreflang and sitemap links under the public origin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hifazat-site-'));
    try {
      mkdirSync(join(dir, 'en'), { recursive: true });
      writeFileSync(
        join(dir, 'en/index.html'),
        '<!doctype html><html lang="en"><title>Home</title><link rel="canonical" href="http://localhost:4321/en/"><link rel="alternate" hreflang="ur" href="http://localhost:4321/ur/"></html>',
      );
      writeFileSync(join(dir, 'sitemap.xml'), '<urlset><url><loc>http://localhost:4321/en/</loc></url></urlset>');
      const app = createApp({
        db: t.db,
        config: t.config,
        site: await loadStaticSite(dir, { publicOrigin: 'https://hifazat.example.pk' }),
      });
      const page = await (await app.request('/en/')).text();
      expect(page).toContain('<link rel="canonical" href="https://hifazat.example.pk/en/">');
      expect(page).toContain('hreflang="ur" href="https://hifazat.example.pk/ur/"');
      expect(page).not.toContain('localhost:4321');
      expect(await (await app.request('/sitemap.xml')).text()).toContain('<loc>https://hifazat.example.pk/en/</loc>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
