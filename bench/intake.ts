// `npm run bench:intake`: N reports at concurrency C through POST /api/reports on the real server (own process,
// temporary database), then every acknowledged reference is looked for in the database after a SIGKILL,
// then the raw limit of the same durable single-row insert straight through @libsql/client.
// Prints only what it measured, and the machine's load. BENCH_REPORTS (default 20000), BENCH_CONCURRENCY (64),
// BENCH_RAW_ROWS (5000). First, where one report's time goes, stage by stage (bench/intake-stages.ts).
// The intake runs twice in one go, on the same machine: group commit off (INTAKE_GROUP_COMMIT_MS=0, every
// report its own transaction) and on (the default window); BENCH_MODES=on runs only one. With BENCH_BEFORE_ROOT
// set to an export of an earlier commit (e.g. `git archive main | tar -x -C /tmp/before` plus a node_modules
// link), mode `before` runs that code's server first, so before and after are measured in one run.
// Mode `open` (in the default list) sends at a fixed arrival rate instead (bench/intake-open-loop.ts: BENCH_RATE,
// BENCH_DURATION) and prints one `open_loop …` line; BENCH_MODES=open runs only that.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '@libsql/client';
import { hashReceipt, newReceipt, newReference } from '../api/crypto/receipt.ts';
import { createSealer, generateKey } from '../api/crypto/seal.ts';
import { createDb } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { seedReference } from '../db/seed.ts';
import { loadDirectory } from '../directory/routing.ts';
import { DEFAULT_LANG } from '../domain/languages.ts';
import { startServer } from '../tests/fixtures/server-process.ts';
import { openLoop, openLoopLine } from './intake-open-loop.ts';
import { intakePayload, type PostOutcome, postReport } from './intake-payload.ts';
import { measureStages, printStages } from './intake-stages.ts';

const N = Number(process.env.BENCH_REPORTS ?? 20_000);
const C = Number(process.env.BENCH_CONCURRENCY ?? 64);
const RAW_ROWS = Number(process.env.BENCH_RAW_ROWS ?? Math.min(N, 5_000));
const WARMUP = Math.min(200, N);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => n.toFixed(1);

async function run(agent: Agent, port: number, count: number, offset: number) {
  const outcomes: PostOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      outcomes.push(await postReport(agent, port, intakePayload(offset + i)));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(C, count) }, worker));
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

async function intake(groupCommitMs: string, root?: string) {
  const server = await startServer({
    root,
    env: { REPORT_RATE_LIMIT: '100000000/60', NODE_ENV: 'production', INTAKE_GROUP_COMMIT_MS: groupCommitMs },
  });
  const agent = new Agent({ keepAlive: true, maxSockets: C });
  try {
    await run(agent, server.port, WARMUP, 1_000_000);
    const { outcomes, seconds } = await run(agent, server.port, N, 0);
    agent.destroy();
    // Acknowledged means committed: kill without a chance to flush, then read the file.
    await server.kill('SIGKILL');
    const acknowledged = outcomes.filter((o) => o.status === 201).map((o) => o.reference!);
    const client = createClient({ url: `file:${server.dbFile}` });
    const stored = new Set((await client.execute('SELECT reference FROM reports')).rows.map((r) => String(r.reference)));
    const events = Number((await client.execute("SELECT count(*) AS n FROM report_events WHERE type = 'created'")).rows[0]!.n);
    const integrity = String((await client.execute('PRAGMA integrity_check')).rows[0]![0]);
    const sync = Number((await client.execute('PRAGMA synchronous')).rows[0]![0]);
    const journal = String((await client.execute('PRAGMA journal_mode')).rows[0]![0]);
    client.close();
    const lost = acknowledged.filter((r) => !stored.has(r)).length;
    const latencies = outcomes.map((o) => o.latencyMs).sort((a, b) => a - b);
    const statuses = new Map<number, number>();
    for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    const non2xx = outcomes.filter((o) => o.status < 200 || o.status > 299).length;
    return {
      acknowledged: acknowledged.length,
      seconds,
      latencies,
      non2xx,
      statuses,
      lost,
      stored: stored.size,
      events,
      integrity,
      sync,
      journal,
    };
  } finally {
    await server.stop();
  }
}

