// `npm run bench:queue`: seeds BENCH_SEED_REPORTS (default 1,000,000) reports across every queue straight through
// @libsql/client, then times (1) the first page of a CPU queue through the real server and staff session
// (GET /api/staff/queues/:queueId/reports, which also writes its audit row and session touch), (2) the same
// page's SQL alone, and (3) the dashboard's own figures (api/dashboard/aggregates.ts) for a province over a whole year,
// over 30 days, and a unit over a year: scanning reports (before) and from the daily roll-ups (after), in one run,
// checking that both answer the same. Prints only what it measured, with the machine's load (`uptime`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { InArgs } from '@libsql/client';
import { hashReceipt } from '../api/crypto/receipt.ts';
import { createSealer, generateKey } from '../api/crypto/seal.ts';
import { loadDirectory } from '../api/triage/directory.ts';
import { reportScope, scopeOnQueue } from '../api/auth/scope.ts';
import { dashboard, medianTimes, openByAge, pktDay, rangeOfDays, referralsByService, reportsByCategory, reportsByDistrict, reportsPerDay, slaPerformance } from '../api/dashboard/aggregates.ts';
import { byCategoryFromRollups, byDistrictFromRollups, mediansFromRollups, perDayFromRollups, slaFromRollups } from '../api/dashboard/rollups.ts';
import { timeToScreening } from '../api/dashboard/screening.ts';
import type { StaffUser } from '../db/schema.ts';
import { createDb } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { seedReference } from '../db/seed.ts';
import { staffLogin, startServer } from '../tests/fixtures/server-process.ts';

