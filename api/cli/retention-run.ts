// npm run retention:run — erases the free text of reports closed more than RETENTION_DAYS ago and prints counts.
import { createDb } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { runRetention } from '../retention/retention.ts';

let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  process.stderr.write(`retention: ${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(2);
}
const handle = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
await migrateDb(handle.db);
const r = await runRetention(handle.client, { days: config.RETENTION_DAYS });
handle.close();
process.stdout.write(
  `retention: ${config.RETENTION_DAYS} days after closure (closed before ${new Date(r.cutoff).toISOString()})\n` +
    `  reports erased:        ${r.reports}\n  messages erased:       ${r.messages}\n  referral notes erased: ${r.referralNotes}\n  case texts erased:     ${r.caseEntries}\n` +
    `  WAL checkpointed:      ${r.checkpointed ? 'yes' : 'no (a reader was active; the next run retries)'}\n`,
);
