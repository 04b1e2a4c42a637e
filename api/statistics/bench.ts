// node api/statistics/bench.ts [rows]: fills a temporary database with a year of synthetic reports (default
// 200,000 over 400 days, a tenth referred) and prints how long the public statistics take for 12 and 36 months:
// cold (the day's first reader), warm (from the day's cached month counts), and the page's rendering.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { LANGS } from '../../domain/languages.ts';
import { migrateDb } from '../../db/migrate.ts';
import { seedReference } from '../../db/seed.ts';
import { loadDirectory } from '../triage/directory.ts';
import { periodOf, type MonthCounts } from './figures.ts';
import { monthCounts, publicStatistics } from './queries.ts';
import { renderStatistics } from './page.ts';

const rows = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'hifazat-stats-bench-'));
const { db, client, close } = await createDb(`file:${join(dir, 'bench.db')}`);
await migrateDb(db);
await seedReference(db, loadDirectory());

const now = Date.now();
const DAY = 86_400_000;
const t0 = performance.now();
await client.execute(`
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows - 1}),
  d AS (SELECT row_number() OVER () - 1 AS k, province_id, id, queue_id FROM districts),
  dc AS (SELECT count(*) AS c FROM districts)
  INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender,
    province_id, district_id, priority, due_at, queue_id, status, verified, created_at, updated_at, first_action_at)
  SELECT 'B-' || i, 'r' || i, 'x', '${LANGS.at(-1)}', 'teacher', 'neglect', 0, '5-9', 'girl', d.province_id, d.id, 'P' || (1 + i % 4),
    ${now} - (i * 7919 % 400) * ${DAY} + 72 * 3600000, d.queue_id, 'in_progress', 1,
    ${now} - (i * 7919 % 400) * ${DAY}, ${now},
    CASE WHEN i % 7 = 0 THEN NULL ELSE ${now} - (i * 7919 % 400) * ${DAY} + (i % 100) * 3600000 END
  FROM n, dc JOIN d ON d.k = n.i % dc.c`);
await client.execute(`INSERT INTO referrals (report_id, service, status, created_at)
  SELECT id, CASE id % 4 WHEN 0 THEN 'shelter' WHEN 1 THEN 'health' WHEN 2 THEN 'police' ELSE 'legal_aid' END,
    CASE id % 3 WHEN 0 THEN 'requested' WHEN 1 THEN 'accepted' ELSE 'completed' END, created_at + 3600000
  FROM reports WHERE id % 10 = 0`);
await client.execute('ANALYZE');
process.stdout.write(`inserted ${rows.toLocaleString('en-GB')} reports in ${Math.round(performance.now() - t0)} ms\n`);

// Cold: every month's counts from the database (the first reader of the day); the longest single month is the
// longest the event loop is held. Warm: the same period from the day's cached month counts.
const cache = new Map<string, MonthCounts>();
for (const months of [12, 36]) {
  const period = periodOf(new Date(now - months * 31 * DAY).toISOString().slice(0, 10), undefined, now);
  const perMonth: number[] = [];
  let t = performance.now();
  const cold = await publicStatistics(db, period, now, async (m) => {
    const s = performance.now();
    const c = cache.get(m) ?? (await monthCounts(db, m, now));
    cache.set(m, c);
    perMonth.push(performance.now() - s);
    return c;
  });
  const coldMs = performance.now() - t;
  t = performance.now();
  const warm = await publicStatistics(db, period, now, async (m) => cache.get(m)!);
  const warmMs = performance.now() - t;
  t = performance.now();
  const page = renderStatistics({ locale: LANGS.at(-1)!, query: {}, figures: warm });
  const render = performance.now() - t;
  process.stdout.write(
    `${period.months.length} months (${cold.reportsPerMonth.filter((m) => m.total !== null).length} with reports): months not yet cached ${Math.round(coldMs)} ms (longest month ${Math.round(Math.max(...perMonth))} ms), warm ${warmMs.toFixed(1)} ms, page rendered in ${render.toFixed(1)} ms (${Math.round(page.body.length / 1024)} KB before gzip)\n`,
  );
}
close();
rmSync(dir, { recursive: true, force: true });
