// The queues a CPU works through: a queue's order and filters, and the supervisors' figures.

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema.ts';
import { type Agent, addStaff, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let officer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

describe('queue', () => {
  it('orders by priority then due time, flags overdue, filters', async () => {
    const t2 = t;
    const p3 = await newReport(t.app, { location: { province: 'khyber-pakhtunkhwa', district: 'swat' } });
    const p1 = await newReport(t.app, { immediateDanger: true, location: { province: 'khyber-pakhtunkhwa', district: 'swat' } });
    await t2.db
      .update(reports)
      .set({ dueAt: Date.now() - 60_000 })
      .where(eq(reports.reference, p3.reference));
    const swat = await signIn(t, await addStaff(t, 'officer', 'cpu-swat', 'khyber-pakhtunkhwa'));
    const list = (await (await swat.get('/api/staff/queues/cpu-swat/reports')).json()).reports as {
      reference: string;
      overdue: boolean;
      verified: boolean;
    }[];
    expect(list.map((x) => x.reference)).toEqual([p1.reference, p3.reference]);
    expect(list[1]!.overdue).toBe(true);
    expect(list[0]!.verified).toBe(false);
    const onlyP1 = (await (await swat.get('/api/staff/queues/cpu-swat/reports?priority=P1')).json()).reports;
    expect(onlyP1.map((x: { reference: string }) => x.reference)).toEqual([p1.reference]);
    await swat.act(p3.reference, { type: 'assign', to: swat.username });
    const mine = (await (await swat.get('/api/staff/queues/cpu-swat/reports?assigned=me')).json()).reports;
    expect(mine.map((x: { reference: string }) => x.reference)).toEqual([p3.reference]);
    expect((await swat.get('/api/staff/queues/cpu-swat/reports?priority=P9')).status).toBe(400);
    const queues = (await (await swat.get('/api/staff/queues')).json()).queues;
    expect(queues[0]).toMatchObject({ id: 'cpu-swat', open: { P1: 1, P3: 1 }, overdue: 1 });
  });
});

describe('stats', () => {
  it('shows a supervisor an emergency waiting past its hour, and officers may not see stats', async () => {
    const r = await newReport(t.app, { immediateDanger: true, location: { province: 'khyber-pakhtunkhwa', district: 'kohat' } });
    await t.db
      .update(reports)
      .set({ createdAt: Date.now() - 2 * 3600_000, dueAt: Date.now() - 3600_000 })
      .where(eq(reports.reference, r.reference));
    const sup = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-kohat', 'khyber-pakhtunkhwa'));
    const stats = (await (await sup.get('/api/staff/stats')).json()).queues;
    expect(stats).toEqual([
      expect.objectContaining({ queueId: 'cpu-kohat', open: 1, overdue: 1, p1Waiting: 1, received7: 1, closed7: 0, p1OnTimeRate: 0 }),
    ]);
    expect((await officer.get('/api/staff/stats')).status).toBe(403);
  });
});
