// A backup taken while a real server takes reports restores (the README's way) to a database holding
// every report acknowledged before the backup began.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { validReport } from '../../tests/fixtures/test-app.ts';
import { generateKey } from '../crypto/seal.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'hifazat-backup-'));
const dbPath = join(dir, 'live.db');
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: `file:${dbPath}`,
  REPORT_KEY: generateKey(),
  REPORT_RATE_LIMIT: '100000/60',
  STATIC_DIR: join(dir, 'no-site'),
  PORT: '0',
  HOST: '127.0.0.1',
};
const servers: ChildProcess[] = [];

function startServer(): Promise<string> {
  const child = spawn(process.execPath, ['api/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/localhost:\d+)\//.exec(out);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

afterAll(() => {
  for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run db:backup', () => {
  it('copies the live database under write load; the restored copy has every report acknowledged before the backup began', async () => {
    const base = await startServer();
    const acked: { reference: string; receipt: string; at: number }[] = [];
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        const res = await fetch(`${base}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(validReport({ description: `writer ${n} report ${i}: a child is made to beg all day` })),
        });
        expect(res.status).toBe(201);
        const body = (await res.json()) as { reference: string; receipt: string };
        acked.push({ ...body, at: performance.now() });
      }
    };
    const writers = [writer(1), writer(2), writer(3)];
    while (acked.length < 30) await new Promise((r) => setTimeout(r, 20));

    const backupFile = join(dir, 'backups', 'copy.db');
    const began = performance.now();
    const ackedBefore = acked.filter((a) => a.at < began);
    const { stdout } = await run(process.execPath, ['api/cli/db-backup.ts', backupFile], { env });
    const ended = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    writing = false;
    await Promise.all(writers);
    const during = acked.filter((a) => a.at >= began && a.at <= ended).length;
    expect(stdout).toMatch(/backed up .* \d+ reports/);
    const copied = Number(/: (\d+) reports/.exec(stdout)![1]);
    console.log(
      `backup: ${ackedBefore.length} acknowledged before it began, ${during} during its ${Math.round(ended - began)} ms, ${acked.length} in all; the copy holds ${copied}`,
    );
    expect(copied).toBeGreaterThanOrEqual(ackedBefore.length);
    expect(copied).toBeLessThan(acked.length + 1);

    // Restore as the README says: stop the server, copy the file over DATABASE_URL's path, remove -wal and -shm, start.
    await stopServer(servers[0]!);
    copyFileSync(backupFile, dbPath);
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    const restored = await startServer();
    for (const a of ackedBefore) {
      const res = await fetch(`${restored}/api/reports/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ receipt: a.receipt }),
      });
      expect(res.status, `report ${a.reference} acknowledged before the backup is missing after restore`).toBe(200);
      expect(((await res.json()) as { reference: string }).reference).toBe(a.reference);
    }
    await stopServer(servers[1]!);
  }, 120_000);

  it('refuses to overwrite an existing file and says why', async () => {
    const err = await run(process.execPath, ['api/cli/db-backup.ts', dbPath], { env }).catch((e: { stderr: string; code: number }) => e);
    expect(err).toMatchObject({ code: 2, stderr: expect.stringMatching(/exists; choose a new file name/) });
  });
});
