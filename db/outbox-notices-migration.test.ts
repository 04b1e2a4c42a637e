// Migration 0018 lets an outbox row carry a notice about no one report (alert_id NULL) and names every row's queue: a
// database made before it keeps every pending delivery, each given its report's queue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, expect, test } from 'vitest';
import { createDb } from './client.ts';
import { migrationsFolder } from './migrate.ts';
import { migrationsBefore } from './migrations-before.ts';

const dir = mkdtempSync(join(tmpdir(), 'hifazat-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('pending deliveries made before 0018 are kept, each with its report’s queue, and a notice needs no alert', async () => {
  const before = migrationsBefore('_outbox_notices', dir);

  const { db, client, close } = await createDb(`file:${join(dir, 'old.db')}`);
  try {
    await migrate(db, { migrationsFolder: before });
    await client.execute('INSERT INTO provinces (id, names, sort) VALUES (\'kp\', \'{"en":"Khyber Pakhtunkhwa"}\', 0)');
    await client.execute(
      "INSERT INTO queues (id, kind, names, province_id) VALUES ('cpu-swat', 'district', '{\"en\":\"CPU Swat\"}', 'kp')",
    );
    await client.execute("INSERT INTO districts (province_id, id, names, queue_id) VALUES ('kp', 'swat', '{\"en\":\"Swat\"}', 'cpu-swat')");
    await client.execute(`INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category,
      immediate_danger, age_band, province_id, district_id, queue_id, priority, due_at, verified, description_ct)
      VALUES ('HFZ-TEST', 'i', 'h', 'en', 'self', 'other', 0, 'unknown', 'kp', 'swat', 'cpu-swat', 'P1', 0, 1, 'x')`);
    await client.execute("INSERT INTO report_alerts (report_id, kind, raised_at) VALUES (1, 'p1', 0)");
    await client.execute(`INSERT INTO alert_outbox (dedupe_key, alert_id, step, channel, staff_id, payload, attempts, next_attempt_at)
      VALUES ('1:on_duty:email:7', 1, 'on_duty', 'email', 7, '{"event":"alert"}', 3, 42)`);

    await migrate(db, { migrationsFolder });

    const rows = (
      await client.execute('SELECT alert_id, queue_id, step, staff_id, payload, status, attempts, next_attempt_at FROM alert_outbox')
    ).rows;
    expect(rows.map((r) => ({ ...r }))).toEqual([
      {
        alert_id: 1,
        queue_id: 'cpu-swat',
        step: 'on_duty',
        staff_id: 7,
        payload: '{"event":"alert"}',
        status: 'pending',
        attempts: 3,
        next_attempt_at: 42,
      },
    ]);
    await client.execute(`INSERT INTO alert_outbox (dedupe_key, alert_id, queue_id, step, channel, staff_id, payload, next_attempt_at)
      VALUES ('uncovered:cpu-swat:1:7', NULL, 'cpu-swat', 'supervisor', 'email', 7, '{"event":"uncovered"}', 0)`);
    expect((await client.execute('SELECT count(*) AS n FROM alert_outbox')).rows[0]!.n).toBe(2);
    const index = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'alert_outbox'")).rows;
    expect(index.map((r) => r.name).sort()).toEqual(['alert_outbox_dedupe_uq', 'alert_outbox_due_idx']);
  } finally {
    close();
  }
});
