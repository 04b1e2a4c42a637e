import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/languages.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('public feature', () => {
  it('health answers ok once the database does', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('lists every province with its districts named in every language, "not listed" last', async () => {
    const res = await t.app.request('/api/locations');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('max-age=3600');
    const body = (await res.json()) as {
      provinces: { id: string; name: Record<string, string>; districts: { id: string; name: Record<string, string> }[] }[];
    };
    expect(body.provinces.length).toBeGreaterThan(5);
    const punjab = body.provinces.find((p) => p.id === 'punjab')!;
    expect(punjab.districts.map((d) => d.id)).toContain('rajanpur');
    for (const lang of LANGS) expect(punjab.name[lang], lang).toBeTruthy();
    for (const p of body.provinces) if (p.districts.some((d) => d.id === 'unknown')) expect(p.districts.at(-1)!.id).toBe('unknown');
  });
});
