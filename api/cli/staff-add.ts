// npm run staff -- add --username <u> --role officer|supervisor|provincial|admin|partner|helpline --queue <queueId | province id> | --desk <deskId> [--alert-email <address>] --password-stdin
// Run by api/cli/staff.ts with the arguments after `add`.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { createDb } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';
import { provinces, queues, staffUsers } from '../../db/schema.ts';
import { allDesks, deskById } from '../../directory/desks.ts';
import { ROLE_SCOPE, ROLES } from '../../domain/vocabulary.ts';
import { USERNAME_PATTERN } from '../accounts/schemas.ts';
import { ALERT_EMAIL_SEAL } from '../alerts/seal-context.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { loadConfig } from '../config.ts';
import { createSealer } from '../crypto/seal.ts';

import { fail } from './fail.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function addStaff(rest: string[]): Promise<void> {
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      queue: { type: 'string' },
      desk: { type: 'string' },
      'alert-email': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const args = z
    .object({
      username: z.string().regex(USERNAME_PATTERN, 'username: 3–64 of a-z 0-9 . _ -'),
      role: z.enum(ROLES),
      queue: z.string().optional(),
      desk: z.string().optional(),
      'alert-email': z.email('alert-email: must be an e-mail address').max(254).optional(),
      'password-stdin': z.literal(true, 'pass --password-stdin and the password on standard input'),
    })
    .safeParse(values);
  if (!args.success) fail(args.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { username, role, queue, desk } = args.data;
  const alertEmail = args.data['alert-email'];

  const password = await readStdin();
  const weak = passwordProblem(password, username);
  if (weak) fail(`password: ${weak}`);

  const config = loadConfig(process.env);
  const { db, close } = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  await migrateDb(db);

  let queueId: string | null = null;
  let provinceId: string | null = null;
  let deskId: string | null = null;
  if (ROLE_SCOPE[role] === 'desk') {
    // A partner answers for one service desk (content/directory/desks.yaml) and belongs to no queue.
    const d = deskById(desk);
    if (!d)
      fail(
        `--desk must be a desk id for a partner account (${allDesks()
          .map((x) => x.id)
          .join(', ')})`,
      );
    if (queue) fail('a partner account takes --desk, not --queue');
    deskId = d.id;
  } else if (desk) fail('--desk is only for partner accounts');
  else if (ROLE_SCOPE[role] === 'province') {
    if (!queue || !(await db.select().from(provinces).where(eq(provinces.id, queue)).get()))
      fail(`--queue must be a province id for a ${role} account`);
    provinceId = queue;
  } else if (queue) {
    const q = await db.select().from(queues).where(eq(queues.id, queue)).get();
    if (!q) fail(`no queue ${queue}`);
    queueId = q.id;
    provinceId = q.provinceId;
  } else if (ROLE_SCOPE[role] !== 'optionalQueue') fail('--queue is required for officers and supervisors');

  const existing = await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
  if (existing) fail(`username ${username} is taken`);
  let alertEmailCt: string | null = null;
  if (alertEmail) {
    // Sealed like other personal data; outside production the server's development key file is used, as at start-up.
    const key = config.REPORT_KEY ?? (existsSync('data/dev-report-key') ? readFileSync('data/dev-report-key', 'utf8').trim() : null);
    if (!key) fail('--alert-email needs REPORT_KEY (or the development key that `npm start` creates in data/)');
    alertEmailCt = createSealer(key, config.REPORT_KEY_PREVIOUS).seal(alertEmail, ALERT_EMAIL_SEAL);
  }
  await db
    .insert(staffUsers)
    .values({ username, role, queueId, provinceId, deskId, alertEmailCt, passwordHash: await hashPassword(password) });
  close();
  process.stdout.write(
    `created ${role} ${username}${queueId ? ` for ${queueId}` : provinceId ? ` for ${provinceId}` : deskId ? ` for ${deskId}` : ''}\n`,
  );
}
