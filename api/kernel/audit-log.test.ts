// The hash chain and `npm run audit:verify`, run as the real command against a real database file.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { appendAudit, verifyAudit } from './audit-log.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 6; i++)
    await appendAudit(t.db.$client, {
      staffId: 1,
      username: 'officer.one',
      action: 'report_viewed',
      target: `CP-AAAA-000${i}`,
      queueId: 'cpu-peshawar',
    });
});
afterAll(() => t.close());

function verify(anchor?: string) {
  const args = ['api/cli/audit-verify.ts', ...(anchor ? ['--anchor', anchor] : [])];
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: `file:${t.dbFile}`, NODE_ENV: 'test' },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('audit:verify', () => {
  it('passes on a clean log, then fails after a row is altered, deleted, or the last rows are cut', async () => {
    const anchor = join(t.dir, 'anchor.json');
    const clean = verify(anchor);
    expect(clean.out).toContain('OK, 6 rows');
    expect(clean.code).toBe(0);

    await t.db.$client.execute("UPDATE audit_log SET target = 'CP-BBBB-0000' WHERE id = 3");
    const edited = verify();
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('FAILED at row 3');
    expect((await verifyAudit(t.db.$client)).firstBadId).toBe(3);
    await t.db.$client.execute("UPDATE audit_log SET target = 'CP-AAAA-0002' WHERE id = 3");
    expect(verify().code).toBe(0);

    // Deleting the last row leaves a chain that verifies on its own: the anchor catches it.
    const saved = (await t.db.$client.execute('SELECT * FROM audit_log WHERE id = 6')).rows[0]!;
    await t.db.$client.execute('DELETE FROM audit_log WHERE id = 6');
    expect(verify().code).toBe(0);
    const cut = verify(anchor);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('last rows were deleted');
    await t.db.$client.execute({
      sql: 'INSERT INTO audit_log (id, at, staff_id, username, action, target, queue_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)',
      args: [
        saved.id,
        saved.at,
        saved.staff_id,
        saved.username,
        saved.action,
        saved.target,
        saved.queue_id,
        saved.detail,
        saved.prev_hash,
        saved.hash,
      ] as never,
    });
    expect(verify(anchor).code).toBe(0);

    await t.db.$client.execute('DELETE FROM audit_log WHERE id = 2');
    const deleted = verify();
    expect(deleted.code).toBe(1);
    expect(deleted.out).toContain('FAILED at row 3');
  }, 120_000); // Runs the real `npm run audit:verify` CLI six times: each starts Node and loads the app, slow on a loaded machine.

  it('runs as npm run audit:verify', () => {
    // Smoke test of the npm script wiring on an empty database file of its own.
    const out = execFileSync('npm', ['run', '--silent', 'audit:verify'], {
      env: { ...process.env, DATABASE_URL: `file:${join(t.dir, 'empty.db')}`, NODE_ENV: 'test' },
      encoding: 'utf8',
    });
    expect(out).toContain('audit:verify: OK');
  });
});
