// node bench/dashboard.ts [rows]: fills a temporary database with synthetic reports from bench/seed-reports.ts
// (default 1,000,000 over a year) and prints how long each dashboard figure takes for a supervisor and a provincial
// officer: scanning the range's reports (before) and from the roll-ups (now), side by side, and the whole dashboard().

import {
  dashboard,
  medianTimes,
  openByAge,
  pktDay,
  rangeOfDays,
  referralsByService,
  reportsByCategory,
  reportsByDistrict,
  reportsPerDay,
  slaPerformance,
} from '../api/figures/aggregates.ts';
import {
  byCategoryFromRollups,
  byDistrictFromRollups,
  mediansFromRollups,
  perDayFromRollups,
  screeningFromRollups,
  slaFromRollups,
} from '../api/figures/rollups.ts';
import { timeToScreening } from '../api/figures/screening.ts';
import { openByAgeFromRollups, referralsFromRollups } from '../api/figures/snapshots.ts';
import { reportScope, scopeOnQueue } from '../api/kernel/scope.ts';
import type { StaffUser } from '../db/schema.ts';
import { formatNumber } from '../domain/format.ts';
import { DEFAULT_LANG } from '../domain/languages.ts';
import { scanDashboard } from '../tests/fixtures/dashboard-scan.ts';
import { benchDatabase } from './seed-reports.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const { db, now, dispose } = await benchDatabase({ count: rows, spanDays: 365, prefix: 'hifazat-bench-' });
const DAY = 86_400_000;

const user = (u: Partial<StaffUser>) => u as StaffUser;
const who = {
  'supervisor cpu-lahore': user({ role: 'supervisor', queueId: 'cpu-lahore' }),
  'provincial punjab': user({ role: 'provincial', provinceId: 'punjab' }),
};
const ms = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return Math.round(performance.now() - t);
};
const today = pktDay(now);
for (const [name, u] of Object.entries(who)) {
  const scope = reportScope(u);
  const on = (queueId: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(u, queueId);
  for (const days of [30, 366]) {
    const range = rangeOfDays(pktDay(now - (days - 1) * DAY), today);
    const figures: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      ['perDay', () => reportsPerDay(db, scope, range), () => perDayFromRollups(db, on, range)],
      ['category', () => reportsByCategory(db, scope, range), () => byCategoryFromRollups(db, on, range)],
      ['district', () => reportsByDistrict(db, scope, range), () => byDistrictFromRollups(db, on, range)],
      ['openByAge', () => openByAge(db, scope, now), () => openByAgeFromRollups(db, on, scope, now)],
      ['sla', () => slaPerformance(db, scope, range, now), () => slaFromRollups(db, on, scope, range, now)],
      ['medians', () => medianTimes(db, scope, range), () => mediansFromRollups(db, on, scope, range)],
      ['screening', () => timeToScreening(db, scope, range), () => screeningFromRollups(db, on, scope, range)],
      ['referrals', () => referralsByService(db, scope, range), () => referralsFromRollups(db, on, range)],
    ];
    const parts: string[] = [];
    for (const [label, scanned, rolled] of figures) parts.push(`${label} ${await ms(scanned)} → ${await ms(rolled)}`);
    let total = 0;
    const scanMs = await ms(async () => {
      total = (await scanDashboard(db, scope, range, now)).total;
    });
    const rolledMs = await ms(() => dashboard(db, scope, range, now, undefined, on));
    process.stdout.write(
      `${name}, ${days} days: ${formatNumber(total, DEFAULT_LANG)} reports in range, dashboard scan ${scanMs} ms → roll-ups ${rolledMs} ms ` +
        `(per figure, scan → roll-up: ${parts.join(', ')} ms)\n`,
    );
  }
}
dispose();
