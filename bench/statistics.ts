// node bench/statistics.ts [rows]: fills a temporary database with a year of synthetic reports from
// bench/seed-reports.ts (default 200,000 over 400 days, a tenth referred) and prints how long the public
// statistics take for 12 and 36 months: cold (the day's first reader), warm (from the day's cached month counts), and the page's
// rendering (by the build's renderer, dist/_server/: run `npm run build` first).
import { fileShells, loadAnswerPages } from '../api/pages.ts';
import { type MonthCounts, periodOf } from '../api/statistics/figures.ts';
import { monthCounts, publicStatistics } from '../api/statistics/queries.ts';
import { loadDirectory } from '../directory/routing.ts';
import { LANGS } from '../domain/languages.ts';
import { benchDatabase } from './seed-reports.ts';

const rows = Number(process.argv[2] ?? 200_000);
const { db, now, dispose } = await benchDatabase({ count: rows, spanDays: 400, prefix: 'hifazat-stats-bench-' });
const DAY = 86_400_000;
const pages = await loadAnswerPages('dist', fileShells('dist'), loadDirectory());
if (!pages) throw new Error('no renderer in dist/_server/: run `npm run build` first');

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
  const page = pages.statistics(LANGS.at(-1)!, { query: {}, figures: warm }) ?? '';
  const render = performance.now() - t;
  process.stdout.write(
    `${period.months.length} months (${cold.reportsPerMonth.filter((m) => m.total !== null).length} with reports): months not yet cached ${Math.round(coldMs)} ms (longest month ${Math.round(Math.max(...perMonth))} ms), warm ${warmMs.toFixed(1)} ms, page rendered in ${render.toFixed(1)} ms (${Math.round(page.length / 1024)} KB before gzip)\n`,
  );
}
dispose();
