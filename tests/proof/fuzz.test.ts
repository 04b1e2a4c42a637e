// Property-based attack on every public and staff endpoint (fast-check, thousands of inputs through
// app.request): malformed, oversized, wrongly typed, mixed-script and control-character input never gets
// a 5xx, and every JSON error is the contract's shape with a message in the request's language.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../api/app.ts';
import { type DemoAccount, seedDemoStaff } from '../../api/auth/demo-staff.ts';
import { ERROR_MESSAGES } from '../../api/kernel/errors.ts';
import { API_MAX_BODY } from '../../api/middleware/body-limit.ts';
import { loadStaticSite } from '../../api/middleware/static-site.ts';
import { signInWithTotp } from '../fixtures/staff-session.ts';
import { createTestApp, type TestApp, validReport } from '../fixtures/test-app.ts';

// Real processes on a shared 2-core machine: generous limits, the assertions stay strict.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let t: TestApp;
let site: ReturnType<typeof createApp>;
let siteDir: string;
let session: { cookie: string; csrf: string };
let knownReference = '';
let knownReceipt = '';
let demo: DemoAccount[] = [];

const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

beforeAll(async () => {
  t = await createTestApp({ REPORT_RATE_LIMIT: '1000000/60' });
  // The same app with a small static site in front, to reach the site handler's paths too.
  siteDir = mkdtempSync(join(tmpdir(), 'hifazat-site-'));
  mkdirSync(join(siteDir, 'en'), { recursive: true });
  writeFileSync(join(siteDir, 'en/index.html'), '<!doctype html><html lang="en"><title>x</title><script>1</script><p>hi</p></html>');
  writeFileSync(join(siteDir, '404.html'), '<!doctype html><html lang="en"><title>404</title></html>');
  site = createApp({ db: t.db, config: t.config, site: await loadStaticSite(siteDir) });

  const accounts = await seedDemoStaff(t.db);
  demo = accounts;
  const officer = accounts.find((a) => a.username === 'demo.officer.peshawar')!;
  const login = await t.app.request('/api/staff/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ username: officer.username, password: officer.password }),
  });
  expect(login.status).toBe(204);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = await (await t.app.request('/api/staff/me', { headers: { cookie } })).json();
  session = { cookie, csrf: me.csrfToken };
  const created = await (
    await t.app.request('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validReport()),
    })
  ).json();
  knownReference = created.reference;
  knownReceipt = created.receipt;
});
afterAll(() => {
  t.close();
  rmSync(siteDir, { recursive: true, force: true });
});

const CODES = new Set(Object.keys(ERROR_MESSAGES));
// encodeURIComponent throws on lone surrogates; send those as the raw bytes a client could still put on the wire.
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return `%ED%A0%80${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}`;
  }
};

/** The contract: no 5xx for anything a client sent; JSON errors are exactly { error: { code, message, fields? } }. */
async function expectContract(res: Response, context: unknown) {
  const label = JSON.stringify(context).slice(0, 400);
  expect(res.status, label).toBeLessThan(500);
  const type = res.headers.get('content-type') ?? '';
  if (res.status >= 400 && type.includes('application/json') && (context as { method?: string })?.method !== 'HEAD') {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    expect(Object.keys(body), label).toEqual(['error']);
    const { code, message, fields } = body.error!;
    expect(CODES.has(String(code)), label).toBe(true);
    expect(typeof message === 'string' && message.length > 0, label).toBe(true);
    expect(
      Object.keys(body.error!).every((k) => ['code', 'message', 'fields'].includes(k)),
      label,
    ).toBe(true);
    if (fields !== undefined) for (const v of Object.values(fields as object)) expect(typeof v, label).toBe('string');
  } else if (res.status >= 400 && res.url?.includes('/api/')) {
    // Only the JavaScript-off form post answers errors as HTML.
    expect(type, label).toMatch(/text\/html|application\/json/);
  }
  return res;
}

