// `npm run bench:queue`: seeds BENCH_SEED_REPORTS (default 1,000,000) reports across every queue straight through
// @libsql/client, then times (1) the first page of a CPU queue through the real server and staff session
// (GET /api/staff/queues/:queueId/reports, which also writes its audit row and session touch), (2) the same
// page's SQL alone, and (3) the dashboard's own figures (api/figures/aggregates.ts) for a province over a whole year,
// over 30 days, and a unit over a year: scanning reports (before) and from the daily roll-ups (after), in one run,
// checking that both answer the same. Prints only what it measured, with the machine's load (`uptime`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { InArgs } from '@libsql/client';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { generateKey } from '../api/crypto/seal.ts';
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
  dailyRows,
  mediansFromRollups,
  perDayFromRollups,
  screeningFromRollups,
  slaFromRollups,
} from '../api/figures/rollups.ts';
import { timeToScreening } from '../api/figures/screening.ts';
import { openByAgeFromRollups, referralsFromRollups } from '../api/figures/snapshots.ts';
import { waitHistograms } from '../api/figures/waits.ts';
import { reportScope, scopeOnQueue } from '../api/kernel/scope.ts';
import { overdueReferralsOfReport } from '../api/queue/queries.ts';
import { createDb } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { reports, type StaffUser, staffUsers } from '../db/schema.ts';
import { seedReference } from '../db/seed.ts';
import { loadDirectory } from '../directory/routing.ts';
import { scanDashboard } from '../tests/fixtures/dashboard-scan.ts';
import { staffLogin, startServer } from '../tests/fixtures/server-process.ts';
import { insertCost } from './insert-cost.ts';
import { seedReports } from './seed-reports.ts';

const N = Number(process.env.BENCH_SEED_REPORTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const DAY = 86_400_000;

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (values: number[]) =>
  `p50=${pct(values, 50).toFixed(2)}ms p95=${pct(values, 95).toFixed(2)}ms max=${Math.max(...values).toFixed(2)}ms`;

// BENCH_DB=<file>: keep the seeded database there and reuse it on the next run (migrations still apply).
const keep = process.env.BENCH_DB;
const dir = keep ? '' : mkdtempSync(join(tmpdir(), 'hifazat-queue-'));
const dbFile = keep ?? join(dir, 'queue.db');
const reuse = keep !== undefined && existsSync(dbFile);
/** A kept database keeps its key beside it; a throwaway one gets a fresh key. */
function benchKey(): string {
  if (!keep) return generateKey();
  if (!existsSync(`${dbFile}.key`)) writeFileSync(`${dbFile}.key`, generateKey());
  return readFileSync(`${dbFile}.key`, 'utf8');
}
const reportKey = benchKey();
console.log(`uptime at start: ${execFileSync('uptime').toString().trim()}`);
console.log(
  `machine: ${availableParallelism()} cpus (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other work on the machine inflates every figure)`,
);

// --- seed -----------------------------------------------------------------------------------------------
const handle = await createDb(`file:${dbFile}`);
const migrationStarted = performance.now();
await migrateDb(handle.db);
const migrationSeconds = (performance.now() - migrationStarted) / 1000;
const directory = loadDirectory();
await seedReference(handle.db, directory);
const client = handle.client;
const now = Date.now();
const SPAN_DAYS = 730;
const seedSeconds = reuse
  ? 0
  : await seedReports(client, directory, { count: N, now, spanDays: SPAN_DAYS, skew: 1.6, referredShare: 0.1, reportKey });
if (!reuse) await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
const counts = (await client.execute("SELECT count(*) AS n, sum(status <> 'closed') AS open FROM reports")).rows[0]!;
console.log(
  `${reuse ? `reused ${dbFile} with` : `seeded in ${seedSeconds.toFixed(0)} s`} ${counts.n} reports (${counts.open} open) across ${directory.queues.length} queues; db ${(statSync(dbFile).size / 1e6).toFixed(0)} MB`,
);
console.log(`migrations brought up to date in ${migrationSeconds.toFixed(1)} s (indexes and roll-up fills over the stored reports)`);
const perQueue = (
  await client.execute(
    "SELECT queue_id, count(*) AS n, sum(status <> 'closed') AS open FROM reports GROUP BY queue_id ORDER BY n DESC LIMIT 3",
  )
).rows;
console.log(`largest queues: ${perQueue.map((r) => `${r.queue_id} ${r.n} (${r.open} open)`).join(', ')}`);

// --- the queue page's SQL alone: the query api/queue/queries.ts builds for an officer's first page (open reports,
// unscreened first, then priority and due time; the assignee and overdue referrals beside each) -------------------
const unscreenedFirst = sql`case when ${reports.screenedAt} is null and ${reports.status} != 'closed' then 0 else 1 end`;
const queuePage = (queueId: string) =>
  handle.db
    .select({ report: reports, assignee: staffUsers.username, referralsOverdue: overdueReferralsOfReport(now) })
    .from(reports)
    .leftJoin(staffUsers, eq(staffUsers.id, reports.assignedTo))
    .where(and(eq(reports.queueId, queueId), eq(reports.queueId, queueId), ne(reports.status, 'closed')))
    .orderBy(unscreenedFirst, asc(reports.priority), asc(reports.dueAt), asc(reports.id))
    .limit(51)
    .toSQL();
const QUEUE_SQL = queuePage('cpu-lahore').sql;
const queueArgs = (queueId: string) => queuePage(queueId).params as InArgs;

async function time(sql: string, args: InArgs, rounds = ROUNDS) {
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await client.execute({ sql, args });
    out.push(performance.now() - t0);
  }
  return out;
}
async function plan(sql: string, args: InArgs) {
  return (await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })).rows.map((r) => String(r.detail)).join(' | ');
}

