// Which role sees what: every report outside an account's scope answers 404 exactly like a missing one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, addStaff, completeTotpEnrolment, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import { currentTotp } from '../auth/totp.ts';

let t: TestApp;
const refs: Record<string, string> = {};
const who: Record<string, Agent> = {};

beforeAll(async () => {
  t = await createTestApp();
  const places = {
    peshawar: ['khyber-pakhtunkhwa', 'peshawar'],
    mardan: ['khyber-pakhtunkhwa', 'mardan'],
    lahore: ['punjab', 'lahore'],
  } as const;
  for (const [name, [province, district]] of Object.entries(places)) {
    const res = await postJson(t.app, '/api/reports', validReport({ location: { province, district } }));
    refs[name] = (await res.json()).reference;
  }
  who.officerPeshawar = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  who.officerMardan = await signIn(t, await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa'));
  who.supervisorPeshawar = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  who.provincialKp = await enrolTotp(t, await addStaff(t, 'provincial', null, 'khyber-pakhtunkhwa'));
  who.provincialPunjab = await enrolTotp(t, await addStaff(t, 'provincial', null, 'punjab'));
  who.admin = await enrolTotp(t, await addStaff(t, 'admin', null));
});
afterAll(() => t.close());

// Expected visibility: account → reports it may open.
const MATRIX: Record<string, string[]> = {
  officerPeshawar: ['peshawar'],
  officerMardan: ['mardan'],
  supervisorPeshawar: ['peshawar'],
  provincialKp: ['peshawar', 'mardan'],
  provincialPunjab: ['lahore'],
  admin: [],
};

describe('scope matrix', () => {
  for (const [account, allowed] of Object.entries(MATRIX)) {
    it(`${account} opens exactly ${allowed.join(', ') || 'no reports'}`, async () => {
      const missing = await who[account]!.get('/api/staff/reports/CP-ZZZZ-ZZZZ');
      const missingBody = await missing.json();
      for (const name of ['peshawar', 'mardan', 'lahore']) {
        const res = await who[account]!.get(`/api/staff/reports/${refs[name]}`);
        if (allowed.includes(name)) {
          expect(res.status, `${account} → ${name}`).toBe(200);
          expect((await res.json()).description).toContain('beaten');
        } else {
          expect(res.status, `${account} → ${name}`).toBe(404);
          expect(await res.json()).toEqual(missingBody);
          const act = await who[account]!.act(refs[name]!, { type: 'note', body: 'trying' });
          expect(act.status).toBe(404);
        }
      }
    });
  }

  it('lists only the queues in scope, and a queue outside scope is 404', async () => {
    const ids = async (a: Agent) => ((await (await a.get('/api/staff/queues')).json()).queues as { id: string }[]).map((q) => q.id);
    expect(await ids(who.officerPeshawar!)).toEqual(['cpu-peshawar']);
    const kp = await ids(who.provincialKp!);
    expect(kp).toEqual(expect.arrayContaining(['cpu-peshawar', 'cpu-mardan', 'kp-cpwc']));
    expect(kp).not.toContain('cpu-lahore');
    expect(await ids(who.admin!)).toEqual([]);
    expect((await who.officerPeshawar!.get('/api/staff/queues/cpu-mardan/reports')).status).toBe(404);
    expect((await who.provincialKp!.get('/api/staff/queues/cpu-mardan/reports')).status).toBe(200);
  });

  it('officers may not transfer, read the audit log or assign to someone else', async () => {
    const o = who.officerPeshawar!;
    expect((await o.act(refs.peshawar!, { type: 'transfer', queueId: 'cpu-mardan', reason: 'misrouted' })).status).toBe(403);
    expect((await o.get('/api/staff/audit')).status).toBe(403);
    expect((await o.act(refs.peshawar!, { type: 'assign', to: who.supervisorPeshawar!.username })).status).toBe(403);
    expect((await o.act(refs.peshawar!, { type: 'assign', to: o.username })).status).toBe(200);
  });

  it('supervisors read their own CPU’s audit log only', async () => {
    const res = await who.supervisorPeshawar!.get('/api/staff/audit');
    expect(res.status).toBe(200);
    const entries = (await res.json()).entries as { queueId: string; action: string; target: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.queueId === 'cpu-peshawar')).toBe(true);
    expect(entries.some((e) => e.action === 'report_viewed' && e.target === refs.peshawar)).toBe(true);
  });
});

describe('accounts', () => {
  it('an admin creates and disables accounts; nobody else may', async () => {
    const admin = who.admin!;
    for (const other of [who.supervisorPeshawar!, who.officerPeshawar!, who.provincialKp!]) {
      expect((await other.get('/api/staff/accounts')).status).toBe(403);
      expect((await other.post('/api/staff/accounts', { username: 'sneaky.one', role: 'admin' })).status).toBe(403);
      expect((await other.post(`/api/staff/accounts/${who.officerMardan!.username}/disable`, {})).status).toBe(403);
      expect((await other.post(`/api/staff/accounts/${who.officerMardan!.username}/reset-two-factor`, {})).status).toBe(403);
    }
    const badScope = await admin.post('/api/staff/accounts', { username: 'new.officer', role: 'officer', queueId: 'nowhere' });
    expect(badScope.status).toBe(400);
    expect((await badScope.json()).error.fields.queueId).toBeTruthy();
    const created = await admin.post('/api/staff/accounts', { username: 'new.officer', role: 'officer', queueId: 'cpu-peshawar' });
    expect(created.status).toBe(201);
    const { temporaryPassword } = await created.json();
    const first = await signIn(t, { username: 'new.officer', password: temporaryPassword });
    // The one-time password opens nothing but the password change.
    expect((await first.get(`/api/staff/reports/${refs.peshawar}`)).status).toBe(403);
    expect((await first.post('/api/staff/password', { current: temporaryPassword, next: 'a-long-enough-passphrase' })).status).toBe(204);
    // Then, as every account must, it enrols a second factor.
    const { secret } = await completeTotpEnrolment(t.app, first.cookie, first.csrf);
    expect((await first.get(`/api/staff/reports/${refs.peshawar}`)).status).toBe(200);
    expect((await first.get(`/api/staff/reports/${refs.mardan}`)).status).toBe(404);

    // Wrong passwords lock nothing: the owner's right password and code still sign in.
    const attempt = (password: string) =>
      t.app.request('/api/staff/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ username: 'new.officer', password }),
      });
    for (let i = 0; i < 5; i++) await attempt('wrong-password-here');
    // The next time step's code: enrolment used this step's.
    const officer = await signIn(
      t,
      { username: 'new.officer', password: 'a-long-enough-passphrase' },
      currentTotp(secret, Date.now() + 30_000),
    );
    expect((await officer.get(`/api/staff/reports/${refs.peshawar}`)).status).toBe(200);

    expect((await admin.post('/api/staff/accounts/new.officer/disable', {})).status).toBe(200);
    expect((await officer.get('/api/staff/me')).status).toBe(401);
    const list = (await (await admin.get('/api/staff/accounts')).json()).accounts;
    expect(list.find((a: { username: string }) => a.username === 'new.officer')).toMatchObject({
      disabled: true,
      role: 'officer',
      queueId: 'cpu-peshawar',
    });
    expect(JSON.stringify(list)).not.toMatch(/hash|argon/i);
  });
});
