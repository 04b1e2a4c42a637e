import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client.ts';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Applies the committed drizzle-kit migrations; safe to call from several processes at once.
 * drizzle reads the applied list before its (atomic) migration batch, so a process that loses the race finds
 * the tables already made ("already exists"); it then retries, and the second read sees them applied.
 * A start-up that meets the other process mid-migration on a loaded machine can also outlast the busy timeout
 * (SQLITE_BUSY): that is retried the same way.
 */
export async function migrateDb(db: Db): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await migrate(db, { migrationsFolder });
      return;
    } catch (err) {
      if (
        attempt >= 8 ||
        !/already exists|SQLITE_BUSY|database is locked/i.test(
          String((err as Error)?.message ?? err) + String((err as { cause?: unknown })?.cause ?? ''),
        )
      )
        throw err;
      await sleep(50 + Math.floor(Math.random() * 150));
    }
  }
}
