// The actions a CPU works a report with, and what the anonymous reporter sees of them.

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reportEvents } from '../../db/schema.ts';
import { type Agent, addStaff, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport, postJson, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let officer: Agent;
let supervisor: Agent;
let mardan: Agent;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  supervisor = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  mardan = await signIn(t, await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const lookup = async (receipt: string) => (await postJson(t.app, '/api/reports/lookup', { receipt })).json();

describe('working a report', () => {
  it('assign, refer to medical examination and police, message the reporter, close: the reporter follows along', async () => {
    const r = await newReport(t.app, { immediateDanger: true });
    expect((await lookup(r.receipt)).status).toBe('received');

    const assigned = await officer.act(r.reference, { type: 'assign', to: officer.username });
    expect(assigned.status).toBe(200);
    const a = await assigned.json();
    expect(a.assignedTo).toBe(officer.username);
    expect(a.status).toBe('assigned');
    expect(a.reporterStatus).toBe('in_review');
    expect((await lookup(r.receipt)).status).toBe('in_review');

    // Consent first: a referral shares what the child told (issue #24).
    await officer.act(r.reference, { type: 'consent', by: 'carer', given: true, scope: ['referral', 'medical'] });
    await officer.act(r.reference, { type: 'refer', service: 'medical_examination', note: 'Lady Reading Hospital' });
    const referred = await (await officer.act(r.reference, { type: 'refer', service: 'police' })).json();
    expect(referred.referrals.map((x: { service: string; status: string }) => [x.service, x.status])).toEqual([
      ['medical_examination', 'requested'],
      ['police', 'requested'],
    ]);
    expect(referred.referrals[0].note).toBe('Lady Reading Hospital');
    expect(referred.reporterStatus).toBe('referred');

    const refId = referred.referrals[0].id;
    const accepted = await (await officer.act(r.reference, { type: 'update_referral', referralId: refId, status: 'accepted' })).json();
    expect(accepted.referrals[0].status).toBe('accepted');
    const backwards = await officer.act(r.reference, { type: 'update_referral', referralId: refId, status: 'accepted' });
    expect(backwards.status).toBe(400);

    await officer.act(r.reference, { type: 'note', body: 'Internal: father works nights.' });
    const messaged = await (
      await officer.act(r.reference, { type: 'message', body: 'Thank you. A social worker will visit today.' })
    ).json();
    expect(messaged.notes.map((n: { body: string }) => n.body)).toEqual(['Internal: father works nights.']);
    expect(messaged.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([
      ['staff', 'Thank you. A social worker will visit today.'],
    ]);

    const closed = await (await officer.act(r.reference, { type: 'close', reason: 'referred_on' })).json();
    expect(closed.status).toBe('closed');
    expect(closed.closeReason).toBe('referred_on');

    const seen = await lookup(r.receipt);
    expect(seen.status).toBe('closed');
    expect(seen.statusHistory.map((s: { status: string }) => s.status)).toEqual(['received', 'in_review', 'referred', 'closed']);
    expect(seen.messages).toEqual([expect.objectContaining({ from: 'staff', body: 'Thank you. A social worker will visit today.' })]);
    expect(JSON.stringify(seen)).not.toContain('father works nights');

    // Closed: only reopen, note, message.
    expect((await officer.act(r.reference, { type: 'refer', service: 'shelter' })).status).toBe(400);
    const reopened = await (await officer.act(r.reference, { type: 'reopen', reason: 'New information from the school.' })).json();
    expect(reopened.status).toBe('in_progress');
    expect((await lookup(r.receipt)).status).toBe('in_review');
    expect(reopened.history.at(-1)).toMatchObject({
      type: 'reopen',
      by: officer.username,
      data: { reason: 'New information from the school.' },
    });
  });

  it('changes priority and category with a reason, recomputing the due time', async () => {
    const r = await newReport(t.app);
    const res = await (await officer.act(r.reference, { type: 'set_priority', priority: 'P2', reason: 'Injuries described' })).json();
    expect(res.priority).toBe('P2');
    expect(new Date(res.dueAt).getTime() - new Date(res.createdAt).getTime()).toBe(24 * 3600_000);
    const cat = await (
      await officer.act(r.reference, { type: 'set_category', category: 'child_labour', reason: 'Works at a kiln' })
    ).json();
    expect(cat.category).toBe('child_labour');
    expect(cat.history.at(-1)).toMatchObject({
      type: 'set_category',
      data: { from: 'physical_abuse', to: 'child_labour', reason: 'Works at a kiln' },
    });
    // The reason is sealed in the database, not stored as text.
    const events = await t.db.select().from(reportEvents);
    expect(JSON.stringify(events)).not.toContain('Works at a kiln');
  });

  it('marks duplicates of a report in scope only', async () => {
    const a = await newReport(t.app);
    const b = await newReport(t.app);
    const other = await newReport(t.app, { location: { province: 'khyber-pakhtunkhwa', district: 'mardan' } });
    expect((await (await officer.act(b.reference, { type: 'mark_duplicate', of: a.reference })).json()).duplicateOf).toBe(a.reference);
    const res = await officer.act(b.reference, { type: 'mark_duplicate', of: other.reference });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.of).toBeTruthy();
  });

  it('validates each action and answers in the request language', async () => {
    const r = await newReport(t.app);
    const bad = await officer.post(
      `/api/staff/reports/${r.reference}/actions`,
      { type: 'refer', service: 'spa' },
      { 'accept-language': 'ur' },
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.service).toMatch(/[\u0600-\u06FF]/);
    expect((await officer.act(r.reference, { type: 'explode' })).status).toBe(400);
    expect((await officer.act(r.reference, { type: 'note', body: '   ' })).status).toBe(400);
    expect((await officer.act(r.reference, { type: 'close', reason: 'bored' })).status).toBe(400);
    expect((await officer.act(r.reference, { type: 'note', body: 'ok', extra: 1 })).status).toBe(400);
  });

  it('transfer: the receiving CPU sees the report; the sender keeps only what it wrote', async () => {
    const r = await newReport(t.app);
    await officer.act(r.reference, { type: 'note', body: 'Peshawar note before transfer' });
    await postJson(t.app, '/api/reports/messages', { receipt: r.receipt, body: 'The family moved to Mardan last week.' });
    const res = await supervisor.act(r.reference, { type: 'transfer', queueId: 'cpu-mardan', reason: 'Family lives in Mardan' });
    expect(res.status).toBe(200);
    const after = await res.json();
    expect(after.access).toBe('restricted');
    expect(after.notes.map((n: { body: string }) => n.body)).toEqual(['Peshawar note before transfer']);
    expect(after.description).toBeUndefined();
    expect(JSON.stringify(after)).not.toContain('moved to Mardan');

    const inMardan = await (await mardan.get(`/api/staff/reports/${r.reference}`)).json();
    expect(inMardan.access).toBe('full');
    expect(inMardan.status).toBe('transferred');
    expect(inMardan.notes.map((n: { body: string }) => n.body)).toEqual(['Peshawar note before transfer']);
    const queue = await (await mardan.get('/api/staff/queues/cpu-mardan/reports')).json();
    expect(queue.reports.map((x: { reference: string }) => x.reference)).toContain(r.reference);

    // Peshawar can no longer act on it, and does not see what Mardan writes next.
    expect((await officer.act(r.reference, { type: 'note', body: 'late' })).status).toBe(404);
    await mardan.act(r.reference, { type: 'note', body: 'Mardan visit booked' });
    const peshawarView = await (await officer.get(`/api/staff/reports/${r.reference}`)).json();
    expect(JSON.stringify(peshawarView)).not.toContain('Mardan visit booked');
    expect(JSON.stringify(peshawarView)).toContain('Peshawar note before transfer');
  });
});

describe('provincial', () => {
  it('a provincial officer moves a misrouted report from Peshawar to Mardan and assigns it there', async () => {
    const r = await newReport(t.app);
    const kp = await enrolTotp(t, await addStaff(t, 'provincial', null, 'khyber-pakhtunkhwa'));
    const moved = await (
      await kp.act(r.reference, { type: 'transfer', queueId: 'cpu-mardan', reason: 'The child lives in Mardan' })
    ).json();
    expect(moved).toMatchObject({ access: 'full', queueId: 'cpu-mardan', status: 'transferred', assignedTo: null });
    const assigned = await (await kp.act(r.reference, { type: 'assign', to: mardan.username })).json();
    expect(assigned.assignedTo).toBe(mardan.username);
    // Someone from another unit cannot be given it.
    expect((await kp.act(r.reference, { type: 'assign', to: officer.username })).status).toBe(400);
    expect((await kp.act(r.reference, { type: 'transfer', queueId: 'no-such-queue', reason: 'x' })).status).toBe(400);
  });
});

describe('audit', () => {
  it('records reads and actions with ids only, never reporter text', async () => {
    const r = await newReport(t.app, { description: 'Secret words that must never reach the audit log.' });
    await officer.get(`/api/staff/reports/${r.reference}`);
    await officer.act(r.reference, { type: 'message', body: 'Another secret sentence' });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.target, r.reference));
    expect(rows.map((x) => x.action)).toEqual(['report_viewed', 'report_action']);
    expect(rows[0]!.username).toBe(officer.username);
    const all = JSON.stringify(await t.db.select().from(auditLog));
    expect(all).not.toContain('Secret words');
    expect(all).not.toContain('Another secret');
  });
});

describe('refusal comes before validation', () => {
  it("a malformed action on another unit's report is 404 and logged, exactly like a well-formed one", async () => {
    const r = await newReport(t.app, { location: { province: 'khyber-pakhtunkhwa', district: 'mardan' } });
    const missing = await officer.act('CP-2222-2222', { type: 'explode' });
    const refused = await officer.act(r.reference, { type: 'explode' });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual(await missing.json());
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.target, r.reference));
    expect(rows.map((x) => [x.action, x.queueId, x.username])).toEqual([['access_refused', 'cpu-mardan', officer.username]]);
    // In scope, the same body is a validation error.
    expect((await mardan.act(r.reference, { type: 'explode' })).status).toBe(400);
  });
});
