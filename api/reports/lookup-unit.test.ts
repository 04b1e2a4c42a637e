// A reporter reads who answered them: each staff reply is signed by its unit's name, in every language, and the
// look-up names no staff person (no username, no account id), even after the report moved to another unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/languages.ts';
import { type Agent, addStaff, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport, postJson, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
let swat: Agent;
let swatAccount: { username: string; password: string };
let swatSupervisor: Agent;
let peshawar: Agent;
beforeAll(async () => {
  t = await createTestApp();
  swatAccount = await addStaff(t, 'officer', 'cpu-swat', 'khyber-pakhtunkhwa');
  swat = await signIn(t, swatAccount);
  swatSupervisor = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-swat', 'khyber-pakhtunkhwa'));
  peshawar = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const lookup = async (receipt: string) => (await postJson(t.app, '/api/reports/lookup', { receipt })).json();

describe('the unit signs its replies', () => {
  it('names the unit that wrote each staff message, keeps it after a transfer, and never the person', async () => {
    const r = await newReport(t.app, { location: { province: 'khyber-pakhtunkhwa', district: 'swat' } });
    expect((await swat.act(r.reference, { type: 'message', body: 'We have read your report. Is the child safe tonight?' })).status).toBe(
      200,
    );
    await postJson(t.app, '/api/reports/messages', { receipt: r.receipt, body: 'Yes, with his aunt.' });
    expect(
      (await swatSupervisor.act(r.reference, { type: 'transfer', queueId: 'cpu-peshawar', reason: 'The family moved to Peshawar.' }))
        .status,
    ).toBe(200);
    expect((await peshawar.act(r.reference, { type: 'message', body: 'Peshawar will follow up.' })).status).toBe(200);

    const view = await lookup(r.receipt);
    expect(view.messages.map((m: { from: string; unit: Record<string, string> | null }) => [m.from, m.unit?.en ?? null])).toEqual([
      ['staff', 'Child Protection Unit, Swat'],
      ['reporter', null],
      ['staff', 'Child Protection Unit, Peshawar'],
    ]);
    for (const lang of LANGS) expect(view.messages[0].unit[lang]).toMatch(/\S/);
    expect(view.messages[0].unit.ur).not.toBe(view.messages[0].unit.en);
    const text = JSON.stringify(view);
    expect(text).not.toContain(swatAccount.username);
    expect(text).not.toMatch(/staffId|username|assigned/i);
  });
});
