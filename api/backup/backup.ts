// A consistent copy of the live database: `VACUUM INTO` reads one snapshot inside a read transaction,
// so writers keep going (WAL) and the copy holds exactly the transactions committed before it began.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Client } from '@libsql/client';

export class BackupError extends Error {}

export interface BackupResult {
  file: string;
  bytes: number;
  reports: number;
}

export async function backupDatabase(client: Client, databaseUrl: string, target: string): Promise<BackupResult> {
  if (!databaseUrl.startsWith('file:')) {
    throw new BackupError(
      'db:backup copies a local file: database; for a libSQL server use its own backup tooling (e.g. point-in-time restore).',
    );
  }
  const file = resolve(target);
  if (existsSync(file)) throw new BackupError(`${file} exists; choose a new file name (a backup never overwrites)`);
  mkdirSync(dirname(file), { recursive: true });
  await client.execute({ sql: 'VACUUM INTO ?', args: [file] });
  // Counted in the copy itself, so the number printed is what a restore would hold.
  const { createClient } = await import('@libsql/client');
  const copy = createClient({ url: `file:${file}` });
  try {
    const check = await copy.execute('PRAGMA quick_check');
    if (String(check.rows[0]?.[0]) !== 'ok') throw new BackupError(`the copy failed its integrity check: ${String(check.rows[0]?.[0])}`);
    const count = await copy.execute('SELECT count(*) FROM reports');
    return { file, bytes: statSync(file).size, reports: Number(count.rows[0]?.[0] ?? 0) };
  } finally {
    copy.close();
  }
}
