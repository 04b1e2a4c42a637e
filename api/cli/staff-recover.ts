// The way back into an account when no admin can act in the console (api/cli/staff.ts). Does what the console's
// account actions do (api/accounts/handlers.ts): the same columns, sessions ended, one audit entry.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { createDb } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';
import { staffUsers } from '../../db/schema.ts';
import { temporaryPassword } from '../accounts/accounts.ts';
import { endSessions, updateAccount } from '../accounts/queries.ts';
import { hashPassword } from '../auth/password.ts';
import { loadConfig } from '../config.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { fail } from './fail.ts';

export type RecoverCommand = 'reset-2fa' | 'reset-password' | 'enable';

/** The audit log's actor for a change made from the server's shell: no staff account did it. */
export const SERVER_CONSOLE = 'server-console';

const AUDIT_ACTION: Record<RecoverCommand, string> = {
  'reset-2fa': 'account_2fa_reset',
  'reset-password': 'account_password_reset',
  enable: 'account_enabled',
};

export async function recoverAccount(command: RecoverCommand, rest: string[]): Promise<void> {
  const { values } = parseArgs({ args: rest, options: { username: { type: 'string' } } });
  const username = values.username;
  if (!username) fail(`${command} needs --username <u>`);
  const config = loadConfig(process.env);
  const { db, close } = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  await migrateDb(db);
  const user = await db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
  if (!user) {
    close();
    fail(`no account ${username}`);
  }
  let said: string;
  let password: string | null = null;
  if (command === 'reset-2fa') {
    await updateAccount(db, user.id, { totpEnabled: false, totpSecretCt: null, recoveryCodes: '[]' });
    said = `${username}: second factor removed; the account enrols a new one at its next sign-in`;
  } else if (command === 'reset-password') {
    password = temporaryPassword();
    await updateAccount(db, user.id, { passwordHash: await hashPassword(password), mustChangePassword: true });
    said = `${username}: one-time password (give it in person; it must be changed at sign-in): ${password}`;
  } else {
    await updateAccount(db, user.id, { disabled: false });
    said = `${username}: enabled`;
  }
  await endSessions(db, user.id);
  await appendAudit(db.$client, {
    staffId: null,
    username: SERVER_CONSOLE,
    action: AUDIT_ACTION[command],
    target: username,
    queueId: null,
    detail: {},
  });
  close();
  process.stdout.write(`${said}\n`);
}
