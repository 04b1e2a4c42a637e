// The case after intake, through the real app: assess, consent, plan, refer, review, court orders, a supervisor's
// approval of a high-risk plan and closure; referrals refused without consent; the record sealed, scoped and audited.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseEntries, reports } from '../../db/schema.ts';
import { addDays } from '../../domain/case-cycle.ts';
import { type Agent, addStaff, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport as newReportIn, ok, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let officer: Agent;
let supervisor: Agent;
let mardan: Agent;
const today = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  supervisor = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  mardan = await signIn(t, await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const newReport = (overrides: Record<string, unknown> = {}) => newReportIn(t.app, overrides);

describe('the case cycle', () => {
  it('a referral without consent is refused with 409 consent_required in the user’s language, and goes through once consent is given', async () => {
    const r = await newReport();
    const refused = await officer.post(
      `/api/staff/reports/${r.reference}/actions`,
      { type: 'refer', service: 'police' },
      { 'accept-language': 'ur' },
    );
    expect(refused.status).toBe(409);
    const body = await refused.json();
    expect(body.error.code).toBe('consent_required');
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    // Consent refused, or for another scope, does not cover it either.
    await ok(officer.act(r.reference, { type: 'consent', by: 'carer', given: false, scope: ['referral'] }));
    expect((await officer.act(r.reference, { type: 'refer', service: 'police' })).status).toBe(409);
    await ok(officer.act(r.reference, { type: 'consent', by: 'carer', given: true, scope: ['referral', 'sharing'] }));
    const referred = await ok(officer.act(r.reference, { type: 'refer', service: 'police' }));
    expect(referred.referrals.map((x: { service: string }) => x.service)).toEqual(['police']);
    // A medical examination needs the medical scope as well.
    expect((await officer.act(r.reference, { type: 'refer', service: 'medical_examination' })).status).toBe(409);
    // The child's own assent withdrawn later: the latest word for a scope decides.
    await ok(officer.act(r.reference, { type: 'consent', by: 'child', given: false, scope: ['referral'] }));
    expect((await officer.act(r.reference, { type: 'refer', service: 'education' })).status).toBe(409);
    expect(referred.case.consents).toHaveLength(2);
    expect(referred.case.consents[1]).toMatchObject({
      by: 'carer',
      given: true,
      scope: ['referral', 'sharing'],
      recordedBy: officer.username,
    });
  });

  it('assess → plan → review → court → approve closure for a high-risk case, each step recorded, sealed and audited', async () => {
    const r = await newReport({ immediateDanger: true });
    // Steps in order: no plan before an assessment, no review before a plan.
    expect((await officer.act(r.reference, { type: 'plan', goals: [{ text: 'x', due: today }], reviewBy: today })).status).toBe(400);
    const assessed = await ok(
      officer.act(r.reference, {
        type: 'assess',
        riskLevel: 'high',
        needs: ['shelter', 'medical_examination', 'family_counselling'],
        summary: 'SECRET-SUMMARY: the stepfather beats her nightly.',
        immediateSafety: 'Moved to her aunt tonight.',
      }),
    );
    expect(assessed.case).toMatchObject({
      stage: 'assessment',
      riskLevel: 'high',
      assessment: { riskLevel: 'high', summary: 'SECRET-SUMMARY: the stepfather beats her nightly.', recordedBy: officer.username },
    });
    // A high-risk review date is at most 30 days away.
    const tooLate = await officer.act(r.reference, {
      type: 'plan',
      goals: [{ text: 'Safe place', due: today }],
      reviewBy: addDays(today, 31),
    });
    expect(tooLate.status).toBe(400);
    expect((await tooLate.json()).error.fields.reviewBy).toBeTruthy();
    const planned = await ok(
      officer.act(r.reference, {
        type: 'plan',
        goals: [
          { text: 'SECRET-GOAL: a shelter bed this week', service: 'shelter', due: addDays(today, 3) },
          { text: 'Medical examination at the DHQ', service: 'medical_examination', due: addDays(today, 2) },
        ],
        reviewBy: addDays(today, 14),
      }),
    );
    // High risk: the plan waits for the supervisor.
    expect(planned.case).toMatchObject({
      stage: 'planning',
      nextReviewBy: addDays(today, 14),
      plan: { counts: false, needsApproval: true },
    });
    expect((await officer.act(r.reference, { type: 'approve', what: 'plan' })).status).toBe(403);
    const approved = await ok(supervisor.act(r.reference, { type: 'approve', what: 'plan' }));
    expect(approved.case).toMatchObject({ stage: 'implementation', plan: { counts: true, approvedBy: supervisor.username } });
    expect(approved.case.plan.goals[0]).toMatchObject({ text: 'SECRET-GOAL: a shelter bed this week', service: 'shelter' });
    const reviewed = await ok(
      officer.act(r.reference, { type: 'review', outcome: 'progressing', note: 'Visited: she is safe at her aunt’s.' }),
    );
    expect(reviewed.case).toMatchObject({ stage: 'follow_up', nextReviewBy: addDays(today, 30), reviewOverdue: false });
    expect(reviewed.case.reviews[0]).toMatchObject({ outcome: 'progressing', note: 'Visited: she is safe at her aunt’s.' });
    // The Child Protection Court's orders each become a referral, and count as consent for those services.
    const court = await ok(
      officer.act(r.reference, {
        type: 'court',
        date: today,
        orders: ['shelter', 'psychological_counselling', 'family_counselling'],
        note: 'Produced before the CPC; next hearing in a month.',
      }),
    );
    expect(court.referrals.map((x: { service: string; status: string }) => [x.service, x.status])).toEqual([
      ['shelter', 'requested'],
      ['psychological_counselling', 'requested'],
      ['family_counselling', 'requested'],
    ]);
    expect(court.reporterStatus).toBe('referred');
    expect((await officer.act(r.reference, { type: 'refer', service: 'shelter' })).status).toBe(200);
    // A high-risk case closes only once its closure is approved, by the unit's supervisor.
    const refused = await officer.act(r.reference, { type: 'close', reason: 'resolved' });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe('approval_required');
    await ok(supervisor.act(r.reference, { type: 'approve', what: 'closure' }));
    const closed = await ok(officer.act(r.reference, { type: 'close', reason: 'resolved' }));
    expect(closed.case.stage).toBe('closed');
    expect(closed.case.approvals.map((a: { what: string }) => a.what)).toEqual(['plan', 'closure']);
    // Reopened, it returns to follow-up, and a second closure needs a second approval.
    const reopened = await ok(officer.act(r.reference, { type: 'reopen', reason: 'The stepfather came back.' }));
    expect(reopened.case.stage).toBe('follow_up');
    expect((await officer.act(r.reference, { type: 'close', reason: 'resolved' })).status).toBe(409);

    // Sealed at rest, choices only in the audit log and the history.
    const row = await t.db.select().from(reports).where(eq(reports.reference, r.reference)).get();
    const entries = await t.db.select().from(caseEntries).where(eq(caseEntries.reportId, row!.id));
    expect(entries.sort((a, b) => a.id - b.id).map((e) => e.kind)).toEqual(['assess', 'plan', 'approve', 'review', 'court', 'approve']);
    expect(JSON.stringify(entries)).not.toMatch(/SECRET|aunt|stepfather/);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.target, r.reference));
    expect(audit.filter((a) => a.action === 'report_action').map((a) => JSON.parse(a.detail).type)).toEqual(
      expect.arrayContaining(['assess', 'plan', 'approve', 'review', 'court']),
    );
    expect(JSON.stringify(audit)).not.toMatch(/SECRET|aunt|stepfather/);
    expect(closed.history.map((h: { type: string }) => h.type)).toEqual(expect.arrayContaining(['assess', 'plan', 'approve', 'court']));
  });

  it('a low-risk plan counts at once; review dates follow the 90-day interval; bad bodies are 400 in the request language', async () => {
    const r = await newReport();
    await ok(officer.act(r.reference, { type: 'assess', riskLevel: 'low', needs: [], summary: 'Parents agree to counselling.' }));
    const planned = await ok(
      officer.act(r.reference, {
        type: 'plan',
        goals: [{ text: 'Parenting sessions', due: addDays(today, 20) }],
        reviewBy: addDays(today, 90),
      }),
    );
    expect(planned.case).toMatchObject({ stage: 'implementation', plan: { counts: true, needsApproval: false } });
    const reviewed = await ok(officer.act(r.reference, { type: 'review', outcome: 'goals_met', note: 'Sessions done.' }));
    expect(reviewed.case.nextReviewBy).toBe(addDays(today, 90));
    // Closing a low-risk case needs no approval.
    expect((await officer.act(r.reference, { type: 'close', reason: 'resolved' })).status).toBe(200);
    for (const bad of [
      { type: 'assess', riskLevel: 'extreme', needs: [], summary: 'x' },
      { type: 'consent', by: 'neighbour', given: true, scope: ['referral'] },
      { type: 'consent', by: 'carer', given: true, scope: [] },
      { type: 'court', date: '2026-02-30', orders: ['shelter'] },
      { type: 'court', date: today, orders: ['spa'] },
      { type: 'review', outcome: 'fine', note: 'x' },
      { type: 'approve', what: 'everything' },
    ]) {
      const other = await newReport();
      const res = await officer.post(`/api/staff/reports/${other.reference}/actions`, bad, { 'accept-language': 'ur' });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(JSON.stringify((await res.json()).error.fields)).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('answers 404 outside the unit, exactly like a missing reference, and changes nothing', async () => {
    const r = await newReport();
    const outside = await mardan.act(r.reference, { type: 'assess', riskLevel: 'high', needs: [], summary: 'x' });
    const missing = await mardan.act('CP-2222-2222', { type: 'assess', riskLevel: 'high', needs: [], summary: 'x' });
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual(await missing.json());
    const view = await ok(officer.get(`/api/staff/reports/${r.reference}`));
    expect(view.case).toMatchObject({ stage: 'intake', riskLevel: null, assessment: null, plan: null, reviews: [], consents: [] });
  });
});
