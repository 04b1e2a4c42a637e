// Test helpers: staff accounts signed in through the real session endpoint, and reports with chosen timings.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { referrals, reports, type StaffUser, staffUsers } from '../../db/schema.ts';
import { DEFAULT_LANG } from '../../domain/languages.ts';
import type { Priority, ReferralStatus } from '../../domain/vocabulary.ts';
import { hashPassword } from '../auth/password.ts';
import { currentTotp, totpRequired } from '../auth/totp.ts';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export interface SignedIn {
  user: StaffUser;
  password: string;
  cookie: string;
  csrf: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  send(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function addStaff(db: Db, role: StaffUser['role'], scope: { queueId?: string; provinceId?: string } = {}) {
  const username = `${role}.${randomBytes(4).toString('hex')}`;
  const password = randomBytes(15).toString('base64url');
  await db.insert(staffUsers).values({
    username,
    role,
    queueId: scope.queueId ?? null,
    provinceId: scope.provinceId ?? null,
    passwordHash: await hashPassword(password),
  });
  return { user: (await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get())!, password };
}

export async function signIn(
  app: App,
  username: string,
  password: string,
  totp?: string,
): Promise<{ cookie: string; csrf: string } | null> {
  const res = await app.request('/api/staff/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ username, password, ...(totp ? { totp } : {}) }),
  });
  if (res.status !== 204) return null;
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const me = await app.request('/api/staff/me', { headers: { cookie } });
  return { cookie, csrf: ((await me.json()) as { csrfToken: string }).csrfToken };
}

export async function staffSession(
  app: App,
  db: Db,
  role: StaffUser['role'],
  scope: { queueId?: string; provinceId?: string } = {},
): Promise<SignedIn> {
  const { user, password } = await addStaff(db, role, scope);
  const s = (await signIn(app, user.username, password))!;
  // Every role may do nothing until two-step sign-in is set up: enrol through the API.
  if (totpRequired(role)) {
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'http://localhost', 'content-type': 'application/json' };
    const { secret } = (await (await app.request('/api/staff/totp/enrol', { method: 'POST', headers, body: '{}' })).json()) as {
      secret: string;
    };
    const confirmed = await app.request('/api/staff/totp/confirm', {
      method: 'POST',
      headers,
      body: JSON.stringify({ code: currentTotp(secret) }),
    });
    if (confirmed.status !== 200) throw new Error(`enrolment failed: ${confirmed.status}`);
  }
  return {
    user,
    password,
    ...s,
    get: async (path, headers = {}) => app.request(path, { headers: { cookie: s.cookie, ...headers } }),
    send: async (method, path, body) =>
      app.request(path, {
        method,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'http://localhost', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

export interface SeedReport {
  queueId: string;
  provinceId: string;
  districtId: string;
  createdAt: number;
  category?: string;
  priority?: Priority;
  dueInMs?: number;
  firstActionAfterMs?: number | null;
  closedAfterMs?: number | null;
  descriptionCt?: string;
  contactCt?: string;
  referrals?: { service: string; status: ReferralStatus; at?: number }[];
}

/** Inserts a report row as intake and staff work would leave it (timestamps chosen by the test). */
export async function seedReport(db: Db, r: SeedReport): Promise<string> {
  const reference = `CP-${randomBytes(4).toString('hex').toUpperCase()}`;
  const closedAt = r.closedAfterMs === undefined || r.closedAfterMs === null ? null : r.createdAt + r.closedAfterMs;
  await db.insert(reports).values({
    reference,
    receiptIndex: randomBytes(16).toString('hex'),
    receiptHash: 'x',
    locale: DEFAULT_LANG,
    reporter: 'teacher',
    category: r.category ?? 'physical_abuse',
    immediateDanger: false,
    ageBand: '10-13',
    gender: 'girl',
    provinceId: r.provinceId,
    districtId: r.districtId,
    descriptionCt: r.descriptionCt ?? null,
    contactCt: r.contactCt ?? null,
    priority: r.priority ?? 'P3',
    dueAt: r.createdAt + (r.dueInMs ?? 72 * 3600_000),
    queueId: r.queueId,
    verified: true,
    status: closedAt ? 'closed' : r.firstActionAfterMs ? 'in_progress' : 'new',
    closeReason: closedAt ? 'resolved' : null,
    createdAt: r.createdAt,
    updatedAt: r.createdAt,
    firstActionAt: r.firstActionAfterMs === undefined || r.firstActionAfterMs === null ? null : r.createdAt + r.firstActionAfterMs,
    closedAt,
  });
  const row = (await db.select({ id: reports.id }).from(reports).where(eq(reports.reference, reference)).get())!;
  for (const ref of r.referrals ?? [])
    await db
      .insert(referrals)
      .values({ reportId: row.id, service: ref.service, status: ref.status, createdAt: ref.at ?? r.createdAt + 3600_000 });
  return reference;
}
