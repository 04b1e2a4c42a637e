// Disk full and read-only under the real server. Disk full: the database lives on a small tmpfs that a filler file then fills.
// Submissions must get a clear 503 in the reporter's language (not a 201, not a hang), and the server must
// take reports again, durably, once space is back. Needs root for `mount -t tmpfs` (the project's machines
// and CI run as root); elsewhere the test is skipped and says why.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resources } from '../../locales/index.ts';
import { type ServerProcess, startServer } from '../fixtures/server-process.ts';
import { type Ack, readDb, reportBody, submit } from './helpers.ts';

// Real processes on a shared 2-core machine: generous limits, the assertions stay strict.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let mountDir = '';
let mounted = false;
let mountError = '';
beforeAll(() => {
  mountDir = mkdtempSync(join(tmpdir(), 'hifazat-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', mountDir], { stdio: 'pipe' });
    mounted = true;
  } catch (err) {
    mountError = String((err as Error).message).split('\n')[0]!;
    console.warn(`disk-full test skipped: cannot mount a tmpfs here (${mountError})`);
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountDir]);
  rmdirSync(mountDir);
});

function fill(file: string): number {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return written;
}

describe('read-only database', () => {
  // chmod does not stop root; the immutable attribute does, even through descriptors the server already holds.
  it('answers 503 unavailable while the database file and its WAL cannot be written, then recovers', async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'hifazat-ro-'));
    const dbFile = join(dir, 'portal.db');
    let server: ServerProcess | undefined = await startServer({ dbFile });
    const files = [dbFile, `${dbFile}-wal`];
    let locked = false;
    try {
      const before = await submit(server.url, reportBody(0));
      expect(before.status).toBe(201);
      try {
        execFileSync('chattr', ['+i', ...files], { stdio: 'pipe' });
        locked = true;
      } catch (err) {
        console.warn(`read-only test skipped: chattr +i is not available here (${String((err as Error).message).split('\n')[0]})`);
        ctx.skip();
      }
      const during: Ack[] = [];
      for (let i = 1; i <= 5; i++) during.push(await submit(server.url, reportBody(i, { locale: i % 2 ? 'ur' : 'en' }), {}, 10_000));
      for (const [i, a] of during.entries()) {
        expect(a.status).toBe(503);
        expect(a.body).toEqual({ error: { code: 'unavailable', message: resources[(i + 1) % 2 ? 'ur' : 'en'].api.error.unavailable } });
      }
      execFileSync('chattr', ['-i', ...files]);
      locked = false;
      const after: Ack[] = [];
      for (let i = 0; i < 10; i++) after.push(await submit(server.url, reportBody(100 + i)));
      expect(after.map((a) => a.status)).toEqual(Array(10).fill(201));
      await server.kill('SIGKILL');
      server = undefined;
      const { references, integrity } = await readDb(dbFile);
      expect(integrity).toEqual(['ok']);
      expect([before, ...after].filter((a) => !references.has(a.reference!))).toEqual([]);
      expect(references.size).toBe(11);
    } finally {
      if (locked) execFileSync('chattr', ['-i', ...files]);
      await server?.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('disk full', () => {
  it('answers 503 unavailable in the reporter language while the disk is full, then recovers without losing an acknowledged report', async (ctx) => {
    if (!mounted) ctx.skip();
    const dbFile = join(mountDir, 'portal.db');
    let server: ServerProcess | undefined = await startServer({ dbFile });
    try {
      const before = await submit(server.url, reportBody(0));
      expect(before.status).toBe(201);

      const filler = join(mountDir, 'filler');
      expect(fill(filler)).toBeGreaterThan(0);

      // Space already held by the WAL absorbs a few commits; keep going until the disk refuses one.
      const during: Ack[] = [];
      const timings: number[] = [];
      for (let i = 1; i <= 400; i++) {
        const t0 = performance.now();
        const ack = await submit(server.url, reportBody(i, { locale: 'ur' }), {}, 10_000);
        timings.push(performance.now() - t0);
        during.push(ack);
        if (ack.status === 503 && during.filter((a) => a.status === 503).length >= 3) break;
      }
      const refused = during.filter((a) => a.status !== 201);
      expect(refused.length).toBeGreaterThanOrEqual(3);
      for (const a of refused) {
        expect(a.status).toBe(503);
        expect(a.body).toEqual({ error: { code: 'unavailable', message: resources.ur.api.error.unavailable } });
      }
      expect(Math.max(...timings)).toBeLessThan(8_000);
      // English when the report says English.
      const en = await submit(server.url, reportBody(1000, { locale: 'en' }));
      expect(en.status).toBe(503);
      expect((en.body as { error: { message: string } }).error.message).toBe(resources.en.api.error.unavailable);

      rmSync(filler);
      const after: Ack[] = [];
      for (let i = 0; i < 20; i++) after.push(await submit(server.url, reportBody(2000 + i)));
      expect(after.map((a) => a.status)).toEqual(Array(20).fill(201));

      // Everything acknowledged before, during and after the fault is there, and the file is sound.
      const acknowledged = [before, ...during, ...after].filter((a) => a.status === 201);
      await server.kill('SIGKILL');
      server = undefined;
      const { references, integrity } = await readDb(dbFile);
      expect(integrity).toEqual(['ok']);
      expect(acknowledged.filter((a) => !references.has(a.reference!))).toEqual([]);
      // And nothing refused slipped in as a half-written report.
      expect(references.size).toBe(acknowledged.length);
    } finally {
      await server?.kill('SIGKILL');
    }
  });
});
