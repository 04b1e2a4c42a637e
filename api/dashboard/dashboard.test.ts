import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { loadDirectory } from '../../directory/routing.ts';
import { scanDashboard } from '../../tests/fixtures/dashboard-scan.ts';
import { type SignedIn, seedReport, staffSession } from '../../tests/fixtures/dashboard-seed.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { rangeOfDays } from '../figures/aggregates.ts';
import { reportScope } from '../kernel/scope.ts';

const H = 3600_000;
const pkt = (s: string) => Date.parse(`${s}+05:00`);
const LAHORE = { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore' };
let t: TestApp;
let supervisor: SignedIn;
let provincial: SignedIn;
const refs: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  refs.push(
    await seedReport(t.db, {
      ...LAHORE,
      createdAt: pkt('2026-01-01T10:00:00'),
      priority: 'P1',
      dueInMs: H,
      firstActionAfterMs: 0.5 * H,
      closedAfterMs: 2 * H,
      referrals: [{ service: 'shelter', status: 'completed' }],
    }),
  );
  refs.push(
    await seedReport(t.db, {
      ...LAHORE,
      createdAt: pkt('2026-01-01T12:00:00'),
      priority: 'P3',
      category: 'neglect',
      firstActionAfterMs: 10 * H,
      closedAfterMs: 20 * H,
    }),
  );
  // 00:30 in Pakistan is still 2 January in UTC: counted on the 3rd.
  refs.push(
    await seedReport(t.db, {
      ...LAHORE,
      createdAt: pkt('2026-01-03T00:30:00'),
      priority: 'P2',
      category: 'child_labour',
      dueInMs: 24 * H,
      firstActionAfterMs: 30 * H,
      referrals: [
        { service: 'legal_aid', status: 'requested' },
        { service: 'police', status: 'declined' },
      ],
    }),
  );
  refs.push(await seedReport(t.db, { ...LAHORE, createdAt: pkt('2026-01-07T23:30:00'), priority: 'P3', firstActionAfterMs: null }));
  // Outside the range, and outside the supervisor's unit or the province.
  await seedReport(t.db, { ...LAHORE, createdAt: pkt('2025-12-31T23:30:00') });
  await seedReport(t.db, { ...LAHORE, createdAt: pkt('2026-01-08T00:10:00') });
  await seedReport(t.db, {
    queueId: 'punjab-cpwb',
    provinceId: 'punjab',
    districtId: 'okara',
    createdAt: pkt('2026-01-02T09:00:00'),
    category: 'begging',
  });
  await seedReport(t.db, {
    queueId: 'cpu-hyderabad',
    provinceId: 'sindh',
    districtId: 'hyderabad',
    createdAt: pkt('2026-01-02T09:00:00'),
    category: 'begging',
  });
  supervisor = await staffSession(t.app, t.db, 'supervisor', { queueId: 'cpu-lahore', provinceId: 'punjab' });
  provincial = await staffSession(t.app, t.db, 'provincial', { provinceId: 'punjab' });
});
afterAll(() => t.close());

