// What migration 0016's triggers add to intake: one report's insert timed with and without the three triggers that
// fire on an insert (report_open_daily_ai, report_monthly_category_ai, report_monthly_district_ai), on the bench's own
// file. Each round runs in a write transaction that is rolled back (the DROP TRIGGER included), so the file is left
// exactly as it was; rounds alternate so both arms see the same machine. Each insert copies a stored report's fields
// as a new, unscreened report arriving now (the same select in both arms): one statement per report (its preparation,
// which compiles every trigger on reports, included), and 50 reports per statement as intake's group commit merges them
// (api/report-core/merge-inserts.ts; per report). The commit's fsync is not in it (the same with or without triggers).
import type { Client } from '@libsql/client';

export const INSERT_TRIGGERS_0016 = ['report_open_daily_ai', 'report_monthly_category_ai', 'report_monthly_district_ai'];

const COPY = `INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender,
    province_id, district_id, priority, due_at, queue_id, status, reporter_status, verified, created_at, updated_at)
  SELECT ?, ?, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender, province_id, district_id, priority,
    ? + 86400000, queue_id, 'new', 'received', verified, ?, ? FROM reports WHERE id = ?`;

const GROUP = 50;
const COPY_GROUP = `INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender,
    province_id, district_id, priority, due_at, queue_id, status, reporter_status, verified, created_at, updated_at)
  SELECT 'CP-COSTG-' || ? || '-' || id, 'costg-' || ? || '-' || id, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender,
    province_id, district_id, priority, ? + 86400000, queue_id, 'new', 'received', verified, ?, ? FROM reports WHERE id >= ? AND id < ? + ${GROUP}`;

/** µs per report: one statement per report, or per report of a 50-report statement. */
async function round(client: Client, withTriggers: boolean, perRound: number, now: number, maxId: number, grouped: boolean) {
  const tx = await client.transaction('write');
  try {
    if (!withTriggers) for (const name of INSERT_TRIGGERS_0016) await tx.execute(`DROP TRIGGER ${name}`);
    const times: number[] = [];
    for (let i = 0; i < perRound; i++) {
      const at = now + i;
      const source = 1 + ((i * 7919) % (maxId - GROUP));
      const t0 = performance.now();
      if (grouped) await tx.execute({ sql: COPY_GROUP, args: [i, i, at, at, at, source, source] });
      else await tx.execute({ sql: COPY, args: [`CP-COST-${i}`, `cost-${i}`, at, at, at, source] });
      times.push(((performance.now() - t0) * 1000) / (grouped ? GROUP : 1));
    }
    return times;
  } finally {
    await tx.rollback();
    tx.close();
  }
}

/**
 * Mean and median µs per report with and without the triggers, over `rounds` alternating rounds of `perRound` statements
 * each (`grouped`: 50 reports per statement).
 */
export async function insertCost(client: Client, now: number, grouped = false, rounds = 4, perRound = grouped ? 40 : 400) {
  const maxId = Number((await client.execute('SELECT max(id) AS m FROM reports')).rows[0]!.m);
  const withT: number[] = [];
  const without: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which arm goes first, so neither always follows the other's warm cache.
    const order = r % 2 === 0 ? [true, false] : [false, true];
    for (const w of order) (w ? withT : without).push(...(await round(client, w, perRound, now, maxId, grouped)));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { with: { mean: mean(withT), median: median(withT) }, without: { mean: mean(without), median: median(without) }, n: withT.length };
}
