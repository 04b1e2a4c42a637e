import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, reports } from '../../db/schema.ts';
import { createTestApp, postJson, validReport, type TestApp } from '../../tests/fixtures/test-app.ts';
import { createApp } from '../app.ts';
import { generateKey, keyIdOf } from './seal.ts';

const OLD = generateKey();
const NEW = generateKey();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ REPORT_KEY: OLD });
});
afterAll(() => t.close());

describe('npm run keys:rotate', () => {
  it('re-encrypts every sealed column under the new key; receipts still open and move their index on lookup', async () => {
    const created = await (await postJson(t.app, '/api/reports', validReport({ location: { province: 'punjab', district: 'lahore', details: 'near the canal' }, contact: '0300 0000000' }))).json();
    expect((await postJson(t.app, '/api/reports/messages', { receipt: created.receipt, body: 'More to tell.' })).status).toBe(201);
    const before = (await t.db.select().from(reports).where(eq(reports.reference, created.reference)).get())!;

    const out = execFileSync(process.execPath, ['api/cli/keys-rotate.ts'], {
      env: { ...process.env, DATABASE_URL: `file:${t.dbFile}`, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: OLD, NODE_ENV: 'test' },
    }).toString();
    expect(out).toMatch(/reports\.description_ct: 1 re-encrypted, 0 already current, 0 could not be opened/);
    expect(out).toMatch(/messages\.body_ct: 1 re-encrypted/);

    const newId = keyIdOf(Buffer.from(NEW, 'base64'));
    const after = (await t.db.select().from(reports).where(eq(reports.reference, created.reference)).get())!;
    for (const ct of [after.descriptionCt, after.detailsCt, after.contactCt]) expect(ct!.startsWith(`v1.${newId}.`)).toBe(true);
    const [msg] = await t.db.select().from(messages).where(eq(messages.reportId, after.id));
    expect(msg!.bodyCt!.startsWith(`v1.${newId}.`)).toBe(true);

    // The app under the new key (old one still listed) reads everything and re-keys the receipt index on lookup.
    const rotated = createApp({ db: t.db, config: { ...t.config, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: [OLD] } });
    const view = await (await postJson(rotated, '/api/reports/lookup', { receipt: created.receipt })).json();
    expect(view.messages[0].body).toBe('More to tell.');
    const rekeyed = (await t.db.select().from(reports).where(eq(reports.reference, created.reference)).get())!;
    expect(rekeyed.receiptIndex).not.toBe(before.receiptIndex);
    // …after which the old key is no longer needed for this report.
    const newOnly = createApp({ db: t.db, config: { ...t.config, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: [] } });
    expect((await postJson(newOnly, '/api/reports/lookup', { receipt: created.receipt })).status).toBe(200);

    // A second run finds nothing left to do.
    const again = execFileSync(process.execPath, ['api/cli/keys-rotate.ts'], {
      env: { ...process.env, DATABASE_URL: `file:${t.dbFile}`, REPORT_KEY: NEW, NODE_ENV: 'test' },
    }).toString();
    expect(again).toMatch(/reports\.description_ct: 0 re-encrypted, 1 already current/);
  });
});
