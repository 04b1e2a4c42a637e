// Deny by default, checked against the router itself: the route list is read from the app (not written here),
// so a new staff or partner route without a rule fails this file, and every route is called by every role on
// an object in its scope and on one outside it, through the real session, CSRF and database.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/vocabulary.ts';
import { addStaff, signInWithTotp } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import { createApp } from '../app.ts';
import { staffGuard } from './guard.ts';
import { allows, isGuarded, type Rule, rolesAllowed, ruleKey, rulesOf } from './policy.ts';

let t: TestApp;
/** The policy table, as the app reads it off its routes. */
let ROUTE_RULES: Readonly<Record<string, Rule>>;
type Session = { cookie: string; csrf: string; account: { username: string; password: string } };
const sessions = new Map<Role, Session>();
const objects: Record<'in' | 'out', Record<string, string>> = { in: {}, out: {} };

/** Every guarded route the router knows, as `METHOD path`, read from the app. */
function guardedRoutes(app: { routes: { method: string; path: string }[] }): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== 'ALL' && isGuarded(r.path)).map((r) => ruleKey(r.method, r.path)))];
}

async function call(s: Session, key: string, params: Record<string, string>, body?: unknown): Promise<Response> {
  const [method, pattern] = key.split(' ') as [string, string];
  const path = pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'missing'));
  const headers: Record<string, string> = { cookie: s.cookie, origin: 'http://localhost', 'x-csrf-token': s.csrf };
  const init: RequestInit = { method, headers };
  if (method !== 'GET' && method !== 'DELETE') {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  const res = await t.app.request(path, init);
  // The event stream stays open: its status is all this test needs.
  if (res.headers.get('content-type')?.startsWith('text/event-stream')) await res.body?.cancel().catch(() => undefined);
  return res;
}

// Bodies that pass validation where that is harmless, so an allowed call reaches the handler's own checks.
const BODY: Record<string, unknown> = {
  'POST /api/staff/reports/:reference/actions': { type: 'note', body: 'matrix check' },
  'POST /api/staff/queues/:queueId/on-duty': { entries: [] },
  'POST /api/staff/alert-email': { email: '' },
  'POST /api/staff/totp/confirm': { code: '000000' },
  'POST /api/partner/referrals/:referralId': { status: 'accepted' },
  'PATCH /api/staff/accounts/:username': { role: 'officer', queueId: 'cpu-rajanpur' },
};

// What the handler answers an allowed role for reasons of state, not authorization: an account that has
// already enrolled two-factor may not enrol again, and every account here has (every role must).
function stateAnswer(key: string, _role: Role): number | null {
  if (key === 'POST /api/staff/totp/enrol' || key === 'POST /api/staff/totp/confirm') return 403;
  return null;
}
// Scopes that are wider than the account's queue by design: an admin keeps every queue's on-duty list.
const WIDE_SCOPE: Record<string, Role[]> = {
  'GET /api/staff/queues/:queueId/on-duty': ['admin'],
  'POST /api/staff/queues/:queueId/on-duty': ['admin'],
};

beforeAll(async () => {
  t = await createTestApp();
  ROUTE_RULES = rulesOf(t.app);
  const made = async (district: string, province: string) => {
    const res = await postJson(t.app, '/api/reports', validReport({ location: { province, district } }));
    return (await res.json()) as { reference: string; receipt: string };
  };
  const inReport = await made('rajanpur', 'punjab');
  const inRef = inReport.reference;
  const outRef = (await made('peshawar', 'khyber-pakhtunkhwa')).reference;
  // Routes without a path object are called in scope only: a Rajanpur call, and the Rajanpur report's receipt.
  BODY['POST /api/staff/intake'] = { ...validReport({ location: { province: 'punjab', district: 'rajanpur' } }), channel: 'helpline' };
  BODY['POST /api/staff/receipts/lookup'] = { receipt: inReport.receipt };
  BODY['POST /api/staff/receipts/messages'] = { receipt: inReport.receipt, body: 'matrix relay' };
  const accounts: Record<Role, { username: string; password: string }> = {
    officer: await addStaff(t, 'officer', 'cpu-rajanpur'),
    supervisor: await addStaff(t, 'supervisor', 'cpu-rajanpur'),
    provincial: await addStaff(t, 'provincial', null, 'punjab'),
    // An admin given a queue sees its reports; without one it sees none.
    admin: await addStaff(t, 'admin', 'cpu-rajanpur'),
    partner: await addStaff(t, 'partner', null, null, 'rajanpur-health'),
    helpline: await addStaff(t, 'helpline', null, 'punjab'),
  };
  for (const role of ROLES) {
    const account = accounts[role];
    const s = await signInWithTotp(t.app, account);
    sessions.set(role, { cookie: s.cookie, csrf: s.csrf, account });
  }
  // Two referrals of the in-scope report: one to the partner's desk, one to another desk (consent first).
  const officer = sessions.get('officer')!;
  const consent = { type: 'consent', by: 'carer', given: true, scope: ['referral', 'medical'] };
  expect((await call(officer, 'POST /api/staff/reports/:reference/actions', { reference: inRef }, consent)).status).toBe(200);
  for (const desk of ['rajanpur-health', 'rajanpur-police']) {
    const service = desk === 'rajanpur-health' ? 'health' : 'police';
    expect(
      (
        await call(
          officer,
          'POST /api/staff/reports/:reference/actions',
          { reference: inRef },
          { type: 'refer', service, desk, note: 'matrix' },
        )
      ).status,
    ).toBe(200);
  }
  const view = (await (await call(officer, 'GET /api/staff/reports/:reference', { reference: inRef })).json()) as {
    referrals: { id: string; desk: string }[];
  };
  const victim = await addStaff(t, 'officer', 'cpu-rajanpur');
  objects.in = {
    reference: inRef,
    queueId: 'cpu-rajanpur',
    username: victim.username,
    referralId: view.referrals.find((r) => r.desk === 'rajanpur-health')!.id,
  };
  // Out of scope: another province's report and queue, another desk's referral, an account that does not exist
  // (an admin's scope is every account).
  objects.out = {
    reference: outRef,
    queueId: 'cpu-peshawar',
    username: 'nobody.such',
    referralId: view.referrals.find((r) => r.desk === 'rajanpur-police')!.id,
  };
}, 60_000);
afterAll(() => t?.close());