// Text that breaks naive handling: control characters, bidi overrides, Urdu and Arabic look-alikes,
// combining marks, zero-width joiners, lone surrogates, SQL and HTML metacharacters, NUL.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\b',
      '\r',
      '\n',
      '\t',
      '\u001b',
      '\u007f',
      '\u202e',
      '\u2066',
      '\u200d',
      '\u200b',
      '\ufeff',
      '\ud800',
      '\udfff',
      'ی',
      'ي',
      'ک',
      'ك',
      'ہ',
      'ه',
      '۵',
      '٥',
      '\u0670',
      'é',
      'e\u0301',
      'a',
      '1',
      ' ',
      "'",
      '"',
      ';',
      '--',
      '<',
      '>',
      '&',
      '%',
      '\\',
      '/',
      '{',
      '}',
    ),
    maxLength: 120,
  }),
  fc.constantFrom(
    "'; DROP TABLE reports; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '${7*7}',
    '{{7*7}}',
    '%00',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    'NaN',
    '-0',
    '1e309',
  ),
);
const oversized = fc.constantFrom(0, 9, 10, 200, 201, 500, 501, 2000, 2001, 5000, 5001, 20_000, 70_000).map((n) => 'ب'.repeat(n));
// A new empty array or object per case: fc.constant({}) hands out one shared instance, which the edits
// below then mutate, building cycles (JSON.stringify threw) and leaking values from one case to the next.
const freshEmpty = (make: () => unknown) => fc.constant(null).map(make);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: oversized },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      freshEmpty(() => []),
      freshEmpty(() => ({})),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A valid report with some fields replaced, removed or added. */
const mutatedReport = fc
  .record({
    edits: fc.array(
      fc.tuple(
        fc.constantFrom(
          'locale',
          'reporter',
          'category',
          'immediateDanger',
          'child',
          'child.ageBand',
          'child.gender',
          'location',
          'location.province',
          'location.district',
          'location.details',
          'description',
          'contact',
          'captchaToken',
          'extra',
          '__proto__',
          'constructor',
        ),
        fc.option(anyValue, { nil: undefined }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    locale: fc.constantFrom('en', 'ur'),
  })
  .map(({ edits, locale }) => {
    const r = JSON.parse(JSON.stringify(validReport({ locale }))) as Record<string, Record<string, unknown>>;
    for (const [path, value] of edits) {
      const [head, tail] = path.split('.') as [string, string | undefined];
      if (tail) {
        if (typeof r[head] !== 'object' || r[head] === null) r[head] = {};
        if (value === undefined) delete r[head]![tail];
        else r[head]![tail] = value;
      } else if (value === undefined) delete r[head];
      else Object.defineProperty(r, head, { value, enumerable: true, configurable: true, writable: true });
    }
    return r;
  });

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data; boundary=x',
  '',
  'application/xml',
  'application/json; charset=latin1',
);
const acceptLanguage = fc.constantFrom('en', 'ur', 'ur-PK,ur;q=0.9', 'fr', '*', '', ';;;,', 'ur'.repeat(300));

function request(app: ReturnType<typeof createApp>, method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  return app.request(path, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
}

describe('fuzzing the public endpoints', () => {
  it('POST /api/reports with mutated JSON reports (2000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedReport, acceptLanguage, async (body, lang) => {
        const res = await request(t.app, 'POST', '/api/reports', JSON.stringify(body), {
          'content-type': 'application/json',
          'accept-language': lang,
        });
        await expectContract(res, body);
      }),
      { numRuns: 2000 * RUNS },
    );
  });

  it('POST /api/reports with raw bodies and any content type (1500 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty,
          fc.jsonValue().map((v) => JSON.stringify(v)),
          oversized,
        ),
        contentTypes,
        async (raw, type) => {
          const headers: Record<string, string> = type ? { 'content-type': type } : {};
          await expectContract(await request(t.app, 'POST', '/api/reports', raw, headers), { raw: raw.slice(0, 100), type });
        },
      ),
      { numRuns: 1500 * RUNS },
    );
  });

  it('POST /api/reports as the JavaScript-off form with hostile field names and values (1500 cases)', async () => {
    const names = fc.oneof(
      fc.constantFrom(
        'locale',
        'reporter',
        'category',
        'immediateDanger',
        'child',
        'child.ageBand',
        'child.gender',
        'location',
        'location.province',
        'location.district',
        'location.details',
        'description',
        'contact',
        'h-captcha-response',
        'g-recaptcha-response',
        'captchaToken',
        '__proto__',
        '__proto__.x',
        'constructor.prototype',
        'child.__proto__',
        'location.a.b',
        '.',
        '',
        'child.',
      ),
      nasty,
    );
    const valid = new URLSearchParams({
      locale: 'ur',
      reporter: 'teacher',
      category: 'neglect',
      immediateDanger: 'false',
      'child.ageBand': '10-13',
      'location.province': 'punjab',
      'location.district': 'lahore',
      description: 'بچی کئی دن سے بھوکی اسکول آ رہی ہے',
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(names, fc.oneof(nasty, oversized)), { maxLength: 6 }), fc.boolean(), async (pairs, startValid) => {
        const form = new URLSearchParams(startValid ? valid : undefined);
        for (const [k, v] of pairs) form.append(k, v);
        const res = await request(t.app, 'POST', '/api/reports', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
        expect(res.status, JSON.stringify(pairs)).toBeLessThan(500);
        if (res.status >= 400 && res.status !== 413 && res.status !== 415) expect(res.headers.get('content-type')).toMatch(/text\/html/);
      }),
      { numRuns: 1500 * RUNS },
    );
  });

  it('POST /api/reports/lookup and /api/reports/messages (800 cases each)', async () => {
    const receipt = fc.oneof(nasty, fc.constant(knownReceipt), fc.stringMatching(/^[0-9 \-۰-۹٠-٩]{0,40}$/), anyValue);
    await fc.assert(
      fc.asyncProperty(receipt, fc.option(anyValue), fc.option(fc.constantFrom('en', 'ur', 'xx', 1)), async (r, body, locale) => {
        const lookup = { receipt: r, ...(locale !== null ? { locale } : {}) };
        await expectContract(
          await request(t.app, 'POST', '/api/reports/lookup', JSON.stringify(lookup), { 'content-type': 'application/json' }),
          lookup,
        );
        const message = { receipt: r, body, ...(locale !== null ? { locale } : {}) };
        await expectContract(
          await request(t.app, 'POST', '/api/reports/messages', JSON.stringify(message), { 'content-type': 'application/json' }),
          message,
        );
      }),
      { numRuns: 800 * RUNS },
    );
  });

  it('any method on any path, with and without the static site in front (1500 cases)', async () => {
    const segment = fc.oneof(
      nasty.map(encode),
      fc.constantFrom(
        '%',
        '%E0%A4%A',
        '%ff',
        '%00',
        '..',
        '.',
        'api',
        'staff',
        'reports',
        'queues',
        'en',
        'ur',
        'index.html',
        'report',
        '%2e%2e',
        '%2F',
        knownReference,
      ),
    );
    const path = fc.array(segment, { maxLength: 5 }).map((s) => `/${s.join('/')}`);
    const prefix = fc.constantFrom('', '/api', '/api/staff', '/api/staff/queues', '/api/staff/reports', '/api/reports', '/en', '/ur');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        prefix,
        path,
        fc.boolean(),
        fc.option(nasty),
        async (method, pre, p, withSite, body) => {
          const app = withSite ? site : t.app;
          const res = await request(app, method, pre + p, body ?? undefined, { 'content-type': 'application/json' });
          await expectContract(res, { method, path: pre + p, withSite });
        },
      ),
      { numRuns: 1500 * RUNS },
    );
  });
});

