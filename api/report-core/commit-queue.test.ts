import { createClient } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { createCommitQueue } from './commit-queue.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.run(sql`CREATE TABLE cq (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)`);
});
afterAll(() => t.close());

const insert = (v: string) => [{ sql: 'INSERT INTO cq (v) VALUES (?)', args: [v] }];

describe('group commit', () => {
  beforeAll(async () => {
    await t.db.run(sql`DELETE FROM cq`);
  });

  it('commits reports arriving together in one transaction, each visible to another connection when its promise resolves', async () => {
    const q = createCommitQueue(t.db, { windowMs: 5 });
    const other = createClient({ url: `file:${t.dbFile}` });
    try {
      const seen: number[] = [];
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          q.commit(insert(`a${i}`)).then(async () => {
            // Acknowledged means committed: a separate connection already reads it.
            seen.push(Number((await other.execute({ sql: 'SELECT count(*) AS n FROM cq WHERE v = ?', args: [`a${i}`] })).rows[0]!.n));
          }),
        ),
      );
      expect(seen).toEqual(Array(40).fill(1));
      const stats = q.stats();
      expect(stats.reports).toBe(40);
      expect(stats.transactions).toBeLessThan(5);
    } finally {
      other.close();
    }
  });

  it('one failing report in a group fails alone; the others commit', async () => {
    const q = createCommitQueue(t.db, { windowMs: 5 });
    await q.commit(insert('taken'));
    const outcomes = await Promise.allSettled(['b1', 'taken', 'b2', 'b3'].map((v) => q.commit(insert(v))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // The database's own error, with its code (a fault answers 503, a reference collision is retried).
    const why = (outcomes[1] as PromiseRejectedResult).reason as { message: string; code?: string };
    expect(why.message).toContain('UNIQUE constraint failed: cq.v');
    expect(why.code).toMatch(/^SQLITE_CONSTRAINT/);
    const rows = await t.db.all<{ v: string }>(sql`SELECT v FROM cq WHERE v LIKE 'b%' ORDER BY v`);
    expect(rows.map((r) => r.v)).toEqual(['b1', 'b2', 'b3']);
  });

  it('window 0 commits each on its own', async () => {
    const q = createCommitQueue(t.db, { windowMs: 0 });
    await Promise.all(['c1', 'c2'].map((v) => q.commit(insert(v))));
    expect(q.stats().transactions).toBe(0); // not counted: the plain path, one batch per report
    expect((await t.db.all(sql`SELECT v FROM cq WHERE v LIKE 'c%'`)).length).toBe(2);
  });
});
