import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, referrals, reports } from '../../db/schema.ts';
import { SEAL_CONTEXTS } from '../../domain/vocabulary.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import { createSealer } from '../crypto/seal.ts';
import { DAY_MS, runRetention } from './retention.ts';

const SEAL_CONTEXT = SEAL_CONTEXTS.report;
const STAFF_SEAL = SEAL_CONTEXTS.staff;

let t: TestApp;
const now = Date.now();

/** Files a report through the API, then gives it a status, a thread, a referral and a fingerprint. */
async function seed(name: string, state: { closedDaysAgo?: number }) {
  const res = await postJson(
    t.app,
    '/api/reports',
    validReport({
      description: `${name}: a child is beaten every night ${now}`,
      contact: `${name} 0300-1234567`,
      location: { province: 'punjab', district: 'lahore', details: `${name} behind the mosque` },
    }),
  );
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  const row = (await t.db.select().from(reports).where(eq(reports.reference, reference)).get())!;
  const sealer = createSealer(t.config.REPORT_KEY);
  const closedAt = state.closedDaysAgo === undefined ? null : now - state.closedDaysAgo * DAY_MS;
  await t.db
    .update(reports)
    .set({
      status: closedAt ? 'closed' : 'in_progress',
      closedAt,
      closeReason: closedAt ? 'resolved' : null,
      firstActionAt: row.createdAt + 1000,
      textFingerprint: JSON.stringify([`fp-${name}-${now}-aaaaaaaaaaaaaaaaaaaa`]),
    })
    .where(eq(reports.id, row.id));
  for (const sender of ['reporter', 'staff', 'note'] as const) {
    await t.db
      .insert(messages)
      .values({ reportId: row.id, sender, bodyCt: sealer.seal(`${name} ${sender} message`, SEAL_CONTEXT.message) });
  }
  await t.db.insert(referrals).values({
    reportId: row.id,
    service: 'shelter',
    status: 'completed',
    noteCt: sealer.seal(`${name} referral note`, STAFF_SEAL.referralNote),
  });
  const stored = (await t.db.select().from(reports).where(eq(reports.id, row.id)).get())!;
  const thread = await t.db.select().from(messages).where(eq(messages.reportId, row.id));
  const notes = await t.db.select().from(referrals).where(eq(referrals.reportId, row.id));
  const secrets = [
    stored.descriptionCt!,
    stored.detailsCt!,
    stored.contactCt!,
    stored.textFingerprint!,
    ...thread.map((m) => m.bodyCt!),
    ...notes.map((n) => n.noteCt!),
  ];
  return { id: row.id, reference, secrets };
}

/** The database file and its WAL as one string: what someone who copies the disk would get. */
function rawBytes(): string {
  const parts = [readFileSync(t.dbFile)];
  if (existsSync(`${t.dbFile}-wal`)) parts.push(readFileSync(`${t.dbFile}-wal`));
  return Buffer.concat(parts).toString('latin1');
}

// Ciphertexts are long and random: a 40-character slice is found only where the value itself survives.
const present = (raw: string, secret: string) => raw.includes(secret.slice(-40));

describe('retention', () => {
  let old: Awaited<ReturnType<typeof seed>>;
  let recent: Awaited<ReturnType<typeof seed>>;
  let open: Awaited<ReturnType<typeof seed>>;
  let result: Awaited<ReturnType<typeof runRetention>>;

  beforeAll(async () => {
    t = await createTestApp();
    old = await seed('old', { closedDaysAgo: 400 });
    recent = await seed('recent', { closedDaysAgo: 300 });
    open = await seed('open', {});
    await t.db
      .update(reports)
      .set({ createdAt: now - 900 * DAY_MS })
      .where(eq(reports.id, open.id));
    // Before the run every secret is on disk (the positive control for the byte search below).
    await t.db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const raw = rawBytes();
    for (const s of [...old.secrets, ...recent.secrets, ...open.secrets]) expect(present(raw, s)).toBe(true);
    result = await runRetention(t.db.$client, { days: 365, now });
  });
  afterAll(() => t.close());

  it('counts what it erased: one report, its three messages and its referral note', () => {
    expect(result).toMatchObject({ reports: 1, messages: 3, referralNotes: 1, checkpointed: true });
  });

  it('erases the free text of a report closed longer ago than the period and keeps its statistics', async () => {
    const r = (await t.db.select().from(reports).where(eq(reports.id, old.id)).get())!;
    expect(r).toMatchObject({ descriptionCt: null, detailsCt: null, contactCt: null, textFingerprint: null, erasedAt: now });
    expect(r).toMatchObject({
      reference: old.reference,
      category: 'physical_abuse',
      priority: expect.any(String),
      status: 'closed',
      closeReason: 'resolved',
      districtId: 'lahore',
      ageBand: '5-9',
    });
    expect(r.firstActionAt).not.toBeNull();
    const thread = await t.db.select().from(messages).where(eq(messages.reportId, old.id));
    expect(thread.map((m) => [m.sender, m.bodyCt])).toEqual([
      ['reporter', null],
      ['staff', null],
      ['note', null],
    ]);
    const notes = await t.db.select().from(referrals).where(eq(referrals.reportId, old.id));
    expect(notes.map((n) => [n.service, n.status, n.noteCt])).toEqual([['shelter', 'completed', null]]);
  });

  it('leaves recently closed and open reports untouched', async () => {
    for (const kept of [recent, open]) {
      const r = (await t.db.select().from(reports).where(eq(reports.id, kept.id)).get())!;
      expect(r.erasedAt).toBeNull();
      const now = [
        r.descriptionCt,
        r.detailsCt,
        r.contactCt,
        r.textFingerprint,
        ...(await t.db.select().from(messages).where(eq(messages.reportId, kept.id))).map((m) => m.bodyCt),
        ...(await t.db.select().from(referrals).where(eq(referrals.reportId, kept.id))).map((n) => n.noteCt),
      ];
      expect(now).toEqual(kept.secrets);
    }
  });

  it('leaves no byte of the erased values in the database file or its WAL', () => {
    const raw = rawBytes();
    for (const s of old.secrets) expect(present(raw, s), `erased value still on disk: …${s.slice(-40)}`).toBe(false);
    for (const s of [...recent.secrets, ...open.secrets]) expect(present(raw, s)).toBe(true);
  });

  it('is idempotent: a second run erases nothing more', async () => {
    expect(await runRetention(t.db.$client, { days: 365, now })).toMatchObject({ reports: 0, messages: 0, referralNotes: 0 });
  });

  it('`npm run retention:run` honours RETENTION_DAYS and prints the counts', () => {
    const out = execFileSync(process.execPath, ['api/cli/retention-run.ts'], {
      env: { ...process.env, DATABASE_URL: t.config.DATABASE_URL, NODE_ENV: 'test', RETENTION_DAYS: '200' },
    }).toString();
    expect(out).toMatch(/reports erased: +1\n/);
    expect(out).toMatch(/messages erased: +3\n/);
    expect(out).toMatch(/referral notes erased: +1\n/);
  });
});
