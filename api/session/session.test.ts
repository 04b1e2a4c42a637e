// Sign-in, sessions, CSRF and the absence of account lockout through the real routes on a real database file.

import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, staffSessions } from '../../db/schema.ts';
import { addStaff, agent, nextCode, sessionCookie, signIn, signInBare } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_EVERY_MS } from '../kernel/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.request('/api/staff/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost', ...headers },
    body: JSON.stringify(body),
  });

describe('GET /api/staff/me says what the account may do', () => {
  it('an officer may take reports but not oversee; the API refuses what `can` denies', async () => {
    const a = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    const me = await (await a.get('/api/staff/me')).json();
    expect(me.can).toEqual({
      keepOnDuty: false,
      takeAssignments: true,
      assignOthers: false,
      transfer: false,
      viewAudit: false,
      viewStats: false,
      viewDashboard: false,
      manageAccounts: false,
      workReports: true,
      answerReferrals: false,
      // Issue #24: an officer records reports from every channel and relays for callers, and approves nothing.
      recordIntake: true,
      relayForCallers: true,
      approveCases: false,
    });
    expect((await a.get('/api/staff/audit')).status).toBe(403);
    expect((await a.get('/api/staff/stats')).status).toBe(403);
    expect((await a.get('/api/staff/accounts')).status).toBe(403);
  });
});

describe('sign-in and sessions', () => {
  it('sets a __Host- cookie that is HttpOnly, Secure and SameSite=Strict, and stores only its hash', async () => {
    const acc = await addStaff(t, 'officer', 'cpu-peshawar');
    const res = await login(acc);
    expect(res.status).toBe(204);
    const header = res.headers.getSetCookie().find((c) => c.startsWith('__Host-hifazat_session='))!;
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).not.toMatch(/Domain=/i);
    const token = header.split(';')[0]!.split('=')[1]!;
    const rows = await t.db.select().from(staffSessions);
    expect(rows.some((r) => r.idHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.idHash))).toBe(true);
  });

  it('rotates the session at sign-in: the session presented before no longer works', async () => {
    const acc = await addStaff(t, 'officer', 'cpu-peshawar');
    const first = await signIn(t, acc);
    const res = await login({ ...acc, totp: nextCode(acc.username) }, { cookie: first.cookie });
    const second = sessionCookie(res)!;
    expect(second).not.toBe(first.cookie);
    expect((await t.app.request('/api/staff/me', { headers: { cookie: first.cookie } })).status).toBe(401);
    expect((await t.app.request('/api/staff/me', { headers: { cookie: second } })).status).toBe(200);
  });

  it('logout ends the session on the server', async () => {
    const a = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    const res = await t.app.request('/api/staff/session', {
      method: 'DELETE',
      headers: { cookie: a.cookie, origin: 'http://localhost', 'x-csrf-token': a.csrf },
    });
    expect(res.status).toBe(204);
    expect((await a.get('/api/staff/me')).status).toBe(401);
  });

  it('expires after 30 idle minutes, and after 12 hours however busy', async () => {
    const a = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start + IDLE_TIMEOUT_MS - 60_000);
    expect((await a.get('/api/staff/me')).status).toBe(200);
    vi.setSystemTime(start + 2 * IDLE_TIMEOUT_MS - 60_000 * 3);
    expect((await a.get('/api/staff/me')).status).toBe(200); // still within 30 min of the last request
    vi.setSystemTime(start + 3 * IDLE_TIMEOUT_MS);
    expect((await a.get('/api/staff/me')).status).toBe(401);

    vi.useRealTimers();
    const b = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    const s = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let at = s + 20 * 60_000; at < s + ABSOLUTE_TIMEOUT_MS; at += 20 * 60_000) {
      vi.setSystemTime(at);
      expect((await b.get('/api/staff/me')).status).toBe(200);
    }
    vi.setSystemTime(s + ABSOLUTE_TIMEOUT_MS + 1000);
    expect((await b.get('/api/staff/me')).status).toBe(401);
  });

  it('writes the last-seen time at most once a minute, and still ends the session 30 idle minutes after it', async () => {
    const a = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    const lastSeen = async () => (await t.db.select({ at: staffSessions.lastSeenAt }).from(staffSessions).all()).map((r) => r.at);
    const before = await lastSeen();
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start + TOUCH_EVERY_MS / 2);
    expect((await a.get('/api/staff/me')).status).toBe(200);
    expect(await lastSeen(), 'a request within the minute writes nothing').toEqual(before);
    vi.setSystemTime(start + TOUCH_EVERY_MS + 1000);
    expect((await a.get('/api/staff/me')).status).toBe(200);
    expect((await lastSeen()).filter((at) => !before.includes(at))).toEqual([start + TOUCH_EVERY_MS + 1000]);
    vi.setSystemTime(start + TOUCH_EVERY_MS + IDLE_TIMEOUT_MS - 1000);
    expect((await a.get('/api/staff/me')).status).toBe(200);
    vi.setSystemTime(start + TOUCH_EVERY_MS + 2 * IDLE_TIMEOUT_MS);
    expect((await a.get('/api/staff/me')).status).toBe(401);
  });

  it('answers unknown usernames and wrong passwords the same, and copies no password into the audit log', async () => {
    const acc = await addStaff(t, 'officer', 'cpu-peshawar');
    const wrong = await login({ username: acc.username, password: 'not-the-password-123' }, { 'accept-language': 'ur' });
    const unknown = await login({ username: 'nobody.here', password: 'not-the-password-123' }, { 'accept-language': 'ur' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    const log = JSON.stringify(await t.db.select().from(auditLog));
    expect(log).not.toContain('not-the-password-123');
    expect(log).not.toContain('nobody.here');
  });
});

