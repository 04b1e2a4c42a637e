// Referral partners through the real routes and database: a CPU officer refers a report to a desk, the desk's
// partner sees only what the service needs, answers it, and the CPU reads the answer in the report's history.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, staffUsers } from '../../db/schema.ts';
import { DEADLINE_HOURS } from '../../domain/vocabulary.ts';
import { type Agent, addStaff, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let officer: Agent;
let health: Agent;
let police: Agent;
let reference: string;
const CANARY = 'CANARY-reporter-words-7Q2 the neighbour beats the boy every night';
const CONTACT = 'canary-contact 0300-0000000';

beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-rajanpur'));
  health = await signIn(t, await addStaff(t, 'partner', null, null, 'rajanpur-health'));
  police = await signIn(t, await addStaff(t, 'partner', null, null, 'rajanpur-police'));
  const res = await postJson(
    t.app,
    '/api/reports',
    validReport({
      description: CANARY,
      contact: CONTACT,
      location: { province: 'punjab', district: 'rajanpur', details: 'canary-place near the canal' },
    }),
  );
  expect(res.status).toBe(201);
  reference = ((await res.json()) as { reference: string }).reference;
  await officer.act(reference, { type: 'message', body: 'canary-message to the reporter' });
  // Nothing is shared with a desk before the carer's consent (issue #24).
  await officer.act(reference, { type: 'consent', by: 'carer', given: true, scope: ['referral', 'sharing', 'medical'] });
});
afterAll(() => t?.close());

describe('GET /api/staff/desks', () => {
  it("lists the desks of the officer's unit, by district, with names in every language", async () => {
    const all = (await (await officer.get('/api/staff/desks')).json()) as {
      desks: { id: string; service: string; district: string; name: Record<string, string>; confirmed: boolean }[];
    };
    expect(all.desks.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'rajanpur-health',
        'rajanpur-police',
        'rajanpur-education',
        'rajanpur-child-protection-court',
        'rajanpur-rescue-1122',
      ]),
    );
    expect(all.desks.every((d) => d.district === 'rajanpur')).toBe(true);
    expect(all.desks.find((d) => d.id === 'rajanpur-health')).toMatchObject({ service: 'health', confirmed: true });
    expect(((await (await officer.get('/api/staff/desks?district=peshawar')).json()) as { desks: unknown[] }).desks).toEqual([]);
    expect((await officer.get('/api/staff/desks?district=Not%20A%20District')).status).toBe(400);
  });
});

