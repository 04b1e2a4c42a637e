// The dashboard's case figures (issue #24), through the real app on its own SQLite file: open cases per stage, the
// assessments, plans and reviews past their deadline per unit (named), and the time from report to plan.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reports } from '../../db/schema.ts';
import { type Agent, addStaff, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport, type TestApp } from '../../tests/fixtures/test-app.ts';

const DAY = 86_400_000;
let t: TestApp;
let officer: Agent;
let supervisor: Agent;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  supervisor = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const ok = async (res: Promise<Response>) => expect((await res).status).toBe(200);
const setRow = (reference: string, values: Partial<typeof reports.$inferInsert>) =>
  t.db.update(reports).set(values).where(eq(reports.reference, reference));

it('counts open cases per stage, overdue steps per unit by their risk level’s deadline, and the median time to plan', async () => {
  const where = { location: { province: 'khyber-pakhtunkhwa', district: 'peshawar' } };
  const today = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
  const inDays = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
  // An emergency (presumed high risk: assessed within a day) left unassessed for two days.
  const late = await newReport(t.app, { ...where, immediateDanger: true });
  await setRow(late.reference, { createdAt: Date.now() - 2 * DAY });
  // A fresh report, still within its assessment time.
  await newReport(t.app, where);
  // Assessed high risk four days ago, no plan yet (a high-risk plan is due within three days).
  const unplanned = await newReport(t.app, where);
  await ok(officer.act(unplanned.reference, { type: 'assess', riskLevel: 'high', needs: ['shelter'], summary: 'Beaten at home.' }));
  await setRow(unplanned.reference, { assessedAt: Date.now() - 4 * DAY });
  // Planned (low risk, counts at once), then its review date passes.
  const planned = await newReport(t.app, where);
  await ok(officer.act(planned.reference, { type: 'assess', riskLevel: 'low', needs: [], summary: 'Parents agree to counselling.' }));
  await ok(
    officer.act(planned.reference, { type: 'plan', goals: [{ text: 'Parenting sessions', due: inDays(10) }], reviewBy: inDays(20) }),
  );
  await setRow(planned.reference, { nextReviewBy: '2020-01-01' });
  // A closed case is no longer counted anywhere.
  const closed = await newReport(t.app, where);
  await ok(officer.act(closed.reference, { type: 'close', reason: 'no_protection_concern' }));

  const res = await supervisor.get('/api/staff/dashboard');
  expect(res.status).toBe(200);
  const { cases } = await res.json();
  expect(Object.fromEntries(cases.perStage.map((s: { stage: string; count: number }) => [s.stage, s.count]))).toEqual({
    intake: 2,
    assessment: 1,
    planning: 0,
    implementation: 1,
    follow_up: 0,
    closed: 0,
  });
  expect(cases.perUnit).toEqual([
    expect.objectContaining({
      queueId: 'cpu-peshawar',
      name: expect.objectContaining({ en: expect.stringContaining('Peshawar') }),
      assessmentsOverdue: 1,
      plansOverdue: 1,
      reviewsOverdue: 1,
    }),
  ]);
  expect(cases.toPlan.n).toBe(1);
  expect(cases.toPlan.medianMs).toBeGreaterThanOrEqual(0);
});