console.log(`\nquery plan, queue page: ${await plan(QUEUE_SQL, queueArgs('cpu-lahore'))}`);
console.log(`SQL alone, ${ROUNDS} rounds each (through @libsql/client, same file):`);
for (const queueId of ['punjab-cpwb', 'cpu-lahore', 'cpu-peshawar'])
  console.log(`  queue page ${queueId}: ${fmt(await time(QUEUE_SQL, queueArgs(queueId)))}`);

// --- dashboards: the console's own figures (api/figures/aggregates.ts), as GET /api/staff/dashboard computes them --
// "scan" reads the range's reports through the indexes (before the roll-ups); "roll-ups" is what the route does now.
const DASH_ROUNDS = Number(process.env.BENCH_DASHBOARD_ROUNDS ?? 20);
const staffOfScope = (u: Partial<StaffUser>) => u as StaffUser;
const dashboards = [
  { name: 'punjab, whole year (366 days)', user: staffOfScope({ role: 'provincial', provinceId: 'punjab' }), days: 366 },
  { name: 'punjab, 30 days', user: staffOfScope({ role: 'provincial', provinceId: 'punjab' }), days: 30 },
  { name: 'cpu-lahore supervisor, whole year', user: staffOfScope({ role: 'supervisor', queueId: 'cpu-lahore' }), days: 366 },
];
const today = pktDay(now);
const rollupRows = (
  await client.execute(`SELECT (SELECT count(*) FROM report_daily) AS p, (SELECT count(*) FROM report_daily_category) AS c, (SELECT count(*) FROM report_daily_district) AS d,
    (SELECT count(*) FROM report_wait_daily) AS wd, (SELECT count(*) FROM report_wait_monthly) AS wm, (SELECT count(*) FROM report_open_daily) AS o,
    (SELECT count(*) FROM referral_daily) AS r, (SELECT count(*) FROM referral_monthly) AS rm, (SELECT count(*) FROM report_monthly_category) AS mc, (SELECT count(*) FROM report_monthly_district) AS md`)
).rows[0]!;
console.log(
  `\nroll-up rows (all queues, ${SPAN_DAYS} days): report_daily ${rollupRows.p}, report_daily_category ${rollupRows.c}, report_daily_district ${rollupRows.d}, ` +
    `report_wait_daily ${rollupRows.wd}, report_wait_monthly ${rollupRows.wm}, report_open_daily ${rollupRows.o}, referral_daily ${rollupRows.r}, referral_monthly ${rollupRows.rm}, ` +
    `report_monthly_category ${rollupRows.mc}, report_monthly_district ${rollupRows.md}`,
);
console.log(`dashboard figures (api/figures/aggregates.ts dashboard()), ${DASH_ROUNDS} rounds each, scan and roll-ups alternating:`);
let yearScan: number[] = [];
let yearRollups: number[] = [];
for (const d of dashboards) {
  const range = rangeOfDays(pktDay(now - (d.days - 1) * DAY), today);
  const scope = reportScope(d.user);
  const on = (queueId: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(d.user, queueId);
  const scan: number[] = [];
  const rolled: number[] = [];
  let total = 0;
  for (let i = 0; i < DASH_ROUNDS + 1; i++) {
    let t0 = performance.now();
    const a = await scanDashboard(handle.db, scope, range, now);
    const ta = performance.now() - t0;
    t0 = performance.now();
    const b = await dashboard(handle.db, scope, range, now, undefined, on);
    const tb = performance.now() - t0;
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`roll-ups and scan disagree for ${d.name}`);
    total = a.total;
    // The first round warms the page cache for both; it is not counted.
    if (i > 0) {
      scan.push(ta);
      rolled.push(tb);
    }
  }
  console.log(`  ${d.name} (${total} reports in range, answers identical): scan ${fmt(scan)} | roll-ups ${fmt(rolled)}`);
  if (d.days === 366 && d.user.role === 'provincial') {
    yearScan = scan;
    yearRollups = rolled;
  }
}

