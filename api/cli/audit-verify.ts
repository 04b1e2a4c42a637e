// npm run audit:verify [-- --anchor <file>]
// Walks the audit log's hash chain: exits 0 when every row is intact, 1 naming the first bad row.
// With --anchor, the head recorded at the last run must still be there (catches deleted last rows), and the
// file is then moved on to the current head. Keep that file off the database's machine or copy it elsewhere.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';
import { loadConfig } from '../config.ts';
import { type AuditAnchor, auditHead, checkAnchor, verifyAudit } from '../kernel/audit-log.ts';

const { values } = parseArgs({ args: process.argv.slice(2), options: { anchor: { type: 'string' } } });
const config = loadConfig(process.env);
const { db, close } = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
await migrateDb(db);
let code = 0;
try {
  const result = await verifyAudit(db.$client);
  if (!result.ok) {
    process.stderr.write(
      `audit:verify: FAILED at row ${result.firstBadId}: the log was edited or rows were deleted (${result.rows} rows read)\n`,
    );
    code = 1;
  } else {
    const head = await auditHead(db.$client);
    // Rows must start at id 1: a log cut from the front no longer starts at the genesis row.
    const first = await db.$client.execute('SELECT min(id) AS first FROM audit_log');
    if (head && Number(first.rows[0]?.first) !== 1) {
      process.stderr.write('audit:verify: FAILED: the first rows of the log are missing\n');
      code = 1;
    } else if (values.anchor && existsSync(values.anchor)) {
      const anchor = JSON.parse(readFileSync(values.anchor, 'utf8')) as AuditAnchor;
      if (!(await checkAnchor(db.$client, anchor))) {
        process.stderr.write(
          `audit:verify: FAILED: row ${anchor.id} recorded in ${values.anchor} is gone or changed (the last rows were deleted)\n`,
        );
        code = 1;
      }
    }
    if (code === 0) {
      process.stdout.write(`audit:verify: OK, ${result.rows} rows, head ${head ? `${head.id} ${head.hash.slice(0, 16)}…` : 'empty'}\n`);
      if (values.anchor && head) writeFileSync(values.anchor, `${JSON.stringify(head)}\n`);
    }
  }
} finally {
  close();
}
process.exit(code);
