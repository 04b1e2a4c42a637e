// The sole admin locked out (phone lost, password forgotten, account disabled): the server's shell lets them back in
// through the real CLI, against the same SQLite file the real app serves, and the audit log says it was done there.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, openSession, signIn } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { verifyAudit } from '../kernel/audit-log.ts';
import { SERVER_CONSOLE } from './staff-recover.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function staff(...args: string[]) {
  return spawnSync(process.execPath, ['api/cli/staff.ts', ...args], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: `file:${t.dbFile}` },
    encoding: 'utf8',
  });
}
const me = async (cookie: string) => t.app.request('/api/staff/me', { headers: { cookie } });
/** The latest audit entry about an account (its sign-ins come after the change). */
async function auditOf(action: string, target: string) {
  const sql = 'SELECT username, action, target, staff_id FROM audit_log WHERE action = ? AND target = ? ORDER BY id DESC LIMIT 1';
  return { ...(await t.db.$client.execute({ sql, args: [action, target] })).rows[0] };
}

describe('npm run staff -- reset-2fa | reset-password | enable', () => {
  it('reset-2fa: an enrolled admin who lost the phone signs in with the password alone and must enrol again', async () => {
    const admin = await addStaff(t, 'admin', null);
    const before = await signIn(t, admin); // enrols the second factor on the way
    expect(await openSession(t.app, admin)).toBeNull(); // now a code is needed

    const run = staff('reset-2fa', '--username', admin.username);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${admin.username}: second factor removed`);

    expect((await me(before.cookie)).status).toBe(401); // the old session is gone
    const after = await openSession(t.app, admin);
    expect(after).not.toBeNull();
    const body = (await (await me(after!.cookie)).json()) as { totpEnabled: boolean; totpRequired: boolean };
    expect(body).toMatchObject({ totpEnabled: false, totpRequired: true });
    expect(await auditOf('account_2fa_reset', admin.username)).toMatchObject({ username: SERVER_CONSOLE, staff_id: null });
    expect((await verifyAudit(t.db.$client)).ok).toBe(true);
  });

  it('reset-password: the printed one-time password opens the account, the old one does not, and it must be changed', async () => {
    const admin = await addStaff(t, 'admin', null);
    const run = staff('reset-password', '--username', admin.username);
    expect(run.status).toBe(0);
    const temporary = /: (\S+)\n$/.exec(run.stdout)![1]!;
    expect(await openSession(t.app, admin)).toBeNull();
    const s = await openSession(t.app, { username: admin.username, password: temporary });
    expect(s).not.toBeNull();
    expect(((await (await me(s!.cookie)).json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    expect(await auditOf('account_password_reset', admin.username)).toMatchObject({ username: SERVER_CONSOLE, staff_id: null });
  });

  it('enable: a disabled account can sign in again', async () => {
    const admin = await addStaff(t, 'admin', null);
    await t.db.$client.execute({ sql: 'UPDATE staff_users SET disabled = 1 WHERE username = ?', args: [admin.username] });
    expect(await openSession(t.app, admin)).toBeNull();
    expect(staff('enable', '--username', admin.username).status).toBe(0);
    expect(await openSession(t.app, admin)).not.toBeNull();
  });

  it('refuses an unknown account or command with a message and status 2, changing nothing', async () => {
    const count = async () => Number((await t.db.$client.execute('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);
    const n = await count();
    const unknown = staff('reset-2fa', '--username', 'nobody.here');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no account nobody.here');
    const bad = staff('delete', '--username', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage:');
    expect(await count()).toBe(n);
  });

  it('add still creates an account through the same entry point', () => {
    const out = execFileSync(
      process.execPath,
      ['api/cli/staff.ts', 'add', '--username', 'cli.officer', '--role', 'officer', '--queue', 'cpu-peshawar', '--password-stdin'],
      {
        input: 'a-long-enough-password-for-tests\n',
        env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: `file:${t.dbFile}` },
        encoding: 'utf8',
      },
    );
    expect(out).toContain('created officer cli.officer for cpu-peshawar');
  });
});