describe('dashboard aggregates (SQL)', () => {
  it('computes every figure for a unit over Pakistan days', async () => {
    const f = await scanDashboard(t.db, reportScope(supervisor.user), rangeOfDays('2026-01-01', '2026-01-07'), pkt('2026-01-10T00:00:00'));
    expect(f.total).toBe(4);
    expect(f.perDay.map((d) => [d.day, d.P1, d.P2, d.P3, d.P4])).toEqual([
      ['2026-01-01', 1, 0, 1, 0],
      ['2026-01-02', 0, 0, 0, 0],
      ['2026-01-03', 0, 1, 0, 0],
      ['2026-01-04', 0, 0, 0, 0],
      ['2026-01-05', 0, 0, 0, 0],
      ['2026-01-06', 0, 0, 0, 0],
      ['2026-01-07', 0, 0, 1, 0],
    ]);
    expect(f.byCategory).toEqual([
      { category: 'physical_abuse', count: 2 },
      { category: 'child_labour', count: 1 },
      { category: 'neglect', count: 1 },
    ]);
    // The district's name in every registry language, as the directory holds it.
    expect(f.byDistrict).toEqual([
      {
        province: 'punjab',
        district: 'lahore',
        name: loadDirectory()
          .provinces.find((p) => p.id === 'punjab')!
          .districts.find((d) => d.id === 'lahore')!.name,
        count: 4,
      },
    ]);
    expect(f.byDistrict[0]!.name).toMatchObject({ en: 'Lahore', ur: 'لاہور' });
    // Open now (10 Jan): the 7 Jan report (2 days), 8 Jan (2 days), 3 Jan (7 days less half an hour), 31 Dec (9 days).
    expect(f.openByAge).toEqual([
      { bucket: 'under1d', count: 0 },
      { bucket: 'd1to3', count: 2 },
      { bucket: 'd3to7', count: 1 },
      { bucket: 'd7to30', count: 1 },
      { bucket: 'over30d', count: 0 },
    ]);
    expect(f.sla).toEqual([
      { priority: 'P1', total: 1, met: 1, missed: 0, pending: 0, share: 1 },
      { priority: 'P2', total: 1, met: 0, missed: 1, pending: 0, share: 0 },
      { priority: 'P3', total: 2, met: 1, missed: 0, pending: 1, share: 1 },
      { priority: 'P4', total: 0, met: 0, missed: 0, pending: 0, share: null },
    ]);
    // First actions after 0.5 h, 10 h, 30 h → 10 h; closures after 2 h and 20 h → 11 h.
    expect(f.medians).toEqual({ firstAction: { n: 3, medianMs: 10 * H }, closure: { n: 2, medianMs: 11 * H } });
    expect(f.referrals).toEqual([
      { service: 'legal_aid', total: 1, requested: 1, accepted: 0, completed: 0, declined: 0 },
      { service: 'police', total: 1, requested: 0, accepted: 0, completed: 0, declined: 1 },
      { service: 'shelter', total: 1, requested: 0, accepted: 0, completed: 1, declined: 0 },
    ]);
  });

  it('gives null medians and zero counts for an empty range', async () => {
    const f = await scanDashboard(t.db, reportScope(supervisor.user), rangeOfDays('2025-06-01', '2025-06-02'));
    expect(f.total).toBe(0);
    expect(f.medians).toEqual({ firstAction: { n: 0, medianMs: null }, closure: { n: 0, medianMs: null } });
    expect(f.perDay).toHaveLength(2);
  });
});

describe('GET /api/staff/dashboard', () => {
  const q = '?from=2026-01-01&to=2026-01-07';

  it('shows a supervisor their unit only, and logs the view with its filter', async () => {
    const res = await supervisor.get(`/api/staff/dashboard${q}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; scope: unknown; range: unknown };
    expect(body).toMatchObject({
      total: 4,
      range: { from: '2026-01-01', to: '2026-01-07' },
      scope: { kind: 'queue', id: 'cpu-lahore', name: { en: expect.stringContaining('Lahore') } },
    });
    const audit = (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
    expect(audit).toMatchObject({ action: 'dashboard_viewed', username: supervisor.user.username });
    expect(JSON.parse(audit.detail)).toEqual({ from: '2026-01-01', to: '2026-01-07' });
  });

  it('shows a provincial officer the whole province and nothing outside it', async () => {
    const body = (await (await provincial.get(`/api/staff/dashboard${q}`)).json()) as {
      total: number;
      byDistrict: { district: string; count: number }[];
      scope: unknown;
    };
    expect(body.total).toBe(5);
    expect(body.byDistrict.map((d) => [d.district, d.count])).toEqual([
      ['lahore', 4],
      ['okara', 1],
    ]);
    expect(body.scope).toMatchObject({ kind: 'province', id: 'punjab', name: { en: 'Punjab' } });
  });

  it('refuses officers and admins (403) and anyone signed out (401)', async () => {
    const officer = await staffSession(t.app, t.db, 'officer', { queueId: 'cpu-lahore' });
    const admin = await staffSession(t.app, t.db, 'admin');
    expect((await officer.get(`/api/staff/dashboard${q}`)).status).toBe(403);
    expect((await admin.get(`/api/staff/dashboard${q}`)).status).toBe(403);
    expect((await officer.get(`/api/staff/export/reports.csv${q}`)).status).toBe(403);
    expect((await t.app.request(`/api/staff/dashboard${q}`)).status).toBe(401);
    expect((await t.app.request(`/api/staff/export/aggregates.csv${q}`)).status).toBe(401);
  });

  it('rejects a bad date range with a message in the request language', async () => {
    const bad = await supervisor.get('/api/staff/dashboard?from=2026-01-09&to=2026-01-01', { 'accept-language': 'ur' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; fields: Record<string, string> } }).error).toMatchObject({
      code: 'validation_failed',
      fields: { from: expect.stringContaining('تاریخ') },
    });
    expect((await supervisor.get('/api/staff/dashboard?from=2026-02-30')).status).toBe(400);
    expect((await supervisor.get('/api/staff/dashboard?from=2024-01-01&to=2026-01-01')).status).toBe(400);
  });

  it('defaults to the last 30 days', async () => {
    const body = (await (await supervisor.get('/api/staff/dashboard')).json()) as { perDay: unknown[] };
    expect(body.perDay).toHaveLength(30);
  });
});
