import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../tests/fixtures/test-app.ts';
import { migrationsFolder } from './migrate.ts';
import { bucketBounds, bucketOf, bucketSql, LAST_BUCKET } from './wait-buckets.ts';
import { waitHistogramMigration } from './wait-histograms.ts';

const MIN = 60_000;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('wait buckets', () => {
  it('cover every wait once: each bucket starts where the one before ends, and holds what its bounds say', () => {
    for (let b = 1; b <= LAST_BUCKET; b++) expect(bucketBounds(b).lo).toBe(bucketBounds(b - 1).hi);
    for (let b = 0; b <= LAST_BUCKET; b++) {
      const { lo, hi } = bucketBounds(b);
      if (b > 0) expect(bucketOf(lo)).toBe(b);
      if (b < LAST_BUCKET) expect(bucketOf(hi - 1)).toBe(b);
    }
    expect(bucketOf(-5 * MIN)).toBe(0);
    expect(bucketOf(10 ** 15)).toBe(LAST_BUCKET);
  });

  it('are at most an eighth of their lower edge wide beyond the first eight minutes', () => {
    for (let b = 8; b < LAST_BUCKET; b++) {
      const { lo, hi } = bucketBounds(b);
      expect(hi - lo).toBeLessThanOrEqual(lo / 8);
    }
  });

  it('are the same in SQL (the triggers) as in TypeScript, on random waits', async () => {
    const waits = [
      0,
      -1,
      -59_999,
      59_999,
      60_000,
      8 * MIN - 1,
      8 * MIN,
      2 ** 25 * MIN,
      2 ** 40,
      ...Array.from({ length: 400 }, () => Math.floor(Math.exp(Math.random() * 30)) - 1000),
    ];
    for (const v of waits) {
      const row = await t.db.get<{ b: number }>(sql`select ${sql.raw(bucketSql(String(v)))} as b`);
      expect(Number(row!.b), `wait ${v} ms`).toBe(bucketOf(v));
    }
  });

  it('migration 0014 is what db/wait-histograms.ts writes', () => {
    expect(readFileSync(join(migrationsFolder, '0014_wait_histogram_triggers.sql'), 'utf8')).toBe(waitHistogramMigration());
  });
});