describe('fuzzing the staff endpoints', () => {
  it('POST /api/staff/session with malformed credentials (150 cases: each well-formed one costs an argon2id check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.record({ username: anyValue, password: anyValue, totp: fc.option(anyValue) }), anyValue),
        async (body) => {
          const res = await request(t.app, 'POST', '/api/staff/session', JSON.stringify(body), {
            'content-type': 'application/json',
            origin: 'http://localhost',
          });
          await expectContract(res, body);
          expect(res.status).not.toBe(204);
        },
      ),
      { numRuns: 150 * RUNS },
    );
  });

  it('every staff route without a session is 401, with a forged cookie too (600 cases)', async () => {
    const routes = fc.constantFrom(
      ['GET', '/api/staff/me'],
      ['GET', '/api/staff/queues'],
      ['GET', '/api/staff/queues/cpu-peshawar/reports'],
      ['GET', `/api/staff/reports/${knownReference}`],
      ['POST', `/api/staff/reports/${knownReference}/actions`],
      ['DELETE', '/api/staff/session'],
    );
    await fc.assert(
      fc.asyncProperty(
        routes,
        fc.option(nasty.filter((s) => /^[\x21-\x7e]*$/.test(s) && !s.includes(';'))),
        async ([method, path], forged) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (forged !== null) headers.cookie = `__Host-hifazat_session=${forged}`;
          const res = await request(t.app, method, path, JSON.stringify({ type: 'note', body: 'x' }), headers);
          await expectContract(res, { method, path, forged });
          expect(res.status).toBe(401);
        },
      ),
      { numRuns: 600 * RUNS },
    );
  });

  it('signed in: hostile queue ids, references, query strings and action bodies (1500 cases)', async () => {
    const id = fc.oneof(nasty.map(encode), fc.constantFrom('cpu-peshawar', 'cpu-lahore', knownReference, 'CP-0000-0000', '%', '%ff'));
    const query = fc
      .dictionary(fc.constantFrom('status', 'priority', 'cursor', 'limit', 'x'), nasty, { maxKeys: 3 })
      .map((q) => new URLSearchParams(q).toString());
    const action = fc.oneof(
      fc.record(
        {
          type: fc.constantFrom(
            'assign',
            'set_priority',
            'set_category',
            'refer',
            'update_referral',
            'transfer',
            'note',
            'message',
            'mark_duplicate',
            'close',
            'reopen',
            'assess',
            'consent',
            'plan',
            'review',
            'court',
            'approve',
            'nope',
          ),
          to: anyValue,
          priority: anyValue,
          reason: anyValue,
          body: anyValue,
          service: anyValue,
          queueId: anyValue,
          of: anyValue,
          referralId: anyValue,
        },
        { requiredKeys: ['type'] },
      ),
      anyValue,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('queue', 'report', 'action', 'action-no-csrf'), id, query, action, async (kind, i, q, body) => {
        const headers: Record<string, string> = { cookie: session.cookie, 'content-type': 'application/json' };
        let res: Response;
        if (kind === 'queue') res = await request(t.app, 'GET', `/api/staff/queues/${i}/reports?${q}`, undefined, headers);
        else if (kind === 'report') res = await request(t.app, 'GET', `/api/staff/reports/${i}?${q}`, undefined, headers);
        else {
          if (kind === 'action') headers['x-csrf-token'] = session.csrf;
          res = await request(t.app, 'POST', `/api/staff/reports/${i}/actions`, JSON.stringify(body), headers);
          // Bodies over the /api limit are refused before anything else looks at them (issue #18: unbounded bodies).
          if (kind === 'action-no-csrf') expect(res.status).toBe(Buffer.byteLength(JSON.stringify(body) ?? '') > API_MAX_BODY ? 413 : 403);
        }
        await expectContract(res, { kind, i, q, body });
      }),
      { numRuns: 1500 * RUNS },
    );
  });

  // Issue #18: `?before=Infinity` answered 500. Every query parameter of every GET route, each alone and
  // mixed, with hostile values and numbers that overflow, as an account allowed to reach the handler.
  it('every query parameter of every route, hostile values (1200 cases)', async () => {
    const provincial = await signInWithTotp(t.app, demo.find((a) => a.username === 'demo.provincial.kp')!);
    const ROUTES: [string, string[], 'officer' | 'provincial'][] = [
      ['/api/staff/queues/cpu-peshawar/reports', ['status', 'priority', 'category', 'assigned', 'unverified', 'cursor'], 'officer'],
      ['/api/staff/audit', ['before'], 'provincial'],
      ['/api/staff/dashboard', ['from', 'to', 'lang'], 'provincial'],
      ['/api/staff/export/reports.csv', ['from', 'to', 'lang'], 'provincial'],
      ['/api/staff/export/aggregates.csv', ['from', 'to', 'lang'], 'provincial'],
    ];
    const numeric = fc.constantFrom(
      'Infinity',
      '-Infinity',
      'NaN',
      '-1',
      '0',
      '1e400',
      '9'.repeat(40),
      '0x1f',
      '1.5',
      ' 1',
      '',
      '2026-02-30',
      '9999-12-31',
      '0000-01-01',
      '2026-01-01',
      'en',
      'ur',
      'open',
    );
    const value = fc.oneof(numeric, nasty);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 4 }),
        async ([path, params, who], picks) => {
          const q = new URLSearchParams();
          for (const [n, v] of picks) q.append(params[n % params.length]!, v.replace(/[\ud800-\udfff]/g, ''));
          const res = await request(t.app, 'GET', `${path}?${q}`, undefined, {
            cookie: who === 'officer' ? session.cookie : provincial.cookie,
          });
          await expectContract(res, { path, q: q.toString() });
        },
      ),
      { numRuns: 1200 * RUNS },
    );
  });
});