const N = Number(process.env.BENCH_SEED_REPORTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const SLA_MS = { P1: HOUR, P2: 24 * HOUR, P3: 72 * HOUR, P4: 7 * DAY } as const;

// Rough share of reports by province (population-weighted) and a heavier load on the big cities.
const PROVINCE_WEIGHT: Record<string, number> = {
  punjab: 53,
  sindh: 23,
  'khyber-pakhtunkhwa': 15,
  balochistan: 5,
  islamabad: 2,
  'azad-kashmir': 1,
  'gilgit-baltistan': 1,
};
const CITY_WEIGHT: Record<string, number> = { lahore: 8, faisalabad: 3, rawalpindi: 3, multan: 2, peshawar: 5, quetta: 4, 'karachi-central': 3, 'karachi-east': 3, 'karachi-south': 3, hyderabad: 2 };

function weighted<T>(items: T[], weight: (t: T) => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const item of items) cumulative.push((sum += weight(item)));
  return () => {
    const x = Math.random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (values: number[]) => `p50=${pct(values, 50).toFixed(2)}ms p95=${pct(values, 95).toFixed(2)}ms max=${Math.max(...values).toFixed(2)}ms`;

// BENCH_DB=<file>: keep the seeded database there and reuse it on the next run (migrations still apply).
const keep = process.env.BENCH_DB;
const dir = keep ? '' : mkdtempSync(join(tmpdir(), 'hifazat-queue-'));
const dbFile = keep ?? join(dir, 'queue.db');
const reuse = keep !== undefined && existsSync(dbFile);
const reportKey = keep ? (existsSync(`${dbFile}.key`) ? readFileSync(`${dbFile}.key`, 'utf8') : (writeFileSync(`${dbFile}.key`, generateKey()), readFileSync(`${dbFile}.key`, 'utf8'))) : generateKey();
console.log(`uptime at start: ${execFileSync('uptime').toString().trim()}`);
console.log(`machine: ${availableParallelism()} cpus (${cpus()[0]?.model ?? "unknown"}), node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(1)).join(" ")} (other work on the machine inflates every figure)`);

// --- seed -----------------------------------------------------------------------------------------------
const handle = await createDb(`file:${dbFile}`);
await migrateDb(handle.db);
const directory = loadDirectory();
await seedReference(handle.db, directory);
const client = handle.client;
const places = directory.provinces.flatMap((p) => p.districts.map((d) => ({ province: p.id, district: d.id, queueId: d.queueId, weight: (PROVINCE_WEIGHT[p.id] ?? 1) * (CITY_WEIGHT[d.id] ?? 1) })));
const byProvince = new Map<string, number>();
for (const p of places) byProvince.set(p.province, (byProvince.get(p.province) ?? 0) + p.weight);
const pickPlace = weighted(places, (p) => p.weight / byProvince.get(p.province)! * PROVINCE_WEIGHT[p.province]!);
const pickPriority = weighted(
  [
    ['P1', 5],
    ['P2', 25],
    ['P3', 55],
    ['P4', 15],
  ] as const,
  (x) => x[1],
);
const CATEGORIES = ['physical_abuse', 'sexual_abuse', 'emotional_abuse', 'neglect', 'child_labour', 'begging', 'trafficking_or_abduction', 'missing_or_separated', 'child_marriage', 'corporal_punishment', 'online_abuse', 'domestic_violence', 'in_conflict_with_law', 'other'];
const OPEN = ['new', 'assigned', 'in_progress', 'referred'] as const;

const sealer = createSealer(reportKey);
const receiptHash = await hashReceipt('0000000000000000');
const sealedSamples = Array.from({ length: 64 }, (_, i) => sealer.seal(`A child in the neighbourhood is being hurt, sample description number ${i}, with some detail about what happened and when.`, 'report.description'));
const now = Date.now();
const SPAN_DAYS = 730;
const COLS = 21;
const ROWS_PER_STATEMENT = 100;
const STATEMENTS_PER_TX = 50;
const insertSql = (rows: number) =>
  `INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender, province_id, district_id,
    description_ct, priority, due_at, queue_id, status, reporter_status, verified, created_at, updated_at, first_action_at, closed_at) VALUES ` +
  Array.from({ length: rows }, () => `(${Array(COLS + 1).fill('?').join(',')})`).join(',');

function row(i: number): InArgs {
  const place = pickPlace();
  const priority = pickPriority()[0];
  // More reports lately (a service that is growing): age skewed towards the present.
  const ageMs = Math.floor(Math.pow(Math.random(), 1.6) * SPAN_DAYS * DAY);
  const createdAt = now - ageMs;
  const dueAt = createdAt + SLA_MS[priority];
  const openChance = ageMs < 7 * DAY ? 0.85 : ageMs < 30 * DAY ? 0.45 : ageMs < 90 * DAY ? 0.12 : 0.02;
  const status = Math.random() < openChance ? OPEN[Math.floor(Math.random() * (ageMs < DAY ? 1.5 : 4))]! : 'closed';
  const firstActionAt = status === 'new' ? null : Math.min(now, createdAt + Math.floor(Math.random() * 1.6 * SLA_MS[priority]));
  const closedAt = status === 'closed' ? Math.min(now, firstActionAt! + Math.floor(Math.random() * 20 * DAY)) : null;
  const reporterStatus = status === 'closed' ? 'closed' : status === 'referred' ? 'referred' : status === 'new' ? 'received' : 'in_review';
  return [
    `CP-B${i.toString(36).toUpperCase().padStart(7, '0')}`,
    `bench-${i}`,
    receiptHash,
    i % 3 === 0 ? 'ur' : 'en',
    'neighbour_or_community',
    CATEGORIES[i % CATEGORIES.length]!,
    priority === 'P1' ? 1 : 0,
    '5-9',
    i % 2 ? 'girl' : 'boy',
    place.province,
    place.district,
    sealedSamples[i % sealedSamples.length]!,
    priority,
    dueAt,
    place.queueId,
    status,
    reporterStatus,
    i % 4 === 0 ? 1 : 0,
    createdAt,
    closedAt ?? firstActionAt ?? createdAt,
    firstActionAt,
    closedAt,
  ];
}

let t = performance.now();
for (let done = reuse ? N : 0; done < N; ) {
  const statements = [];
  for (let s = 0; s < STATEMENTS_PER_TX && done < N; s++) {
    const rows = Math.min(ROWS_PER_STATEMENT, N - done);
    const args: InArgs = [];
    for (let r = 0; r < rows; r++) (args as unknown[]).push(...(row(done + r) as unknown[]));
    statements.push({ sql: insertSql(rows), args });
    done += rows;
  }
  await client.batch(statements, 'write');
}
await client.execute('ANALYZE');
await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
const seedSeconds = (performance.now() - t) / 1000;
const counts = (await client.execute("SELECT count(*) AS n, sum(status <> 'closed') AS open FROM reports")).rows[0]!;
console.log(`${reuse ? `reused ${dbFile} with` : 'seeded'} ${counts.n} reports (${counts.open} open) across ${places.length} districts / ${directory.queues.length} queues in ${seedSeconds.toFixed(1)} s; db ${(statSync(dbFile).size / 1e6).toFixed(0)} MB`);
const perQueue = (await client.execute("SELECT queue_id, count(*) AS n, sum(status <> 'closed') AS open FROM reports GROUP BY queue_id ORDER BY n DESC LIMIT 3")).rows;
console.log(`largest queues: ${perQueue.map((r) => `${r.queue_id} ${r.n} (${r.open} open)`).join(', ')}`);

// --- the queue page's SQL alone (what drizzle emits for api/queue/queries.ts, officer scope) -------------
const QUEUE_SQL = `select * from "reports" where ("reports"."queue_id" = ? and "reports"."status" <> ? and "reports"."queue_id" = ?) order by "reports"."priority" asc, "reports"."due_at" asc limit ?`;
const queueArgs = (queueId: string) => [queueId, 'closed', queueId, 50];

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
for (const queueId of ['punjab-cpwb', 'cpu-lahore', 'cpu-peshawar']) console.log(`  queue page ${queueId}: ${fmt(await time(QUEUE_SQL, queueArgs(queueId)))}`);

// --- dashboards: the console's own figures (api/dashboard/aggregates.ts), as GET /api/staff/dashboard computes them --
// "scan" reads the range's reports through the indexes (before the roll-ups); "roll-ups" is what the route does now.
const DASH_ROUNDS = Number(process.env.BENCH_DASHBOARD_ROUNDS ?? 20);
const staffOfScope = (u: Partial<StaffUser>) => u as StaffUser;
const dashboards = [
  { name: 'punjab, whole year (366 days)', user: staffOfScope({ role: 'provincial', provinceId: 'punjab' }), days: 366 },
  { name: 'punjab, 30 days', user: staffOfScope({ role: 'provincial', provinceId: 'punjab' }), days: 30 },
  { name: 'cpu-lahore supervisor, whole year', user: staffOfScope({ role: 'supervisor', queueId: 'cpu-lahore' }), days: 366 },
];
const today = pktDay(now);
const rollupRows = (await client.execute('SELECT (SELECT count(*) FROM report_daily) AS p, (SELECT count(*) FROM report_daily_category) AS c, (SELECT count(*) FROM report_daily_district) AS d')).rows[0]!;
console.log(`\nroll-up rows (all queues, ${SPAN_DAYS} days): report_daily ${rollupRows.p}, report_daily_category ${rollupRows.c}, report_daily_district ${rollupRows.d}`);
console.log(`dashboard figures (api/dashboard/aggregates.ts dashboard()), ${DASH_ROUNDS} rounds each, scan and roll-ups alternating:`);
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
    const a = await dashboard(handle.db, scope, range, now);
    const ta = performance.now() - t0;
    t0 = performance.now();
    const b = await dashboard(handle.db, scope, range, now, undefined, on);
    const tb = performance.now() - t0;
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`roll-ups and scan disagree for ${d.name}`);
    total = a.total;
    // The first round warms the page cache for both; it is not counted.
    if (i > 0) (scan.push(ta), rolled.push(tb));
  }
  console.log(`  ${d.name} (${total} reports in range, answers identical): scan ${fmt(scan)} | roll-ups ${fmt(rolled)}`);
  if (d.days === 366 && d.user.role === 'provincial') (yearScan = scan), (yearRollups = rolled);
}

