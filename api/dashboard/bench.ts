// node api/dashboard/bench.ts [rows]: fills a temporary database with synthetic reports from bench/seed-reports.ts
// (default 1,000,000 over a year) and prints how long each dashboard call takes for a supervisor and a provincial officer.
import { benchDatabase } from '../../bench/seed-reports.ts';
import type { StaffUser } from '../../db/schema.ts';
import { formatNumber } from '../../domain/format.ts';
import { DEFAULT_LANG } from '../../domain/languages.ts';
import { reportScope } from '../auth/scope.ts';
import {
  medianTimes,
  openByAge,
  pktDay,
  rangeOfDays,
  referralsByService,
  reportsByCategory,
  reportsByDistrict,
  reportsPerDay,
  slaPerformance,
} from './aggregates.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const { db, now, dispose } = await benchDatabase({ count: rows, spanDays: 365, prefix: 'hifazat-bench-' });
const DAY = 86_400_000;

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
    process.stdout.write(
      `${name}, ${days} days: ${formatNumber(total, DEFAULT_LANG)} reports in range, dashboard in ${Math.round(performance.now() - start)} ms (${parts.join(', ')} ms)\n`,
    );
  }
}
dispose();
