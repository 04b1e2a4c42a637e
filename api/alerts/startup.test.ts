// The real server process: without SMTP_URL it still starts and says, in one line, that alerts go to the console only.
// The real CLI: `npm run staff -- add … --alert-email` stores the address sealed.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.ts';
import { staffUsers } from '../../db/schema.ts';
import { createSealer, generateKey } from '../crypto/seal.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';

const dir = mkdtempSync(join(tmpdir(), 'hifazat-alert-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = generateKey();

function startUntil(env: Record<string, string>, pattern: RegExp): Promise<string> {
  const child = spawn(process.execPath, ['api/server.ts'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', REPORT_KEY: key, STATIC_DIR: join(dir, 'no-site'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`no match in: ${out}`));
    }, 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out) && /Hifazat is running/.test(out)) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(out);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`exited early: ${out}`)));
  });
}

describe('start-up', () => {
  it('runs without the alert settings and says alerts go to the console only', async () => {
    const out = await startUntil({ DATABASE_URL: `file:${join(dir, 'a.db')}` }, /alerts go to/);
    expect(out.match(/alerts go to.*/g)).toEqual(['alerts go to the console only.']);
    expect(out).toMatch(/SMTP_URL is not set: e-mail alerts are off/);
  }, 70_000);

  it('names e-mail when SMTP_URL is set', async () => {
    const out = await startUntil({ DATABASE_URL: `file:${join(dir, 'b.db')}`, SMTP_URL: 'smtp://127.0.0.1:2525' }, /alerts go to/);
    expect(out).toMatch(/alerts go to the console, e-mail\./);
  }, 70_000);
});

describe('npm run staff -- add --alert-email', () => {
  it('stores the address sealed under the alert e-mail context', async () => {
    const url = `file:${join(dir, 'cli.db')}`;
    execFileSync(
      process.execPath,
      ['api/cli/staff.ts', 'add', '--username', 'alert.officer', '--role', 'admin', '--alert-email', 'duty@units.test', '--password-stdin'],
      {
        input: 'a-long-enough-password-for-tests\n',
        env: { ...process.env, DATABASE_URL: url, REPORT_KEY: key, NODE_ENV: 'test' },
      },
    );
    const { db, close } = await createDb(url);
    const row = (await db.select().from(staffUsers).where(eq(staffUsers.username, 'alert.officer')).get())!;
    close();
    expect(row.alertEmailCt).not.toContain('units.test');
    expect(createSealer(key).open(row.alertEmailCt!, ALERT_EMAIL_SEAL)).toBe('duty@units.test');
  });
});