// Where the year's time goes, figure by figure (p50 over a few rounds).
{
  const user = dashboards[0]!.user;
  const range = rangeOfDays(pktDay(now - 365 * DAY), today);
  const scope = reportScope(user);
  const on = (queueId: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(user, queueId);
  const parts: [string, () => Promise<unknown>][] = [
    ['perDay scan', () => reportsPerDay(handle.db, scope, range)],
    ['perDay roll-up', () => perDayFromRollups(handle.db, on, range)],
    ['byCategory scan', () => reportsByCategory(handle.db, scope, range)],
    ['byCategory roll-up', () => byCategoryFromRollups(handle.db, on, range)],
    ['byDistrict scan', () => reportsByDistrict(handle.db, scope, range)],
    ['byDistrict roll-up', () => byDistrictFromRollups(handle.db, on, range)],
    ['sla scan', () => slaPerformance(handle.db, scope, range, now)],
    ['sla roll-up + pending index', () => slaFromRollups(handle.db, on, scope, range, now)],
    ['medians scan', () => medianTimes(handle.db, scope, range)],
    ['medians roll-up counts + sorted scan', () => mediansFromRollups(handle.db, on, scope, range)],
    ['openByAge (snapshot, scan)', () => openByAge(handle.db, scope, now)],
    ['referrals (scan)', () => referralsByService(handle.db, scope, range)],
    ['screening (scan)', () => timeToScreening(handle.db, scope, range)],
  ];
  const line: string[] = [];
  for (const [label, f] of parts) {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      await f();
      if (i > 0) times.push(performance.now() - t0);
    }
    line.push(`${label} ${pct(times, 50).toFixed(1)}`);
  }
  console.log(`  punjab whole year by figure, p50 ms: ${line.join(', ')}`);
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
console.log(`\nsummary at ${N} reports: punjab dashboard, whole year: before (scan) ${fmt(yearScan)}; after (roll-ups) ${fmt(yearRollups)}`);
console.log(`summary at ${N} reports: queue first page over HTTP: ${httpSummary.join('; ')}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
console.log(`load average at end ${loadavg().map((l) => l.toFixed(1)).join(" ")}; uptime: ${execFileSync('uptime').toString().trim()}`);
