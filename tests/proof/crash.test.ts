// Faults on the real server process: SIGKILL in the middle of a burst, and two processes writing one file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateKey } from '../../api/crypto/seal.ts';
import { type ServerProcess, startServer } from '../fixtures/server-process.ts';
import { type Ack, burst, readDb } from './helpers.ts';

// Real processes on a shared 2-core machine: generous limits, the assertions stay strict.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const started: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) await s.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), 'hifazat-fault-'));
  dirs.push(dir);
  return join(dir, 'portal.db');
}

describe('crash: SIGKILL in the middle of a burst', () => {
  it('keeps every acknowledged report, readable by its receipt after a restart, and the file intact', async () => {
    const dbFile = tempDb();
    const reportKey = generateKey();
    const first = await startServer({ dbFile, reportKey });
    started.push(first);
    let killed = false;
    const acks = await burst(first.url, 400, 16, (_ack, done) => {
      // Kill without warning once a good share has been acknowledged, with requests still in flight.
      if (!killed && done >= 120) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    });
    await first.exited;
    expect(killed).toBe(true);
    const acknowledged = acks.filter((a) => a.status === 201);
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    // Whatever was not acknowledged failed at the connection, never with a server error.
    expect(acks.filter((a) => a.status !== 201 && a.status !== 0)).toEqual([]);

    const second = await startServer({ dbFile, reportKey });
    started.push(second);
    const missing: string[] = [];
    for (const ack of acknowledged) {
      const res = await fetch(`${second.url}/api/reports/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ receipt: ack.receipt }),
      });
      const view = (await res.json()) as { reference?: string; status?: string };
      if (res.status !== 200 || view.reference !== ack.reference || view.status !== 'received')
        missing.push(`${ack.reference}: ${res.status}`);
    }
    expect(missing).toEqual([]);
    await second.kill('SIGTERM');
    const { references, integrity } = await readDb(dbFile);
    expect(integrity).toEqual(['ok']);
    for (const ack of acknowledged) expect(references.has(ack.reference!)).toBe(true);
  });
});

describe('two server processes on one database file', () => {
  it('commit every acknowledged write from both under concurrent load, with no 5xx', async () => {
    const dbFile = tempDb();
    const reportKey = generateKey();
    // Started together, so their migrations and seeding race as well.
    const [a, b] = await Promise.all([startServer({ dbFile, reportKey }), startServer({ dbFile, reportKey })]);
    started.push(a, b);
    const [fromA, fromB] = await Promise.all([burst(a.url, 150, 8), burst(b.url, 150, 8)]);
    const all: Ack[] = [...fromA, ...fromB];
    const statuses: Record<number, number> = {};
    for (const x of all) statuses[x.status] = (statuses[x.status] ?? 0) + 1;
    expect(statuses).toEqual({ 201: 300 });
    // Kill both without a clean close: acknowledged means committed.
    await Promise.all([a.kill('SIGKILL'), b.kill('SIGKILL')]);
    const { references, integrity } = await readDb(dbFile);
    expect(integrity).toEqual(['ok']);
    const lost = all.filter((x) => !references.has(x.reference!));
    expect(lost).toEqual([]);
    expect(references.size).toBe(300);
    expect(a.stderr() + b.stderr()).not.toMatch(/SQLITE_BUSY|database is locked/i);
  });
});
