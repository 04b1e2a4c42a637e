// Retention erases the case record's free text with the report's (issue #24), through the real app and file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, addStaff, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, newReport as newReportIn, ok, type TestApp } from '../../tests/fixtures/test-app.ts';
import { runRetention } from './retention.ts';

let t: TestApp;
let officer: Agent;

beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn(t, await addStaff(t, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
});
afterAll(() => t.close());

const newReport = (overrides: Record<string, unknown> = {}) => newReportIn(t.app, overrides);

describe('retention and the case record', () => {
  it('retention erases the case record’s text with the report’s', async () => {
    const r = await newReport();
    await ok(officer.act(r.reference, { type: 'assess', riskLevel: 'none', needs: [], summary: 'Nothing of concern found.' }));
    await ok(officer.act(r.reference, { type: 'close', reason: 'no_protection_concern' }));
    const result = await runRetention(t.db.$client, { days: 0, now: Date.now() + 1000 });
    expect(result.caseEntries).toBeGreaterThanOrEqual(1);
    const view = await ok(officer.get(`/api/staff/reports/${r.reference}`));
    expect(view.case.assessment).toMatchObject({ riskLevel: 'none', summary: null });
  });
});
