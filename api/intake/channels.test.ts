// The channel a report came in by shows in the unit's dashboard and in the public statistics, where a count under 5
// is suppressed as every other count is (and cannot be worked out from the total and the other channels).
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema.ts';
import { seedReport, staffSession } from '../../tests/fixtures/dashboard-seed.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { pktDay } from '../figures/aggregates.ts';

let t: TestApp;
// The last complete Pakistan month (the statistics show complete months only).
const thisMonth = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 7);
const month = new Date(Date.parse(`${thisMonth}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
const at = Date.parse(`${month}-10T12:00:00+05:00`);

async function seed(n: number, channel: (typeof reports.$inferSelect)['channel']) {
  const refs: string[] = [];
  for (let i = 0; i < n; i++)
    refs.push(await seedReport(t.db, { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore', createdAt: at + i * 60_000 }));
  await t.db.update(reports).set({ channel }).where(inArray(reports.reference, refs));
}

beforeAll(async () => {
  t = await createTestApp();
  await seed(9, 'web');
  await seed(6, 'helpline');
  await seed(5, 'police');
  // Three walk-ins: under 5, so hidden (as is every empty channel, so the rest of the total names no one cell).
  await seed(3, 'walk_in');
});
afterAll(() => t.close());

describe('reports by channel', () => {
  it('the public statistics show each channel over 5 and hide the small one so it cannot be derived', async () => {
    const res = await t.app.request(`/api/statistics?from=${month}-01&to=${month}-28`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const by = Object.fromEntries(body.reportsByChannel.map((c: { channel: string; count: number | null }) => [c.channel, c.count]));
    expect(by.walk_in).toBeNull();
    expect(body.total).toBe(23);
    expect(by).toMatchObject({ web: 9, helpline: 6, police: 5 });
    // The total less the shown channels (3) is shared by several hidden cells: the walk-ins are not singled out.
    expect(Object.values(by).filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
  });

  it('the unit dashboard counts every channel, the web form as the rest of the total', async () => {
    const supervisor = await staffSession(t.app, t.db, 'supervisor', { queueId: 'cpu-lahore' });
    const day = pktDay(at);
    const res = await supervisor.get(`/api/staff/dashboard?from=${day}&to=${day}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const by = Object.fromEntries(body.byChannel.map((c: { channel: string; count: number }) => [c.channel, c.count]));
    expect(by).toMatchObject({ web: 9, helpline: 6, police: 5, walk_in: 3, school: 0 });
    const row = await t.db.select({ channel: reports.channel }).from(reports).where(eq(reports.channel, 'police')).all();
    expect(row).toHaveLength(5);
  });
});
