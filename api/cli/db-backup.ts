// npm run db:backup -- <file> — a consistent copy of the live database while the server keeps running.
import { createDb } from '../../db/client.ts';
import { BackupError, backupDatabase } from '../backup/backup.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';

function fail(message: string): never {
  process.stderr.write(`db:backup: ${message}\n`);
  process.exit(2);
}

const target = process.argv[2];
if (!target) fail('usage: npm run db:backup -- <file>');
let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  fail(err instanceof ConfigError ? err.message : String(err));
}
const handle = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
try {
  const started = performance.now();
  const r = await backupDatabase(handle.client, config.DATABASE_URL, target);
  process.stdout.write(
    `backed up ${config.DATABASE_URL} to ${r.file}: ${r.reports} reports, ${(r.bytes / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms\n`,
  );
} catch (err) {
  fail(err instanceof BackupError ? err.message : (err as Error).message);
} finally {
  handle.close();
}