// Where the year's time goes, figure by figure (p50 over 5 rounds after a warm-up): each figure's scan (before) and
// roll-up (now) side by side. Standalone, each roll-up figure does its own reads; dashboard() shares the report_daily
// read (per day, SLA, screening totals) and the wait histograms' read (medians, screening), timed on their own lines.
{
  const user = dashboards[0]!.user;
  const range = rangeOfDays(pktDay(now - 365 * DAY), today);
  const scope = reportScope(user);
  const on = (queueId: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(user, queueId);
  const figures: [string, (() => Promise<unknown>) | null, () => Promise<unknown>][] = [
    ['perDay', () => reportsPerDay(handle.db, scope, range), () => perDayFromRollups(handle.db, on, range)],
    [
      'byCategory (monthly + end days)',
      () => reportsByCategory(handle.db, scope, range),
      () => byCategoryFromRollups(handle.db, on, range),
    ],
    [
      'byDistrict (monthly + end days)',
      () => reportsByDistrict(handle.db, scope, range),
      () => byDistrictFromRollups(handle.db, on, range),
    ],
    ['sla (pending via index)', () => slaPerformance(handle.db, scope, range, now), () => slaFromRollups(handle.db, on, scope, range, now)],
    ['medians (wait histograms)', () => medianTimes(handle.db, scope, range), () => mediansFromRollups(handle.db, on, scope, range)],
    [
      'screening (wait histograms)',
      () => timeToScreening(handle.db, scope, range),
      () => screeningFromRollups(handle.db, on, scope, range),
    ],
    ['openByAge (open per day + edge days)', () => openByAge(handle.db, scope, now), () => openByAgeFromRollups(handle.db, on, scope, now)],
    ['referrals (monthly + end days)', () => referralsByService(handle.db, scope, range), () => referralsFromRollups(handle.db, on, range)],
    ['shared: report_daily read', null, () => dailyRows(handle.db, on, range)],
    ['shared: wait histograms read', null, () => waitHistograms(handle.db, on, range)],
  ];
  const p50 = async (f: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      await f();
      if (i > 0) times.push(performance.now() - t0);
    }
    return pct(times, 50);
  };
  console.log('  punjab whole year by figure, p50 ms (scan | roll-up):');
  for (const [label, scanned, rolled] of figures) {
    // Alternating: the scan, then the roll-up, figure by figure.
    const a = scanned ? (await p50(scanned)).toFixed(1) : '–';
    const b = (await p50(rolled)).toFixed(1);
    console.log(`    ${label.padEnd(40)} ${a.padStart(9)} | ${b.padStart(7)}`);
  }
}

// What the roll-up triggers of migration 0016 add to one report's insert (bench/insert-cost.ts; rolled back).
for (const grouped of [false, true]) {
  const cost = await insertCost(client, now, grouped);
  console.log(
    `${grouped ? '' : '\n'}one report's insert, ${grouped ? '50 reports per statement (as the group commit merges them)' : 'one statement per report'} ` +
      `(${cost.n} statements each, rolled back, no fsync), µs per report: with 0016's insert triggers mean ${cost.with.mean.toFixed(0)} ` +
      `(median ${cost.with.median.toFixed(0)}), without them mean ${cost.without.mean.toFixed(0)} (median ${cost.without.median.toFixed(0)})`,
  );
}
handle.close();

// --- through the real server ------------------------------------------------------------------------------
const httpSummary: string[] = [];
const server = await startServer({ dbFile, reportKey, env: { NODE_ENV: 'test' } });
try {
  console.log(`\nHTTP through the real server (${ROUNDS} rounds, staff session; each request also writes its audit row):`);
  for (const [account, queueId] of [
    ['demo.officer.lahore', 'cpu-lahore'],
    ['demo.officer.peshawar', 'cpu-peshawar'],
  ] as const) {
    const { cookie } = await staffLogin(server, server.demo.get(account)!);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < ROUNDS + 10; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/staff/queues/${queueId}/reports`, { headers: { cookie } });
      const body = (await res.json()) as { reports: unknown[] };
      if (res.status !== 200) throw new Error(`queue page answered ${res.status}`);
      rows = body.reports.length;
      if (i >= 10) times.push(performance.now() - t0);
    }
    console.log(`  GET /api/staff/queues/${queueId}/reports (${rows} rows): ${fmt(times)}`);
    httpSummary.push(`${queueId} ${fmt(times)}`);
    // For comparison: a request that only reads and touches the session (no audit row, no report query).
    const me: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      await (await fetch(`${server.url}/api/staff/me`, { headers: { cookie } })).json();
      me.push(performance.now() - t0);
    }
    console.log(`  GET /api/staff/me (session read + touch only): ${fmt(me)}`);
  }
} finally {
  await server.kill('SIGTERM');
}
console.log(
  `\nsummary at ${N} reports: punjab dashboard, whole year: before (scan) ${fmt(yearScan)}; after (roll-ups) ${fmt(yearRollups)}`,
);
console.log(`summary at ${N} reports: queue first page over HTTP: ${httpSummary.join('; ')}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
console.log(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; uptime: ${execFileSync('uptime').toString().trim()}`,
);
