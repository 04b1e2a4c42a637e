import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, postJson, validReport, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/reports', () => {
  it('stores a report and routes it to the district CPU queue', async () => {
    const res = await postJson(t.app, '/api/reports', validReport());
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.reference).toMatch(/^CP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(body.receipt).toMatch(/^\d{16}$/);
    expect(body.queue.id).toBe('cpu-peshawar');
    expect(body.verified).toBe(false);
    expect(body.emergency).toBeNull();
  });

  it('answers immediate danger with P1 and the emergency numbers', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ immediateDanger: true }));
    const body = await res.json();
    expect(body.priority).toBe('P1');
    expect(body.emergency.numbers.map((n: { number: string }) => n.number)).toEqual(expect.arrayContaining(['15', '1121']));
  });

  it('routes a district without a unit to the provincial body', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ location: { province: 'khyber-pakhtunkhwa', district: 'tank' } }));
    expect((await res.json()).queue.id).toBe('kp-cpwc');
  });

  it('explains validation errors per field in the request language', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ locale: 'ur', description: 'short', category: 'nope' }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.description).toMatch(/[\u0600-\u06FF]/);
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['description', 'category']));
  });

  it('accepts the JavaScript-off form and answers with an HTML page', async () => {
    const form = new URLSearchParams({
      locale: 'ur',
      reporter: 'teacher',
      category: 'neglect',
      immediateDanger: 'false',
      'child.ageBand': '10-13',
      'child.gender': 'girl',
      'location.province': 'punjab',
      'location.district': 'lahore',
      'location.details': '',
      description: 'بچی کئی دن سے بھوکی اسکول آ رہی ہے',
      contact: '',
    });
    const res = await t.app.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(res.status).toBe(201);
    const html = await res.text();
    expect(html).toContain('lang="ur" dir="rtl"');
    expect(html).toMatch(/\d{4} \d{4} \d{4} \d{4}/);
  });

  it('rejects other media types with 415 and oversized bodies with 413', async () => {
    const r415 = await t.app.request('/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    expect(r415.status).toBe(415);
    expect((await r415.json()).error.code).toBe('unsupported_media_type');
    const r413 = await postJson(t.app, '/api/reports', validReport({ description: 'x'.repeat(70_000) }));
    expect(r413.status).toBe(413);
    expect((await r413.json()).error.code).toBe('too_large');
  });
});

describe('receipt follow-up', () => {
  it('opens the status with the receipt and adds information', async () => {
    const created = await (await postJson(t.app, '/api/reports', validReport())).json();
    const spaced = created.receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
    const added = await postJson(t.app, '/api/reports/messages', { receipt: spaced, body: 'He was beaten again today.' });
    expect(added.status).toBe(201);
    const view = await (await postJson(t.app, '/api/reports/lookup', { receipt: created.receipt })).json();
    expect(view.reference).toBe(created.reference);
    expect(view.status).toBe('received');
    expect(view.messages).toEqual([expect.objectContaining({ from: 'reporter', body: 'He was beaten again today.' })]);
  });

  it('answers an unknown receipt with 404', async () => {
    const res = await postJson(t.app, '/api/reports/lookup', { receipt: '1234567812345678' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
