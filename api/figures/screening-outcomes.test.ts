// Time to screening per triage outcome, on a real SQLite file with reports, alerts and screening events as the app
// writes them, through the function and through GET /api/staff/dashboard.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAlerts, reportEvents, reports } from '../../db/schema.ts';
import { type SignedIn, seedReport, staffSession } from '../../tests/fixtures/dashboard-seed.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { reportScope } from '../kernel/scope.ts';
import { rangeOfDays } from './aggregates.ts';
import { screeningByOutcome, spread } from './screening-outcomes.ts';

const M = 60_000;
const pkt = (s: string) => Date.parse(`${s}+05:00`);
const LAHORE = { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore' };
let t: TestApp;
let supervisor: SignedIn;

async function report(
  createdAt: string,
  o: { reasons: string[]; priority: 'P1' | 'P2' | 'P3'; screenedAfter: number | null; screen?: [string, string]; harm?: boolean },
) {
  const at = pkt(createdAt);
  const reference = await seedReport(t.db, { ...LAHORE, createdAt: at, priority: o.priority });
  const row = (await t.db.select({ id: reports.id }).from(reports).where(eq(reports.reference, reference)).get())!;
  const triageReasons = JSON.stringify(o.reasons.map((id) => ({ id, en: id, ur: id, ps: id })));
  const screenedAt = o.screenedAfter === null ? null : at + o.screenedAfter * M;
  await t.db.update(reports).set({ triageReasons, screenedAt }).where(eq(reports.id, row.id));
  if (o.harm) await t.db.insert(reportAlerts).values({ reportId: row.id, kind: 'harm', raisedAt: at });
  if (o.screen && screenedAt)
    await t.db
      .insert(reportEvents)
      .values({ reportId: row.id, at: screenedAt, type: 'screen', data: JSON.stringify({ from: o.screen[0], to: o.screen[1] }) });
}

beforeAll(async () => {
  t = await createTestApp();
  await report('2026-02-01T10:00:00', { reasons: ['model:emergency'], priority: 'P1', screenedAfter: 10, screen: ['P1', 'P1'] });
  await report('2026-02-01T11:00:00', { reasons: ['concept:injury'], priority: 'P1', screenedAfter: 12, screen: ['P2', 'P1'], harm: true });
  await report('2026-02-01T12:00:00', { reasons: ['concept:sexual'], priority: 'P2', screenedAfter: 40, screen: ['P2', 'P2'], harm: true });
  await report('2026-02-02T09:00:00', { reasons: ['category:physical_abuse'], priority: 'P3', screenedAfter: 100, screen: ['P3', 'P4'] });
  await report('2026-02-02T10:00:00', { reasons: ['concept:injury', 'model:urgent'], priority: 'P2', screenedAfter: 20 });
  // Not screened yet, or outside the range: not counted.
  await report('2026-02-03T10:00:00', { reasons: ['concept:injury'], priority: 'P2', screenedAfter: null, harm: true });
  await report('2026-03-05T10:00:00', { reasons: ['model:emergency'], priority: 'P1', screenedAfter: 1, screen: ['P1', 'P1'] });
  supervisor = await staffSession(t.app, t.db, 'supervisor', { queueId: 'cpu-lahore', provinceId: 'punjab' });
});
afterAll(() => t.close());

const EXPECTED = [
  { outcome: 'learned_signal', screened: 2, medianMs: 15 * M, p90Ms: 20 * M },
  { outcome: 'concepts', screened: 3, medianMs: 20 * M, p90Ms: 40 * M },
  { outcome: 'harm_alert', screened: 2, medianMs: 26 * M, p90Ms: 40 * M },
  { outcome: 'changed_at_screening', screened: 2, medianMs: 56 * M, p90Ms: 100 * M },
  { outcome: 'confirmed_at_screening', screened: 3, medianMs: 20 * M, p90Ms: 40 * M },
];

describe('time to screening per triage outcome', () => {
  it('gives the median and the 90th percentile of the wait for each outcome, a report counting in each it belongs to', async () => {
    expect(await screeningByOutcome(t.db, reportScope(supervisor.user), rangeOfDays('2026-02-01', '2026-02-28'))).toEqual(EXPECTED);
  });

  it('reaches the supervisor through GET /api/staff/dashboard', async () => {
    const body = await (await supervisor.get('/api/staff/dashboard?from=2026-02-01&to=2026-02-28')).json();
    expect(body.screening.byOutcome).toEqual(EXPECTED);
  });

  it('takes the median as the mean of the middle two and the 90th percentile by nearest rank', () => {
    expect(spread([])).toEqual({ medianMs: null, p90Ms: null });
    expect(spread([7])).toEqual({ medianMs: 7, p90Ms: 7 });
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ medianMs: 6, p90Ms: 9 });
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toEqual({ medianMs: 6, p90Ms: 10 });
  });
});
