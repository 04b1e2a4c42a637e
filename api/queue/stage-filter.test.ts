// The queue by case stage (issue #24): each row carries its stage, risk level and review flag, and the console's
// stage and review-overdue filters narrow the list, through the real app on its own SQLite file.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reports } from '../../db/schema.ts';
import { type Agent, addStaff, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let officer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

type Row = { reference: string; stage: string; riskLevel: string | null; reviewOverdue: boolean };
const list = async (query: string) => {
  const res = await officer.get(`/api/staff/queues/cpu-mardan/reports?${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()).reports as Row[]).map((r) => r.reference).sort();
};

it('filters the queue by case stage and by an overdue review, and refuses an unknown stage', async () => {
  const where = { location: { province: 'khyber-pakhtunkhwa', district: 'mardan' } };
  const fresh = await newReport(t.app, where);
  const assessed = await newReport(t.app, where);
  const followed = await newReport(t.app, where);
  const ok = async (ref: string, action: Record<string, unknown>) => expect((await officer.act(ref, action)).status).toBe(200);
  await ok(assessed.reference, { type: 'assess', riskLevel: 'medium', needs: ['education'], summary: 'School drop-out after beatings.' });
  await ok(followed.reference, { type: 'assess', riskLevel: 'low', needs: [], summary: 'Parents agree to counselling.' });
  const due = new Date(Date.now() + 5 * 3600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
  await ok(followed.reference, { type: 'plan', goals: [{ text: 'Parenting sessions', due }], reviewBy: due });
  await ok(followed.reference, { type: 'review', outcome: 'progressing', note: 'Two sessions attended.' });

  expect(await list('stage=intake')).toEqual([fresh.reference]);
  expect(await list('stage=assessment')).toEqual([assessed.reference]);
  expect(await list('stage=follow_up')).toEqual([followed.reference]);
  const rows = (await (await officer.get('/api/staff/queues/cpu-mardan/reports')).json()).reports as Row[];
  expect(rows.find((r) => r.reference === assessed.reference)).toMatchObject({ stage: 'assessment', riskLevel: 'medium' });

  // A review date in the past flags the case and the review-overdue filter finds it alone.
  expect(await list('reviewOverdue=1')).toEqual([]);
  await t.db.update(reports).set({ nextReviewBy: '2020-01-01' }).where(eq(reports.reference, followed.reference));
  expect(await list('reviewOverdue=1')).toEqual([followed.reference]);
  const flagged = (await (await officer.get('/api/staff/queues/cpu-mardan/reports?stage=follow_up')).json()).reports as Row[];
  expect(flagged[0]).toMatchObject({ reference: followed.reference, reviewOverdue: true });

  const bad = await officer.get('/api/staff/queues/cpu-mardan/reports?stage=someday', { 'accept-language': 'ur' });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(await bad.json())).toMatch(/[\u0600-\u06FF]/);
});
