import { execFileSync } from 'node:child_process';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, referrals, reportEvents, reports, staffUsers } from '../../db/schema.ts';
import { addStaff, enrolTotp, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import { createApp } from '../app.ts';
import { hashReceipt } from './receipt.ts';
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
    const created = await (
      await postJson(
        t.app,
        '/api/reports',
        validReport({ location: { province: 'punjab', district: 'lahore', details: 'near the canal' }, contact: '0300 0000000' }),
      )
    ).json();
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
    expect(before.receiptHash.startsWith(`$hmac-sha256$k=${keyIdOf(Buffer.from(OLD, 'base64'))}$`)).toBe(true);
    expect(rekeyed.receiptHash.startsWith(`$hmac-sha256$k=${newId}$`)).toBe(true);
    // …after which the old key is no longer needed for this report.
    const newOnly = createApp({ db: t.db, config: { ...t.config, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: [] } });
    expect((await postJson(newOnly, '/api/reports/lookup', { receipt: created.receipt })).status).toBe(200);

    // A second run finds nothing left to do.
    const again = execFileSync(process.execPath, ['api/cli/keys-rotate.ts'], {
      env: { ...process.env, DATABASE_URL: `file:${t.dbFile}`, REPORT_KEY: NEW, NODE_ENV: 'test' },
    }).toString();
    expect(again).toMatch(/reports\.description_ct: 0 re-encrypted, 1 already current/);
  });

  it('a report from before MAC verifiers (argon2id) and a new one both open after a rotation, then need only the new key', async () => {
    const u = await createTestApp({ REPORT_KEY: OLD });
    try {
      const legacy = await (await postJson(u.app, '/api/reports', validReport())).json();
      const fresh = await (await postJson(u.app, '/api/reports', validReport())).json();
      // What an existing database holds: the receipt's argon2id hash.
      await u.db
        .update(reports)
        .set({ receiptHash: await hashReceipt(legacy.receipt) })
        .where(eq(reports.reference, legacy.reference));
      const rotate = (env: Record<string, string>) =>
        execFileSync(process.execPath, ['api/cli/keys-rotate.ts'], {
          env: { ...process.env, DATABASE_URL: `file:${u.dbFile}`, REPORT_KEY: NEW, NODE_ENV: 'test', ...env },
        }).toString();
      expect(rotate({ REPORT_KEY_PREVIOUS: OLD })).toMatch(
        /reports\.receipt_hash: 0 under the current key, 1 under older keys, 1 argon2id/,
      );
      const rotated = createApp({ db: u.db, config: { ...u.config, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: [OLD] } });
      for (const r of [legacy, fresh]) {
        const view = await postJson(rotated, '/api/reports/lookup', { receipt: r.receipt });
        expect(view.status).toBe(200);
        expect((await view.json()).reference).toBe(r.reference);
        // a wrong receipt still opens nothing
        const wrong = r.receipt.replace(/.$/, (d: string) => String((Number(d) + 1) % 10));
        expect((await postJson(rotated, '/api/reports/lookup', { receipt: wrong })).status).toBe(404);
      }
      const newId = keyIdOf(Buffer.from(NEW, 'base64'));
      for (const row of await u.db.select().from(reports)) expect(row.receiptHash.startsWith(`$hmac-sha256$k=${newId}$`)).toBe(true);
      expect(rotate({})).toMatch(/reports\.receipt_hash: 2 under the current key, 0 under older keys, 0 argon2id/);
      const newOnly = createApp({ db: u.db, config: { ...u.config, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: [] } });
      for (const r of [legacy, fresh]) expect((await postJson(newOnly, '/api/reports/lookup', { receipt: r.receipt })).status).toBe(200);
    } finally {
      u.close();
    }
  });

  it('a reporter still reads their status when the verifier cannot be moved (a write refused), and it moves later', async () => {
    const u = await createTestApp({ REPORT_KEY: OLD });
    try {
      const legacy = await (await postJson(u.app, '/api/reports', validReport())).json();
      const argon = await hashReceipt(legacy.receipt);
      await u.db.update(reports).set({ receiptHash: argon }).where(eq(reports.reference, legacy.reference));
      // What a full or read-only disk does to the re-keying write.
      await u.db.run(
        sql`CREATE TRIGGER refuse BEFORE UPDATE OF receipt_hash ON reports BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
      );
      expect((await postJson(u.app, '/api/reports/lookup', { receipt: legacy.receipt })).status).toBe(200);
      const stored = async () => (await u.db.select().from(reports).where(eq(reports.reference, legacy.reference)).get())!.receiptHash;
      expect(await stored()).toBe(argon);
      await u.db.run(sql`DROP TRIGGER refuse`);
      expect((await postJson(u.app, '/api/reports/lookup', { receipt: legacy.receipt })).status).toBe(200);
      expect(await stored()).toMatch(/^\$hmac-sha256\$k=/);
    } finally {
      u.close();
    }
  });

  it('re-encrypts staff work too: reasons sealed in report events, referral notes and TOTP secrets, readable under the new key alone', async () => {
    const u = await createTestApp({ REPORT_KEY: OLD });
    try {
      const created = await (await postJson(u.app, '/api/reports', validReport())).json();
      const officer = await signIn(u, await addStaff(u, 'officer', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
      expect(
        (await officer.act(created.reference, { type: 'set_priority', priority: 'P2', reason: 'The school says the bruises are old.' }))
          .status,
      ).toBe(200);
      expect(
        (
          await officer.act(created.reference, {
            type: 'refer',
            service: 'medical_examination',
            note: 'Mayo Hospital, ask for the duty doctor.',
          })
        ).status,
      ).toBe(200);
      await enrolTotp(u, await addStaff(u, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa'));

      const out = execFileSync(process.execPath, ['api/cli/keys-rotate.ts'], {
        env: { ...process.env, DATABASE_URL: `file:${u.dbFile}`, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: OLD, NODE_ENV: 'test' },
      }).toString();
      expect(out).toMatch(/report_events\.data\.reasonCt: 1 re-encrypted, 0 already current, 0 could not be opened/);
      expect(out).toMatch(/referrals\.note_ct: 1 re-encrypted, 0 already current, 0 could not be opened/);
      // The officer's and the supervisor's: every role enrols a second factor (issue #28; it was the supervisor's alone).
      expect(out).toMatch(/staff_users\.totp_secret_ct: 2 re-encrypted, 0 already current, 0 could not be opened/);
      expect(out).not.toMatch(/[1-9]\d* could not be opened/);

      const newId = keyIdOf(Buffer.from(NEW, 'base64'));
      const [event] = (await u.db.select().from(reportEvents)).filter((e) => e.data.includes('reasonCt'));
      expect((JSON.parse(event!.data) as { reasonCt: string }).reasonCt.startsWith(`v1.${newId}.`)).toBe(true);
      const [referral] = await u.db.select().from(referrals).where(isNotNull(referrals.noteCt));
      expect(referral!.noteCt!.startsWith(`v1.${newId}.`)).toBe(true);
      const [enrolled] = await u.db
        .select()
        .from(staffUsers)
        .where(and(eq(staffUsers.role, 'supervisor'), isNotNull(staffUsers.totpSecretCt)));
      expect(enrolled!.totpSecretCt!.startsWith(`v1.${newId}.`)).toBe(true);

      // The staff console under the new key with no previous key shows the reason and the note.
      const newOnly = createApp({ db: u.db, config: { ...u.config, REPORT_KEY: NEW, REPORT_KEY_PREVIOUS: [] } });
      const again = await signIn({ ...u, app: newOnly }, officer);
      const res = await again.get(`/api/staff/reports/${created.reference}`);
      expect(res.status).toBe(200);
      const view = await res.json();
      expect(view.history.find((e: { type: string }) => e.type === 'set_priority').data.reason).toBe(
        'The school says the bruises are old.',
      );
      expect(view.referrals[0].note).toBe('Mayo Hospital, ask for the duty doctor.');
    } finally {
      u.close();
    }
  });
});
