// The risk questions through the API: JSON (JavaScript on) and the urlencoded form (JavaScript off).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema.ts';
import { tagsWith } from '../../tests/fixtures/html-tags.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Worded so the text alone would not make it an emergency: a worried teacher, no danger ticked.
const calm = {
  category: 'emotional_abuse',
  reporter: 'teacher',
  description: 'A pupil in my class has been very quiet and sad for some weeks.',
};
const formPost = (form: Record<string, string>) =>
  t.app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

describe('risk questions in POST /api/reports', () => {
  it('keeps a calm report without risk answers below P1 (the baseline the next tests raise)', async () => {
    const body = await (await postJson(t.app, '/api/reports', validReport(calm))).json();
    expect(['P2', 'P3', 'P4']).toContain(body.priority);
    expect(body.emergency).toBeNull();
  });

  it('makes one yes P1, answers with the emergency numbers and stores the question as the reason', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ ...calm, risks: { selfHarm: 'yes', seriouslyHurt: 'no' } }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.priority).toBe('P1');
    expect(body.emergency.numbers.map((n: { number: string }) => n.number)).toEqual(expect.arrayContaining(['15', '1121']));
    const row = await t.db.select().from(reports).where(eq(reports.reference, body.reference)).get();
    expect(JSON.parse(row!.triageReasons)[0]).toMatchObject({ id: 'risk:selfHarm' });
    expect(row!.dueAt - row!.createdAt).toBe(3_600_000);
    expect(row!.screenedAt).toBeNull();
  });

  it('makes "not sure" at least P2', async () => {
    const body = await (await postJson(t.app, '/api/reports', validReport({ ...calm, risks: { withHarmerSoon: 'unsure' } }))).json();
    expect(['P1', 'P2']).toContain(body.priority);
    expect(body.emergency).toBeNull();
  });

  it('refuses an unknown risk question with a field error in Urdu when the report is in Urdu', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ ...calm, locale: 'ur', risks: { selfHarm: 'no', ghosts: 'yes' } }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields['risks.ghosts']).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses an answer that is not yes, no or not sure', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ ...calm, risks: { selfHarm: 'maybe' } }));
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields)).toEqual(['risks.selfHarm']);
  });

  it('takes the JavaScript-off form (risks.<id>), skipping questions left blank', async () => {
    const res = await formPost({
      locale: 'ur',
      reporter: 'self',
      category: 'other',
      immediateDanger: 'false',
      'child.ageBand': '10-13',
      'child.gender': 'girl',
      'location.province': 'punjab',
      'location.district': 'lahore',
      description: 'مجھے اپنے بارے میں کچھ بتانا ہے',
      'risks.seriouslyHurt': '',
      'risks.imagesThreat': 'yes',
    });
    expect(res.status).toBe(201);
    const html = await res.text();
    expect(html).toContain('tel:15');
    const reference = html.match(/data-testid="reference">([^<]+)</)![1]!;
    const row = await t.db.select().from(reports).where(eq(reports.reference, reference)).get();
    expect(row!.priority).toBe('P1');
    expect(JSON.parse(row!.triageReasons)[0]).toMatchObject({ id: 'risk:imagesThreat' });
  });

  it('gives the JavaScript-off form back with every risk answer kept when something else needs fixing', async () => {
    const res = await formPost({
      locale: 'en',
      reporter: 'relative',
      category: 'neglect',
      immediateDanger: 'false',
      'child.ageBand': '0-4',
      'location.province': 'punjab',
      'location.district': 'lahore',
      description: 'short',
      'risks.withoutCare': 'yes',
      'risks.selfHarm': 'unsure',
      'risks.marriageSoon': 'no',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(tagsWith(html, 'input', { name: 'risks.withoutCare', value: 'yes', checked: true })).toHaveLength(1);
    expect(tagsWith(html, 'input', { name: 'risks.selfHarm', value: 'unsure', checked: true })).toHaveLength(1);
    expect(tagsWith(html, 'input', { name: 'risks.marriageSoon', value: 'no', checked: true })).toHaveLength(1);
    expect(tagsWith(html, 'input', { name: 'risks.seriouslyHurt', checked: true })).toHaveLength(0);
    expect(html).toContain('Is the child without food, water or an adult to look after them right now?');
  });

  it('words the questions for a child on the error page when the child reports', async () => {
    const html = await (
      await formPost({ locale: 'ur', reporter: 'self', category: 'other', description: 'x', 'risks.selfHarm': 'yes' })
    ).text();
    expect(html).toContain('کیا کبھی آپ کا دل کرتا ہے کہ مر جائیں یا خود کو تکلیف دیں؟');
    expect(tagsWith(html, 'input', { name: 'risks.selfHarm', value: 'yes', checked: true })).toHaveLength(1);
  });
});
