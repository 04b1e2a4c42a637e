import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema.ts';
import { type SignedIn, seedReport, staffSession } from '../../tests/fixtures/dashboard-seed.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { reportScope } from '../kernel/scope.ts';
import { rangeOfDays } from './aggregates.ts';
import { timeToScreening } from './screening.ts';

const M = 60_000;
const pkt = (s: string) => Date.parse(`${s}+05:00`);
const LAHORE = { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore' };
let t: TestApp;
let supervisor: SignedIn;

async function report(createdAt: string, priority: 'P1' | 'P2' | 'P3' | 'P4', screenedAfterMinutes: number | null) {
  const reference = await seedReport(t.db, { ...LAHORE, createdAt: pkt(createdAt), priority });
  if (screenedAfterMinutes !== null)
    await t.db
      .update(reports)
      .set({ screenedAt: pkt(createdAt) + screenedAfterMinutes * M })
      .where(eq(reports.reference, reference));
}

beforeAll(async () => {
  t = await createTestApp();
  // P1: screened after 10, 30 and 90 minutes, one not yet → median 30 min, 2 of 3 within the hour.
  await report('2026-02-01T10:00:00', 'P1', 10);
  await report('2026-02-01T11:00:00', 'P1', 90);
  await report('2026-02-01T12:00:00', 'P1', 30);
  await report('2026-02-01T13:00:00', 'P1', null);
  // P3: two screened (20 and 200 minutes) → median 110 minutes (the mean of the middle two), 1 within the hour.
  await report('2026-02-02T09:00:00', 'P3', 20);
  await report('2026-02-02T10:00:00', 'P3', 200);
  // Outside the range: not counted.
  await report('2026-03-01T10:00:00', 'P1', 5);
  supervisor = await staffSession(t.app, t.db, 'supervisor', { queueId: 'cpu-lahore', provinceId: 'punjab' });
});
afterAll(() => t.close());

describe('time to screening', () => {
  it('gives per priority the median and 90th-percentile wait and the count screened within the hour', async () => {
    const f = await timeToScreening(t.db, reportScope(supervisor.user), rangeOfDays('2026-02-01', '2026-02-28'));
    expect(f.deadlineMs).toBe(60 * M);
    expect(f.byPriority).toEqual([
      { priority: 'P1', total: 4, screened: 3, withinDeadline: 2, medianMs: 30 * M, p90Ms: 90 * M },
      { priority: 'P2', total: 0, screened: 0, withinDeadline: 0, medianMs: null, p90Ms: null },
      { priority: 'P3', total: 2, screened: 2, withinDeadline: 1, medianMs: 110 * M, p90Ms: 200 * M },
      { priority: 'P4', total: 0, screened: 0, withinDeadline: 0, medianMs: null, p90Ms: null },
    ]);
  });

  it('counts against the configured screening deadline', async () => {
    const f = await timeToScreening(t.db, reportScope(supervisor.user), rangeOfDays('2026-02-01', '2026-02-28'), 30 * M);
    expect(f.deadlineMs).toBe(30 * M);
    expect(f.byPriority.map((p) => p.withinDeadline)).toEqual([2, 0, 1, 0]);
  });

  it('reaches the supervisor through GET /api/staff/dashboard', async () => {
    const res = await supervisor.get('/api/staff/dashboard?from=2026-02-01&to=2026-02-28');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.screening.byPriority[0]).toEqual({
      priority: 'P1',
      total: 4,
      screened: 3,
      withinDeadline: 2,
      medianMs: 30 * M,
      p90Ms: 90 * M,
    });
  });
});