describe('refer to a desk', () => {
  it('refuses a desk of another service or another unit', async () => {
    expect((await officer.act(reference, { type: 'refer', service: 'police', desk: 'rajanpur-health' })).status).toBe(400);
    expect((await officer.act(reference, { type: 'refer', service: 'health', desk: 'peshawar-health' })).status).toBe(400);
    expect((await officer.act(reference, { type: 'refer', service: 'health', desk: 'no-such-desk' })).status).toBe(400);
  });

  it("the desk sees the referral without the reporter's words, contact, place or messages, within the priority deadline", async () => {
    const before = Date.now();
    const res = await officer.act(reference, {
      type: 'refer',
      service: 'health',
      desk: 'rajanpur-health',
      note: 'Medical check for a 5-9 year old boy; CPU officer will accompany.',
    });
    expect(res.status).toBe(200);
    const raw = await (await health.get('/api/partner/referrals')).text();
    for (const secret of ['CANARY', 'canary-contact', 'canary-place', 'canary-message']) expect(raw).not.toContain(secret);
    const list = JSON.parse(raw) as { desk: { id: string }; referrals: Record<string, unknown>[] };
    expect(list.desk.id).toBe('rajanpur-health');
    expect(list.referrals).toHaveLength(1);
    const r = list.referrals[0]!;
    expect(r).toMatchObject({
      reference,
      service: 'health',
      child: { ageBand: '5-9', gender: 'boy' },
      category: 'physical_abuse',
      status: 'requested',
      note: 'Medical check for a 5-9 year old boy; CPU officer will accompany.',
      overdue: false,
    });
    expect(Object.keys(r).sort()).toEqual(
      [
        'category',
        'child',
        'createdAt',
        'district',
        'dueAt',
        'id',
        'note',
        'overdue',
        'priority',
        'reference',
        'service',
        'status',
        'updatedAt',
      ].sort(),
    );
    const due = Date.parse(r.dueAt as string) - Date.parse(r.createdAt as string);
    expect(due).toBe(DEADLINE_HOURS[r.priority as keyof typeof DEADLINE_HOURS] * 3_600_000);
    expect(Date.parse(r.createdAt as string)).toBeGreaterThanOrEqual(before - 5);
    // The view is audit-logged under the referring unit's queue.
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'referrals_viewed'));
    expect(entry).toMatchObject({ queueId: 'cpu-rajanpur', target: 'rajanpur-health' });
  });

  it('another desk sees none of it and gets 404 for it; a partner gets 404 for the report itself', async () => {
    expect(((await (await police.get('/api/partner/referrals')).json()) as { referrals: unknown[] }).referrals).toEqual([]);
    const { referrals } = (await (await health.get('/api/partner/referrals')).json()) as { referrals: { id: string }[] };
    expect((await police.post(`/api/partner/referrals/${referrals[0]!.id}`, { status: 'accepted' })).status).toBe(404);
    expect((await police.post('/api/partner/referrals/999999', { status: 'accepted' })).status).toBe(404);
    // Whatever the body: a broken one is judged only once the referral is found to be the desk's own.
    expect((await police.post(`/api/partner/referrals/${referrals[0]!.id}`, { status: 'requested', extra: true })).status).toBe(404);
    expect((await police.post('/api/partner/referrals/not-a-number', { status: 'accepted' })).status).toBe(404);
    expect((await health.get(`/api/staff/reports/${reference}`)).status).toBe(404);
    expect((await health.act(reference, { type: 'note', body: 'x' })).status).toBe(404);
    expect((await health.get('/api/staff/queues')).status).toBe(403);
    const refused = await t.db.select().from(auditLog).where(eq(auditLog.action, 'access_refused'));
    expect(refused.some((e) => e.target === reference && e.queueId === 'cpu-rajanpur')).toBe(true);
    // Both tries at the health desk's referral (the valid body and the broken one) are in the unit's log.
    expect(refused.filter((e) => JSON.parse(e.detail).what === 'referral' && e.queueId === 'cpu-rajanpur')).toHaveLength(2);
  });

  it('the desk accepts, may not skip back, declines only with a reason, completes; the CPU sees each step and note', async () => {
    const { referrals } = (await (await health.get('/api/partner/referrals')).json()) as { referrals: { id: string }[] };
    const id = referrals[0]!.id;
    expect((await health.post(`/api/partner/referrals/${id}`, { status: 'completed' })).status).toBe(400);
    expect((await health.post(`/api/partner/referrals/${id}`, { status: 'requested' })).status).toBe(400);
    expect((await health.post(`/api/partner/referrals/${id}`, { status: 'accepted', note: 'Seen at DHQ today.' })).status).toBe(200);
    expect((await health.post(`/api/partner/referrals/${id}`, { status: 'declined' })).status).toBe(400);
    expect(
      (await health.post(`/api/partner/referrals/${id}`, { status: 'completed', note: 'Examination done; follow-up in two weeks.' }))
        .status,
    ).toBe(200);
    expect((await health.post(`/api/partner/referrals/${id}`, { status: 'accepted' })).status).toBe(400);
    const view = (await (await officer.get(`/api/staff/reports/${reference}`)).json()) as {
      history: { type: string; by: string; data: Record<string, unknown> }[];
      referrals: { id: string; status: string; desk: string }[];
    };
    const steps = view.history.filter((h) => h.type === 'update_referral');
    expect(steps.map((s) => [s.data.to, s.data.reason, s.by])).toEqual([
      ['accepted', 'Seen at DHQ today.', health.username],
      ['completed', 'Examination done; follow-up in two weeks.', health.username],
    ]);
    expect(view.referrals.find((r) => r.id === id)).toMatchObject({ status: 'completed', desk: 'rajanpur-health' });
    expect(
      ((await (await health.get('/api/partner/referrals?status=completed')).json()) as { referrals: unknown[] }).referrals,
    ).toHaveLength(1);
    const answered = await t.db.select().from(auditLog).where(eq(auditLog.action, 'referral_answered'));
    expect(answered).toHaveLength(2);
    // The sealed note never sits in the audit log in clear.
    expect(JSON.stringify(answered)).not.toContain('Examination done');
  });

  it('a referral waiting past its deadline is overdue for the desk and the CPU', async () => {
    await officer.act(reference, { type: 'refer', service: 'police', desk: 'rajanpur-police', note: 'FIR needed' });
    await t.db.$client.execute("update referrals set due_at = 1000, created_at = 0 where desk_id = 'rajanpur-police'");
    const list = (await (await police.get('/api/partner/referrals')).json()) as { referrals: { overdue: boolean }[] };
    expect(list.referrals[0]!.overdue).toBe(true);
    const view = (await (await officer.get(`/api/staff/reports/${reference}`)).json()) as {
      referrals: { desk: string; overdue: boolean }[];
    };
    expect(view.referrals.find((r) => r.desk === 'rajanpur-police')!.overdue).toBe(true);
    const queues = (await (await officer.get('/api/staff/queues')).json()) as { queues: { id: string; referralsOverdue: number }[] };
    expect(queues.queues.find((q) => q.id === 'cpu-rajanpur')!.referralsOverdue).toBe(1);
    const page = (await (await officer.get('/api/staff/queues/cpu-rajanpur/reports')).json()) as {
      reports: { reference: string; referralsOverdue: number }[];
    };
    expect(page.reports.find((r) => r.reference === reference)!.referralsOverdue).toBe(1);
    // The unit's supervisor sees it in the unit figures and on the dashboard.
    const { enrolTotp } = await import('../../tests/fixtures/staff-session.ts');
    const supervisor = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-rajanpur'));
    const stats = (await (await supervisor.get('/api/staff/stats')).json()) as { queues: { queueId: string; referralsOverdue: number }[] };
    expect(stats.queues.find((q) => q.queueId === 'cpu-rajanpur')!.referralsOverdue).toBe(1);
    expect(((await (await supervisor.get('/api/staff/dashboard')).json()) as { referralsOverdue: number }).referralsOverdue).toBe(1);
  });
});

describe('partner accounts', () => {
  it('an admin creates one for a desk; a desk that does not exist is refused', async () => {
    const { enrolTotp } = await import('../../tests/fixtures/staff-session.ts');
    const admin = await enrolTotp(t, await addStaff(t, 'admin', null));
    const send = (body: unknown) => admin.post('/api/staff/accounts', body);
    expect((await send({ username: 'dhq.rajanpur', role: 'partner', deskId: 'rajanpur-health' })).status).toBe(201);
    expect((await send({ username: 'nowhere.desk', role: 'partner', deskId: 'no-such-desk' })).status).toBe(400);
    expect((await send({ username: 'queue.partner', role: 'partner', queueId: 'cpu-rajanpur' })).status).toBe(400);
    const row = await t.db.select().from(staffUsers).where(eq(staffUsers.username, 'dhq.rajanpur')).get();
    expect(row).toMatchObject({ role: 'partner', deskId: 'rajanpur-health', queueId: null, mustChangePassword: true });
    const options = (await (await admin.get('/api/staff/accounts/options')).json()) as { desks: { id: string }[] };
    expect(options.desks.map((d) => d.id)).toContain('rajanpur-health');
  });
});