describe('every staff and partner route states who may call it', () => {
  it('the router has no guarded route without a rule, and no rule without a route', () => {
    const routes = guardedRoutes(t.app);
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes.filter((r) => !(r in ROUTE_RULES));
    expect(missing, 'routes without a rule (staffRoute in their routes.ts)').toEqual([]);
    const stale = Object.keys(ROUTE_RULES).filter((k) => !routes.includes(k));
    expect(stale, 'rules for routes that do not exist').toEqual([]);
  });

  it('a route whose rule is removed refuses everyone, even a role that could call it before', async () => {
    const { 'GET /api/staff/queues': _removed, ...rest } = ROUTE_RULES;
    const stripped = createApp({ db: t.db, config: t.config, routeRules: rest });
    const s = sessions.get('officer')!;
    expect((await t.app.request('/api/staff/queues', { headers: { cookie: s.cookie } })).status).toBe(200);
    expect((await stripped.request('/api/staff/queues', { headers: { cookie: s.cookie } })).status).toBe(403);
  });

  it('the guard refuses a route it has no rule for, even to an admin', async () => {
    const app = new Hono();
    app.use('/api/staff/*', staffGuard({ db: t.db, routeRules: { 'GET /api/staff/known': { signedIn: true } } }));
    app.get('/api/staff/known', (c) => c.text('ok'));
    app.get('/api/staff/new-route', (c) => c.text('leaked'));
    // Like the static site's catch-all, registered last: it also matches /api paths and must not decide the rule.
    app.get('*', (c) => c.text('site'));
    app.onError((err, c) => c.text(err.message, (err as { status?: number }).status as 403));
    const { cookie } = sessions.get('admin')!;
    expect((await app.request('/api/staff/known', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('/api/staff/new-route', { headers: { cookie } })).status).toBe(403);
  });

  it("no rule lets a partner into a CPU's queues, reports, figures or accounts", () => {
    for (const [key, rule] of Object.entries(ROUTE_RULES)) {
      if (
        key.includes('/queues') ||
        key.includes('/reports') ||
        key.includes('/accounts') ||
        key.includes('/dashboard') ||
        key.includes('/export') ||
        key.includes('/audit') ||
        key.includes('/stats') ||
        key.includes('/events') ||
        key.includes('/desks') ||
        key.includes('/transfer-targets')
      ) {
        expect(allows(rule, 'partner'), key).toBe(false);
      }
    }
    expect(rolesAllowed(ROUTE_RULES['GET /api/staff/transfer-targets'])).not.toContain('officer');
  });
});

describe('route × role × scope matrix (generated from the router)', () => {
  // The order of the router, except that signing out comes last (it ends the session the other calls use).
  const ordered = () => {
    const routes = guardedRoutes(t.app).filter((k) => !('public' in (ROUTE_RULES[k] ?? {})));
    return [...routes.filter((k) => k !== 'DELETE /api/staff/session'), 'DELETE /api/staff/session'];
  };

  it('each role is let through exactly where its rule allows, and held to its scope there', async () => {
    const failures: string[] = [];
    const cells: string[] = [];
    for (const key of ordered()) {
      const rule: Rule | undefined = ROUTE_RULES[key];
      const hasObject = /:[A-Za-z]+/.test(key);
      for (const role of ROLES) {
        for (const scope of hasObject ? (['in', 'out'] as const) : (['in'] as const)) {
          const res = await call(sessions.get(role)!, key, objects[scope], BODY[key]);
          const got = res.status;
          let ok: boolean;
          let want: string;
          if (!allows(rule, role)) {
            const refused = rule && 'can' in rule && rule.refuse === 404 ? 404 : 403;
            ok = got === refused;
            want = `refused ${refused}`;
          } else if (stateAnswer(key, role) !== null) {
            ok = got === stateAnswer(key, role);
            want = `${stateAnswer(key, role)} (state)`;
          } else if (scope === 'out' && !WIDE_SCOPE[key]?.includes(role)) {
            ok = got === 404;
            want = 'out of scope 404';
          } else {
            ok = got < 500 && ![401, 403, 404].includes(got);
            want = 'let through';
          }
          cells.push(`${key} ${role} ${scope}`);
          if (!ok) failures.push(`${key} as ${role} (${scope}): ${got}, wanted ${want}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Every role met every route: (routes with an object × 2 + the rest) × roles.
    expect(cells.length).toBeGreaterThanOrEqual(ordered().length * ROLES.length);
  }, 120_000);
});
