// A case review past its date flags the case in the queue and alerts the assigned officer through the outbox (a real
// SMTP server on loopback), once per lapsed date, with a link to the report and no report text.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAlerts, reports } from '../../db/schema.ts';
import { addDays } from '../../domain/case-cycle.ts';
import { type AlertTestApp, createAlertTestApp, setAlertEmail } from '../../tests/fixtures/alert-app.ts';
import { mailText, type SmtpSink, startSmtpSink } from '../../tests/fixtures/alert-sinks.ts';
import { type Agent, addStaff, agent, signIn } from '../../tests/fixtures/staff-session.ts';
import { ok, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import type { AlertService } from './service.ts';

const DAY = 86_400_000;
const CANARY = 'CANARY-review-51c2';
let smtp: SmtpSink;
let h: AlertTestApp;
let t: TestApp;
let alerts: AlertService;
let app: TestApp['app'];
let officer: Agent;
let other: Agent;
const email = 'worker@units.test';

beforeAll(async () => {
  smtp = await startSmtpSink();
  h = await createAlertTestApp({ SMTP_URL: smtp.url });
  ({ t, alerts, app } = h);
  const account = await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa');
  await setAlertEmail(t, account.username, email);
  const a = await signIn(t, account);
  officer = agent(t, account, a.cookie, a.csrf);
  const o = await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa');
  const b = await signIn(t, o);
  other = agent(t, o, b.cookie, b.csrf);
});
afterAll(async () => {
  await h.close();
  await smtp.stop();
});

const pkToday = (ms: number) => new Date(ms + 5 * 3600_000).toISOString().slice(0, 10);

describe('an overdue case review', () => {
  it('flags the case in the queue and e-mails the assigned officer once per lapsed date, with a link and no report text', async () => {
    const now = Date.now();
    const today = pkToday(now);
    const created = await (
      await postJson(app, '/api/reports', validReport({ description: `The boy is beaten by his employer ${CANARY}.` }))
    ).json();
    const ref = created.reference as string;
    await ok(officer.act(ref, { type: 'assign', to: officer.username }));
    await ok(officer.act(ref, { type: 'assess', riskLevel: 'medium', needs: ['labour'], summary: `Works at a workshop ${CANARY}` }));
    await ok(officer.act(ref, { type: 'plan', goals: [{ text: `Back to school ${CANARY}`, due: today }], reviewBy: today }));
    // Not yet due: nothing happens today.
    expect((await alerts.tick(now)).reviews).toEqual([]);

    const later = now + 2 * DAY;
    const tick = await alerts.tick(later);
    expect(tick.reviews.map((r) => r.reference)).toEqual([ref]);
    const mails = smtp.mails.filter((m) => m.raw.includes(ref));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([email]);
    const text = mailText(mails[0]!.raw);
    expect(text).toContain(`https://hifazat.example.pk/en/staff/?report=${ref}`);
    expect(text).toMatch(/review/i);
    expect(text + mails[0]!.raw).not.toContain(CANARY);
    expect(text).not.toContain(created.receipt);
    // Once per lapsed date: the next tick sends nothing more; the ladder never escalates it.
    expect((await alerts.tick(later + 3_600_000)).reviews).toEqual([]);
    expect((await alerts.tick(later + 3 * 3_600_000)).steps.filter((s) => s.reference === ref)).toEqual([]);
    expect(smtp.mails.filter((m) => m.raw.includes(ref))).toHaveLength(1);

    // The queue flags it (now is past the review day only in the test's clock: set the date back instead).
    await t.db
      .update(reports)
      .set({ nextReviewBy: addDays(today, -1) })
      .where(eq(reports.reference, ref));
    const page = await ok(officer.get('/api/staff/queues/cpu-peshawar/reports?reviewOverdue=1'));
    expect(page.reports.map((r: { reference: string }) => r.reference)).toEqual([ref]);
    expect(page.reports[0]).toMatchObject({ reviewOverdue: true, stage: 'implementation', riskLevel: 'medium' });
    const staged = await ok(officer.get('/api/staff/queues/cpu-peshawar/reports?stage=implementation'));
    expect(staged.reports.map((r: { reference: string }) => r.reference)).toContain(ref);
    const queues = await ok(officer.get('/api/staff/queues'));
    expect(queues.queues.find((q: { id: string }) => q.id === 'cpu-peshawar').reviewsOverdue).toBe(1);
    const view = await ok(other.get(`/api/staff/reports/${ref}`));
    expect(view.case.reviewOverdue).toBe(true);

    // A review sets the next date; when that one lapses, a new alert goes out.
    await t.db.update(reports).set({ nextReviewBy: today }).where(eq(reports.reference, ref));
    const reviewed = await ok(officer.act(ref, { type: 'review', outcome: 'at_risk', note: 'Still at the workshop.' }));
    expect(reviewed.case.nextReviewBy).toBe(addDays(today, 90));
    expect((await alerts.tick(later)).reviews).toEqual([]);
    expect((await alerts.tick(now + 92 * DAY)).reviews.map((r) => r.reference)).toEqual([ref]);
    expect(smtp.mails.filter((m) => m.raw.includes(ref))).toHaveLength(2);
    const row = await t.db.select().from(reports).where(eq(reports.reference, ref)).get();
    const alertRows = await t.db.select().from(reportAlerts).where(eq(reportAlerts.reportId, row!.id));
    expect(alertRows.map((a) => a.kind)).toEqual(['review']);
  });
});
