// Migrations 0006–0008 move name_en/name_ur into one `names` map per row: a database made before them keeps
// every name it had (a restored backup is read before the seed rewrites names from content/directory/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, expect, test } from 'vitest';
import { createDb } from './client.ts';
import { migrationsFolder } from './migrate.ts';
import { migrationsBefore } from './migrations-before.ts';

const dir = mkdtempSync(join(tmpdir(), 'hifazat-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('existing English and Urdu names are carried into the names map', async () => {
  // The migrations as they stood before the names map: the same folder, journal cut just before it.
  const before = migrationsBefore('_names_map', dir);

  const { db, client, close } = await createDb(`file:${join(dir, 'old.db')}`);
  try {
    await migrate(db, { migrationsFolder: before });
    await client.execute("INSERT INTO provinces (id, name_en, name_ur, sort) VALUES ('kp', 'Khyber Pakhtunkhwa', 'خیبر پختونخوا', 0)");
    await client.execute(
      "INSERT INTO queues (id, kind, name_en, name_ur, province_id) VALUES ('kp-cpwc', 'provincial', 'KP Child Protection and Welfare Commission', 'خیبر پختونخوا چائلڈ پروٹیکشن', 'kp')",
    );
    await client.execute(
      "INSERT INTO districts (province_id, id, name_en, name_ur, queue_id) VALUES ('kp', 'peshawar', 'Peshawar', 'پشاور', 'kp-cpwc')",
    );

    await migrate(db, { migrationsFolder });

    const names = async (table: string) =>
      JSON.parse(String((await client.execute(`SELECT names FROM ${table}`)).rows[0]!.names)) as unknown;
    expect(await names('provinces')).toEqual({ en: 'Khyber Pakhtunkhwa', ur: 'خیبر پختونخوا' });
    expect(await names('queues')).toEqual({ en: 'KP Child Protection and Welfare Commission', ur: 'خیبر پختونخوا چائلڈ پروٹیکشن' });
    expect(await names('districts')).toEqual({ en: 'Peshawar', ur: 'پشاور' });
    const columns = (await client.execute('PRAGMA table_info(districts)')).rows.map((r) => String(r.name));
    expect(columns).toContain('names');
    expect(columns).not.toContain('name_en');
    expect(columns).not.toContain('name_ur');
  } finally {
    close();
  }
});