describe('no lockout', () => {
  it('locks no account, however many failures: the owner signs in next, and unknown usernames answer the same', async () => {
    const acc = await addStaff(t, 'officer', 'cpu-peshawar');
    const statuses: number[] = [];
    const ghost: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await login({ username: acc.username, password: `wrong-${i}-password` })).status);
      ghost.push((await login({ username: 'ghost.account', password: `wrong-${i}-password` })).status);
    }
    expect(statuses).toEqual(Array(12).fill(401));
    expect(ghost).toEqual(statuses);
    const wrong = await login({ username: acc.username, password: 'wrong-again-password' });
    expect(await wrong.json()).toEqual(await (await login({ username: 'ghost.account', password: 'anything-at-all' })).json());
    expect((await login(acc)).status).toBe(204);
  });
});

describe('CSRF', () => {
  it('refuses a write without the token, with a wrong token or from another origin', async () => {
    // Not enrolled yet, so enrolment is the write this session may make.
    const a = await signInBare(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    const path = '/api/staff/totp/enrol';
    expect((await a.post(path, {}, { 'x-csrf-token': '' })).status).toBe(403);
    expect((await a.post(path, {}, { 'x-csrf-token': 'guess' })).status).toBe(403);
    expect((await a.post(path, {}, { origin: 'https://evil.example' })).status).toBe(403);
    const body = await (await a.post(path, {}, { origin: 'https://evil.example' })).json();
    expect(body.error.code).toBe('forbidden');
    expect((await a.post(path, {})).status).toBe(200);
    // A token belongs to its session: another account's token does not work.
    const b = await signInBare(t, await addStaff(t, 'officer', 'cpu-peshawar'));
    expect((await agent(t, a, a.cookie, b.csrf).post(path, {})).status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.request('/api/staff/queues')).status).toBe(401);
  });
});

describe('contract', () => {
  it('documents the staff routes in /api/openapi.json', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/staff/session', '/api/staff/reports/{reference}/actions']));
    expect(JSON.stringify(doc.components.schemas.StaffAction)).toContain('mark_duplicate');
  });
});

describe('account state', () => {
  it('a disabled account cannot sign in', async () => {
    const acc = await addStaff(t, 'officer', 'cpu-peshawar');
    const { staffUsers } = await import('../../db/schema.ts');
    await t.db.update(staffUsers).set({ disabled: true }).where(eq(staffUsers.username, acc.username));
    expect((await login(acc)).status).toBe(401);
  });
});

describe('timing', () => {
  it('an unknown username costs what a wrong password costs (one argon2id verification each)', async () => {
    // Its own app: the failures of the tests above would trip the sign-in throttle, and two fast 429s say nothing.
    const own = await createTestApp();
    const login = async (body: Record<string, unknown>) => {
      const res = await own.app.request('/api/staff/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(401);
    };
    // Warm up the dummy hash and the code paths first.
    await login({ username: 'warm.up', password: 'wrong-password-0' });
    const users = await Promise.all([0, 1, 2].map(() => addStaff(own, 'officer', 'cpu-peshawar')));
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const [i, u] of users.entries()) {
        const timeKnown = async () => {
          const s = performance.now();
          await login({ username: u.username, password: `wrong-password-${round}` });
          known.push(performance.now() - s);
        };
        const timeUnknown = async () => {
          const s = performance.now();
          await login({ username: `ghost.${round}.${i}.timing`, password: `wrong-password-${round}` });
          unknown.push(performance.now() - s);
        };
        // Alternate which goes first so neither gets a warmer cache every time.
        if ((round + i) % 2) await timeKnown().then(timeUnknown);
        else await timeUnknown().then(timeKnown);
      }
    }
    // The fastest of each: other work on the machine only ever adds time, so the fastest sample is the closest to
    // the work the path itself does; a median moves with whatever else the machine is running.
    const fastest = (xs: number[]) => Math.min(...xs);
    const k = fastest(known);
    const u = fastest(unknown);
    process.stdout.write(
      `login timing, fastest of ${known.length}: wrong password ${k.toFixed(1)} ms, unknown username ${u.toFixed(1)} ms\n`,
    );
    // Both do the same argon2id work; an unknown name that skipped it would take a small fraction of a wrong password.
    expect(u / k).toBeGreaterThan(0.5);
    expect(u / k).toBeLessThan(2);
    own.close();
  });
});
