// TOTP with codes from the real clock: enrolment, sign-in with a code, replay, recovery codes, every role required.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROLES, type Role } from '../../domain/vocabulary.ts';
import { addStaff, completeTotpEnrolment, enrolTotp, sessionCookie, signInBare } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { allows, rulesOf } from '../kernel/policy.ts';
import { passwordProblem } from './password.ts';
import { checkTotp, currentTotp, newTotpSecret } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const login = (body: Record<string, unknown>) =>
  t.app.request('/api/staff/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify(body),
  });

describe('TOTP', () => {
  it('accepts the current code and its neighbours, not codes from minutes away', () => {
    const secret = newTotpSecret();
    const now = Date.now();
    expect(checkTotp(secret, currentTotp(secret, now), now)).not.toBeNull();
    expect(checkTotp(secret, currentTotp(secret, now - 30_000), now)).not.toBeNull();
    expect(checkTotp(secret, currentTotp(secret, now - 5 * 60_000), now)).toBeNull();
    expect(checkTotp(secret, 'abcdef', now)).toBeNull();
  });

  it('a supervisor must enrol before anything else, with a QR code image and recovery codes', async () => {
    const acc = await addStaff(t, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa');
    const a = await signInBare(t, acc);
    const me = await (await a.get('/api/staff/me')).json();
    expect(me).toMatchObject({ totpRequired: true, totpEnabled: false });
    expect((await a.get('/api/staff/queues')).status).toBe(403);
    const enrol = await (await a.post('/api/staff/totp/enrol', {})).json();
    expect(enrol.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(enrol.qr.split(',')[1], 'base64').toString()).toContain('<svg');
    expect(enrol.otpauthUrl).toContain(`secret=${enrol.secret}`);
    expect((await a.post('/api/staff/totp/confirm', { code: '000000' === currentTotp(enrol.secret) ? '111111' : '000000' })).status).toBe(
      400,
    );
    const used = currentTotp(enrol.secret);
    const confirm = await a.post('/api/staff/totp/confirm', { code: used });
    expect(confirm.status).toBe(200);
    const { recoveryCodes } = await confirm.json();
    expect(recoveryCodes).toHaveLength(10);
    expect((await a.get('/api/staff/queues')).status).toBe(200);

    // From now on the password alone asks for the code.
    const noCode = await login(acc);
    expect(noCode.status).toBe(401);
    expect((await noCode.json()).error.fields.totp).toBeTruthy();
    expect((await login({ ...acc, totp: '12345' })).status).toBe(401);
    // The code that confirmed enrolment is used up; the next 30-second step's code signs in, once.
    expect((await login({ ...acc, totp: used })).status).toBe(401);
    const later = Date.now() + 30_000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(later);
    const next = currentTotp(enrol.secret, later);
    expect((await login({ ...acc, totp: next })).status).toBe(204);
    expect((await login({ ...acc, totp: next })).status).toBe(401);
    vi.useRealTimers();

    // A recovery code works once.
    const viaRecovery = await login({ ...acc, totp: recoveryCodes[0] });
    expect(viaRecovery.status).toBe(204);
    expect(sessionCookie(viaRecovery)).toBeTruthy();
    expect((await login({ ...acc, totp: recoveryCodes[0] })).status).toBe(401);
  }, 60_000);

  it('every role of the vocabulary must enrol at its first sign-in, and may do nothing else before', async () => {
    // The scope each kind of account needs (api/accounts/accounts.ts scopeFor); any other role works a unit.
    const scope = (role: Role): [string | null, string | null, string | null] =>
      role === 'partner'
        ? [null, null, 'rajanpur-health']
        : role === 'provincial'
          ? [null, 'punjab', null]
          : ['cpu-rajanpur', 'punjab', null];
    // The signed-in account's own alert address (any role) and a route of each kind of work.
    const paths = ['/api/staff/alert-email', '/api/staff/queues', '/api/partner/referrals', '/api/staff/audit', '/api/staff/accounts'];
    for (const role of ROLES) {
      const acc = await addStaff(t, role, ...scope(role));
      const a = await signInBare(t, acc);
      expect(await (await a.get('/api/staff/me')).json(), role).toMatchObject({ role, totpRequired: true, totpEnabled: false });
      for (const path of paths) expect((await a.get(path)).status, `${role} ${path} before enrolment`).toBe(403);
      await completeTotpEnrolment(t.app, a.cookie, a.csrf);
      for (const path of paths) {
        const allowed = allows(rulesOf(t.app)[`GET ${path}`], role);
        expect((await a.get(path)).status, `${role} ${path} after enrolment`).toBe(allowed ? 200 : 403);
      }
      // And the password alone no longer signs in.
      const noCode = await login(acc);
      expect(noCode.status, role).toBe(401);
      expect((await noCode.json()).error.fields.totp, role).toBeTruthy();
    }
  }, 60_000);

  it('officers enrol too, and then need the code', async () => {
    const acc = await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa');
    const a = await enrolTotp(t, acc);
    expect((await login(acc)).status).toBe(401);
    expect(a.recoveryCodes).toHaveLength(10);
  });
});

describe('password strength', () => {
  it('refuses short, repetitive and common passwords', () => {
    expect(passwordProblem('short')).toBeTruthy();
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toBeTruthy();
    expect(passwordProblem('password12345')).toBeTruthy();
    expect(passwordProblem('officer.one-2026!', 'officer.one')).toBeTruthy();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });
});
