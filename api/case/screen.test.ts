// A person confirms every report: the `screen` action, the unscreened-first queue and re-screening after a rise.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reportEvents, reports } from '../../db/schema.ts';
import { type Agent, addStaff, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport, postJson, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let officer: Agent;
let mardan: Agent;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  mardan = await signIn(t, await addStaff(t, 'officer', 'cpu-mardan', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const view = async (reference: string) => (await officer.get(`/api/staff/reports/${reference}`)).json();
const lookup = async (receipt: string) => (await postJson(t.app, '/api/reports/lookup', { receipt })).json();

describe('screening', () => {
  it('shows a new report as not screened yet, then who screened it and when', async () => {
    const r = await newReport(t.app);
    const before = await view(r.reference);
    expect(before).toMatchObject({ screenedAt: null, screenedBy: null });

    const res = await officer.act(r.reference, { type: 'screen', priority: r.priority });
    expect(res.status).toBe(200);
    const after = await res.json();
    expect(after.screenedBy).toBe(officer.username);
    expect(Date.now() - Date.parse(after.screenedAt)).toBeLessThan(60_000);
    expect(after.priority).toBe(r.priority);
    expect(after.history.at(-1)).toMatchObject({ type: 'screen', by: officer.username, data: { from: r.priority, to: r.priority } });
    // The reporter's status does not move for a screening.
    expect((await lookup(r.receipt)).status).toBe('received');
  });

  it('changes priority and category, with the due time from the arrival time', async () => {
    const r = await newReport(t.app);
    const row = await t.db.select().from(reports).where(eq(reports.reference, r.reference)).get();
    const after = await (await officer.act(r.reference, { type: 'screen', priority: 'P1', category: 'sexual_abuse' })).json();
    expect(after.priority).toBe('P1');
    expect(after.category).toBe('sexual_abuse');
    expect(Date.parse(after.dueAt)).toBe(row!.createdAt + 3_600_000);
    expect(after.history.at(-1).data).toMatchObject({
      from: r.priority,
      to: 'P1',
      fromCategory: 'physical_abuse',
      toCategory: 'sexual_abuse',
    });
  });

  it('is audit-logged with the choices only', async () => {
    const r = await newReport(t.app);
    await officer.act(r.reference, { type: 'screen', priority: 'P2' });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.target, r.reference));
    const screened = rows.find((a) => a.action === 'report_action' && JSON.parse(a.detail).type === 'screen');
    expect(screened).toBeDefined();
    expect(screened!.username).toBe(officer.username);
    expect(JSON.parse(screened!.detail)).toEqual({ type: 'screen', priority: 'P2' });
  });

  it('answers 404 outside the account scope, exactly like a reference that does not exist, and changes nothing', async () => {
    const r = await newReport(t.app);
    const res = await mardan.act(r.reference, { type: 'screen', priority: 'P1' });
    expect(res.status).toBe(404);
    const missing = await mardan.act('CP-2222-2222', { type: 'screen', priority: 'P1' });
    expect(missing.status).toBe(404);
    expect(await res.json()).toEqual(await missing.json());
    const row = await t.db.select().from(reports).where(eq(reports.reference, r.reference)).get();
    expect(row!.screenedAt).toBeNull();
    expect(row!.priority).toBe(r.priority);
  });

  it('refuses a priority that is not P1–P4 and an unknown field, in the request language', async () => {
    const r = await newReport(t.app);
    const bad = await officer.post(
      `/api/staff/reports/${r.reference}/actions`,
      { type: 'screen', priority: 'P0' },
      { 'accept-language': 'ur' },
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.priority).toMatch(/[\u0600-\u06FF]/);
    expect((await officer.act(r.reference, { type: 'screen', priority: 'P2', reason: 'x' })).status).toBe(400);
  });

  it('lists unscreened reports first in the queue, with how long they have waited', async () => {
    const urgent = await newReport(t.app, { immediateDanger: true });
    await officer.act(urgent.reference, { type: 'screen', priority: 'P1' });
    const waiting = await newReport(t.app, { category: 'other', description: 'Please tell me about the rules for schools on discipline.' });
    const list = (await (await officer.get('/api/staff/queues/cpu-peshawar/reports')).json()).reports as {
      reference: string;
      unscreened: boolean;
      waitingMinutes: number | null;
      priority: string;
    }[];
    const firstScreened = list.findIndex((x) => !x.unscreened);
    const lastUnscreened = list.map((x) => x.unscreened).lastIndexOf(true);
    expect(lastUnscreened).toBeLessThan(firstScreened);
    const w = list.find((x) => x.reference === waiting.reference)!;
    expect(w).toMatchObject({ unscreened: true, waitingMinutes: 0 });
    expect(list.find((x) => x.reference === urgent.reference)).toMatchObject({ unscreened: false, waitingMinutes: null });

    const queues = (await (await officer.get('/api/staff/queues')).json()).queues as { id: string; unscreened: number }[];
    expect(queues.find((q) => q.id === 'cpu-peshawar')!.unscreened).toBe(list.filter((x) => x.unscreened).length);
  });

  it('makes a report unscreened again when a reporter message raises its priority, and keeps the risk floor', async () => {
    const r = await newReport(t.app, {
      category: 'other',
      reporter: 'teacher',
      description: 'A pupil seems unhappy and tired in class lately.',
      risks: { withoutCare: 'unsure' },
    });
    expect(r.priority).toBe('P2');
    await officer.act(r.reference, { type: 'screen', priority: 'P2' });

    // Nothing alarming: the priority stays at the floor and the screening stands.
    await postJson(t.app, '/api/reports/messages', { receipt: r.receipt, body: 'She said she likes drawing.' });
    expect(await view(r.reference)).toMatchObject({ priority: 'P2', screenedBy: officer.username });

    await postJson(t.app, '/api/reports/messages', {
      receipt: r.receipt,
      body: 'Today she told me: she is 12 and was raped by her uncle last night.',
    });
    const after = await view(r.reference);
    expect(after.priority).toBe('P1');
    expect(after).toMatchObject({ screenedAt: null, screenedBy: null });
    const events = await t.db.select().from(reportEvents).where(eq(reportEvents.type, 'priority_raised'));
    expect(events.some((e) => JSON.parse(e.data).unscreened === true)).toBe(true);
  });
});
