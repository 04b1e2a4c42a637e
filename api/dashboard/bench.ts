// node api/dashboard/bench.ts [rows]: fills a temporary database with synthetic reports (default 1,000,000)
// and prints how long each dashboard call takes for a supervisor and a provincial officer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';
import { seedReference } from '../../db/seed.ts';
import { loadDirectory } from '../triage/directory.ts';
import { reportScope } from '../auth/scope.ts';
import type { StaffUser } from '../../db/schema.ts';
import { medianTimes, openByAge, pktDay, rangeOfDays, referralsByService, reportsByCategory, reportsByDistrict, reportsPerDay, slaPerformance } from './aggregates.ts';
import { DEFAULT_LANG, LANGS } from '../../domain/languages.ts';
import { formatNumber } from '../../domain/format.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'hifazat-bench-'));
const { db, client, close } = await createDb(`file:${join(dir, 'bench.db')}`);
await migrateDb(db);
await seedReference(db, loadDirectory());

const now = Date.now();
const DAY = 86_400_000;
let t0 = performance.now();
// Every district of the directory, in turn; a year of reports; a third closed, most acted on.
await client.execute(`
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows - 1}),
  d AS (SELECT row_number() OVER () - 1 AS k, province_id, id, queue_id FROM districts),
  dc AS (SELECT count(*) AS c FROM districts)
  INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender,
    province_id, district_id, priority, due_at, queue_id, status, verified, created_at, updated_at, first_action_at, closed_at, close_reason)
  SELECT 'B-' || i, 'r' || i, 'x', '${LANGS.at(-1)}', 'teacher',
    CASE i % 5 WHEN 0 THEN 'physical_abuse' WHEN 1 THEN 'neglect' WHEN 2 THEN 'child_labour' WHEN 3 THEN 'begging' ELSE 'child_marriage' END,
    0, '5-9', 'girl', d.province_id, d.id, 'P' || (1 + i % 4),
    ${now} - (i * 7919 % 365) * ${DAY} - (i % 86400) * 1000 + 72 * 3600000,
    d.queue_id, CASE WHEN i % 3 = 0 THEN 'closed' ELSE 'in_progress' END, 1,
    ${now} - (i * 7919 % 365) * ${DAY} - (i % 86400) * 1000, ${now},
    CASE WHEN i % 7 = 0 THEN NULL ELSE ${now} - (i * 7919 % 365) * ${DAY} - (i % 86400) * 1000 + (i % 100) * 3600000 END,
    CASE WHEN i % 3 = 0 THEN ${now} - (i * 7919 % 365) * ${DAY} - (i % 86400) * 1000 + (i % 200) * 3600000 END,
    CASE WHEN i % 3 = 0 THEN 'resolved' END
  FROM n, dc JOIN d ON d.k = n.i % dc.c`);
await client.execute('ANALYZE');
process.stdout.write(`inserted ${formatNumber(rows, DEFAULT_LANG)} reports in ${Math.round(performance.now() - t0)} ms\n`);

const user = (u: Partial<StaffUser>) => u as StaffUser;
const who = {
  'supervisor cpu-lahore': reportScope(user({ role: 'supervisor', queueId: 'cpu-lahore' })),
  'provincial punjab': reportScope(user({ role: 'provincial', provinceId: 'punjab' })),
};
const today = pktDay(now);
for (const [name, scope] of Object.entries(who)) {
  for (const days of [30, 366]) {
    const range = rangeOfDays(pktDay(now - (days - 1) * DAY), today);
    const parts: string[] = [];
    let total = 0;
    const start = performance.now();
    const time = async <T>(label: string, f: () => Promise<T>) => {
      const t = performance.now();
      const r = await f();
      parts.push(`${label} ${Math.round(performance.now() - t)}`);
      return r;
    };
    for (const c of await time('category', () => reportsByCategory(db, scope, range))) total += c.count;
    await time('perDay', () => reportsPerDay(db, scope, range));
    await time('district', () => reportsByDistrict(db, scope, range));
    await time('openByAge', () => openByAge(db, scope, now));
    await time('sla', () => slaPerformance(db, scope, range, now));
    await time('medians', () => medianTimes(db, scope, range));
    await time('referrals', () => referralsByService(db, scope, range));
    process.stdout.write(`${name}, ${days} days: ${formatNumber(total, DEFAULT_LANG)} reports in range, dashboard in ${Math.round(performance.now() - start)} ms (${parts.join(', ')} ms)\n`);
  }
}
close();
rmSync(dir, { recursive: true, force: true });
