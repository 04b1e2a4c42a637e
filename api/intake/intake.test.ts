// Every channel into one queue: a call-taker records a call (same triage, routing, duplicate search, alerts and
// receipt as the public form), reads the caller's receipt back, relays their words; all in scope and audit-logged.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reports } from '../../db/schema.ts';
import { type Agent, addStaff, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let callTaker: Agent;
let sindhCallTaker: Agent;
let officer: Agent;
let mardan: Agent;

beforeAll(async () => {
  t = await createTestApp();
  callTaker = await signIn(t, await addStaff(t, 'helpline', null, 'khyber-pakhtunkhwa'));
  sindhCallTaker = await signIn(t, await addStaff(t, 'helpline', null, 'sindh'));
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  mardan = await signIn(t, await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const call = (overrides: Record<string, unknown> = {}) => ({ ...validReport(), channel: 'helpline', ...overrides });

describe('POST /api/staff/intake', () => {
  it('records an Urdu call into the district unit’s queue with the same triage, and answers like the public form plus the channel', async () => {
    const res = await callTaker.post(
      '/api/staff/intake',
      call({
        locale: 'ur',
        description: 'بچی کو ابھی اس کا چچا مار رہا ہے، خون بہہ رہا ہے',
        immediateDanger: true,
        risks: { seriouslyHurt: 'yes' },
      }),
    );
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ priority: 'P1', channel: 'helpline', verified: true, queue: { id: 'cpu-peshawar' } });
    expect(created.receipt).toMatch(/^\d{16}$/);
    expect(created.emergency.numbers.length).toBeGreaterThan(0);
    // The call-taker cannot open the report, so the answer says why this priority, in every console language.
    const risk = created.reasons.find((r: { id: string }) => r.id === 'risk:seriouslyHurt');
    expect(risk.ur).toMatch(/[\u0600-\u06FF]/);
    expect(risk.en).toBeTruthy();
    expect(created.possibleDuplicates).toEqual([]);
    // The caller's receipt opens the public status page, as one from the form does.
    const status = await postJson(t.app, '/api/reports/lookup', { receipt: created.receipt });
    expect(status.status).toBe(200);
    expect((await status.json()).reference).toBe(created.reference);
    // The unit sees it in its queue and its view, with the channel; the P1 is alerted like any other.
    const view = await (await officer.get(`/api/staff/reports/${created.reference}`)).json();
    expect(view).toMatchObject({ channel: 'helpline', priority: 'P1', locale: 'ur' });
    expect(view.reasons.map((r: { id: string }) => r.id)).toContain('risk:seriouslyHurt');
    const queue = await (await officer.get('/api/staff/queues/cpu-peshawar/reports')).json();
    expect(queue.reports.find((r: { reference: string }) => r.reference === created.reference)).toMatchObject({ channel: 'helpline' });
    const row = await t.db.select().from(reports).where(eq(reports.reference, created.reference)).get();
    expect(row!.channel).toBe('helpline');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.target, created.reference));
    expect(audit.find((a) => a.action === 'report_recorded')).toMatchObject({ username: callTaker.username, queueId: 'cpu-peshawar' });
    expect(JSON.parse(audit.find((a) => a.action === 'report_recorded')!.detail)).toEqual({ channel: 'helpline', priority: 'P1' });
    expect(JSON.stringify(audit)).not.toContain('خون');
  });

  it('finds the possible duplicate of a report made on the web form', async () => {
    const description = 'A girl of ten is kept home from school and made to work in the brick kiln near the canal every day.';
    const web = await (await postJson(t.app, '/api/reports', validReport({ category: 'child_labour', description }))).json();
    const res = await callTaker.post('/api/staff/intake', call({ category: 'child_labour', description, channel: 'community' }));
    const created = await res.json();
    // Told at once, so the call-taker can ask the caller whether it is the same child.
    expect(created.possibleDuplicates).toEqual([web.reference]);
    const view = await (await officer.get(`/api/staff/reports/${created.reference}`)).json();
    expect(view.possibleDuplicates).toContain(web.reference);
    expect(view.channel).toBe('community');
  });

  it('refuses a district outside the account’s province or unit, and the web channel, in the request language', async () => {
    const outside = await sindhCallTaker.post('/api/staff/intake', call(), { 'accept-language': 'ur' });
    expect(outside.status).toBe(400);
    expect((await outside.json()).error.fields['location.district']).toMatch(/[\u0600-\u06FF]/);
    // An officer records for their own unit's districts only.
    expect((await mardan.post('/api/staff/intake', call())).status).toBe(400);
    expect((await officer.post('/api/staff/intake', call({ channel: 'walk_in' }))).status).toBe(201);
    const web = await callTaker.post('/api/staff/intake', call({ channel: 'web' }));
    expect(web.status).toBe(400);
    expect((await web.json()).error.fields.channel).toBeTruthy();
    const captcha = await callTaker.post('/api/staff/intake', call({ captchaToken: 'x' }));
    expect(captcha.status).toBe(400);
    expect((await callTaker.post('/api/staff/intake', { ...validReport() })).status).toBe(400);
  });

  it('is refused to a call-taker on the queue and report routes, and to no one signed out', async () => {
    const created = await (await callTaker.post('/api/staff/intake', call())).json();
    expect((await callTaker.get('/api/staff/queues')).status).toBe(403);
    expect((await callTaker.get(`/api/staff/reports/${created.reference}`)).status).toBe(404);
    const anonymous = await postJson(t.app, '/api/staff/intake', call(), { origin: 'http://localhost' });
    expect(anonymous.status).toBe(401);
    const me = await (await callTaker.get('/api/staff/me')).json();
    expect(me.can).toMatchObject({ recordIntake: true, relayForCallers: true, workReports: false });
  });
});

describe('receipts read out by a caller', () => {
  it('looks the receipt up and relays messages both ways, in the account’s province only', async () => {
    const created = await (await callTaker.post('/api/staff/intake', call())).json();
    await officer.act(created.reference, { type: 'message', body: 'A social worker will visit this afternoon.' });
    await officer.act(created.reference, { type: 'note', body: 'Internal: the uncle is a policeman.' });
    // Spoken in groups of four: spaces are fine.
    const spoken = created.receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
    const res = await callTaker.post('/api/staff/receipts/lookup', { receipt: spoken });
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.reference).toBe(created.reference);
    expect(view.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([
      ['staff', 'A social worker will visit this afternoon.'],
    ]);
    expect(JSON.stringify(view)).not.toContain('policeman');
    const relayed = await callTaker.post('/api/staff/receipts/messages', {
      receipt: created.receipt,
      body: 'The caller says the uncle came back tonight and she is locked in the room.',
    });
    expect(relayed.status).toBe(201);
    const after = await (await officer.get(`/api/staff/reports/${created.reference}`)).json();
    expect(after.messages.at(-1)).toMatchObject({ from: 'reporter' });
    expect(after.messages.at(-1).body).toContain('locked in the room');
    // Another province's call-taker: 404, exactly like a receipt that does not exist.
    const outside = await sindhCallTaker.post('/api/staff/receipts/lookup', { receipt: created.receipt });
    const missing = await sindhCallTaker.post('/api/staff/receipts/lookup', { receipt: '1234567812345678' });
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual(await missing.json());
    expect((await sindhCallTaker.post('/api/staff/receipts/messages', { receipt: created.receipt, body: 'x' })).status).toBe(404);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.username, sindhCallTaker.username));
    expect(audit.filter((a) => a.action === 'receipt_refused')).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain(created.receipt);
  });
});
