import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrate.ts';
import { snapshotRollupMigration } from './snapshot-rollups.ts';

describe('migration 0016', () => {
  const file = readFileSync(join(migrationsFolder, '0016_snapshot_rollups.sql'), 'utf8');

  it('ends with what db/snapshot-rollups.ts writes', () => {
    expect(file.endsWith(`--> statement-breakpoint\n${snapshotRollupMigration()}`)).toBe(true);
  });

  it("makes drizzle-kit's five roll-up tables, report_daily and the two wait histograms clustered on their keys", () => {
    expect(file.match(/\) WITHOUT ROWID;/g)).toHaveLength(8);
  });
});