/** The same row (sealed text, receipt index and argon2 hash made beforehand) inserted one durable commit at a time. */
async function raw() {
  const dir = mkdtempSync(join(tmpdir(), 'hifazat-raw-'));
  const handle = await createDb(`file:${join(dir, 'raw.db')}`);
  await migrateDb(handle.db);
  await seedReference(handle.db, loadDirectory());
  const sealer = createSealer(generateKey());
  const receipt = newReceipt();
  const receiptHash = await hashReceipt(receipt);
  const description = JSON.parse(intakePayload(1)).description as string;
  const now = Date.now();
  const sql = `INSERT INTO reports (reference, receipt_index, receipt_hash, locale, reporter, category, immediate_danger, age_band, gender,
    province_id, district_id, details_ct, description_ct, priority, due_at, triage_reasons, queue_id, verified, created_at, updated_at)
    VALUES (?, ?, ?, '${DEFAULT_LANG}', 'neighbour_or_community', 'neglect', 0, '5-9', 'girl', 'punjab', 'lahore', ?, ?, 'P3', ?, '[]', 'cpu-lahore', 0, ?, ?)`;
  const client = handle.client;
  const sync = Number((await client.execute('PRAGMA synchronous')).rows[0]![0]);
  const started = performance.now();
  for (let i = 0; i < RAW_ROWS; i++) {
    await client.execute({
      sql,
      args: [
        newReference() + i,
        sealer.mac('receipt', receipt + i),
        receiptHash,
        sealer.seal('Near the market', 'report.details'),
        sealer.seal(description, 'report.description'),
        now + 72 * 3600_000,
        now,
        now,
      ],
    });
  }
  const seconds = (performance.now() - started) / 1000;
  handle.close();
  rmSync(dir, { recursive: true, force: true });
  return { rows: RAW_ROWS, seconds, perSecond: RAW_ROWS / seconds, sync };
}

/** Cost of the receipt's argon2id hash, alone and with both libuv threads busy. */
async function argon2() {
  const n = 200;
  let t = performance.now();
  for (let i = 0; i < n; i++) await hashReceipt(newReceipt());
  const sequentialMs = (performance.now() - t) / n;
  t = performance.now();
  await Promise.all(Array.from({ length: n }, () => hashReceipt(newReceipt())));
  const parallelPerSecond = n / ((performance.now() - t) / 1000);
  return { sequentialMs, parallelPerSecond };
}

console.log(`uptime at start: ${execFileSync('uptime').toString().trim()}`);
console.log(
  `machine: ${availableParallelism()} cpus (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other work on the machine inflates every figure)`,
);
console.log(`bench:intake reports=${N} concurrency=${C} (after ${WARMUP} warm-up reports)`);
const a = await argon2();
console.log(`argon2id receipt hash: ${ms(a.sequentialMs)} ms each alone, ${a.parallelPerSecond.toFixed(0)}/s with the thread pool busy`);
// Where one report's time goes, stage by stage (in this process, one at a time): BENCH_STAGES=0 skips it.
if (process.env.BENCH_STAGES !== '0') printStages(await measureStages(Number(process.env.BENCH_STAGE_REPORTS ?? 300)));
const BEFORE_ROOT = process.env.BENCH_BEFORE_ROOT;
const MODES = (process.env.BENCH_MODES ?? (BEFORE_ROOT ? 'before,on,open' : 'off,on,open')).split(',');
const results: { mode: string; perSecond: number }[] = [];
const openLines: string[] = [];
for (const mode of MODES) {
  if (mode === 'open') {
    const o = await openLoop();
    const line = `${openLoopLine(o)}  (statuses ${JSON.stringify(o.statuses)}, max ${ms(o.max)}ms, load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`;
    openLines.push(line);
    console.log(line);
    continue;
  }
  const windowMs = mode === 'off' ? '0' : '2';
  const i = await intake(windowMs, mode === 'before' ? BEFORE_ROOT : undefined);
  const acceptedPerSecond = i.acknowledged / i.seconds;
  results.push({ mode, perSecond: acceptedPerSecond });
  const label =
    mode === 'before'
      ? `before: the server of ${BEFORE_ROOT}`
      : mode === 'off'
        ? 'group commit off (each report its own transaction)'
        : `group commit on (window ${windowMs} ms)`;
  console.log(
    `--- ${label}, load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `intake: ${i.acknowledged} accepted in ${i.seconds.toFixed(1)} s = ${acceptedPerSecond.toFixed(0)} accepted/s; ` +
      `latency p50=${ms(pct(i.latencies, 50))}ms p95=${ms(pct(i.latencies, 95))}ms p99=${ms(pct(i.latencies, 99))}ms max=${ms(i.latencies.at(-1)!)}ms`,
  );
  console.log(`non2xx=${i.non2xx} statuses=${JSON.stringify(Object.fromEntries(i.statuses))}`);
  console.log(
    `lost=${i.lost} (acknowledged ${i.acknowledged}, rows in database ${i.stored} incl. warm-up, created events ${i.events}; after SIGKILL: integrity_check=${i.integrity}, journal_mode=${i.journal}, synchronous=${i.sync})`,
  );
}
if (results.length > 0) {
  const r = await raw();
  console.log(
    `raw: ${r.rows} single-row inserts of the same sealed payload in ${r.seconds.toFixed(1)} s = ${r.perSecond.toFixed(0)}/s (WAL, synchronous=${r.sync})`,
  );
  for (const { mode, perSecond } of results) console.log(`ratio(${mode})=${(perSecond / r.perSecond).toFixed(2)}`);
}
for (const line of openLines) console.log(line);
console.log(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; uptime: ${execFileSync('uptime').toString().trim()}`,
);
