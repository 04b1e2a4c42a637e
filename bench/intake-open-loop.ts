// bench:intake's open loop: reports sent at a fixed arrival rate whatever the server answers, each one's latency
// counted from the moment it was due to be sent (a slow answer never delays the next send, so a stall shows
// in the figures instead of hiding: no coordinated omission). Then SIGKILL, and every acknowledged reference
// is looked for in the file. BENCH_RATE (reports/s, default 100) and BENCH_DURATION (seconds, default 30).
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createClient } from '@libsql/client';
import { startServer } from '../tests/fixtures/server-process.ts';
import { intakePayload, type PostOutcome, postReport } from './intake-payload.ts';

export const OPEN_RATE = Number(process.env.BENCH_RATE ?? 100);
export const OPEN_SECONDS = Number(process.env.BENCH_DURATION ?? 30);

/** Sends `rate × seconds` reports, the i-th due at start + i / rate, on as many sockets as are in flight. */
async function schedule(port: number, rate: number, seconds: number, offset: number): Promise<PostOutcome[]> {
  // No socket limit: a request that had to wait for a free socket would be the client holding back, not the server.
  const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const total = Math.round(rate * seconds);
  const pending: Promise<PostOutcome>[] = [];
  const start = performance.now() + 50;
  const dueAt = (i: number) => start + (i * 1000) / rate;
  let i = 0;
  while (i < total) {
    const now = performance.now();
    // Everything already due goes now (a late timer does not drop or postpone sends; their wait is counted).
    while (i < total && dueAt(i) <= now) {
      pending.push(postReport(agent, port, intakePayload(offset + i), dueAt(i)));
      i++;
    }
    if (i < total) await new Promise((r) => setTimeout(r, Math.max(0, dueAt(i) - performance.now())));
  }
  const sent = await Promise.all(pending);
  agent.destroy();
  return sent;
}

export interface OpenLoopResult {
  rate: number;
  sent: number;
  accepted: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  statuses: Record<string, number>;
}

export async function openLoop(rate = OPEN_RATE, seconds = OPEN_SECONDS): Promise<OpenLoopResult> {
  const server = await startServer({ env: { REPORT_RATE_LIMIT: '100000000/60', NODE_ENV: 'production' } });
  try {
    // A short warm-up at the same rate (JIT, prepared statements, page cache), not counted.
    await schedule(server.port, rate, Math.min(3, seconds), 2_000_000);
    const sent = await schedule(server.port, rate, seconds, 0);
    await server.kill('SIGKILL');
    const client = createClient({ url: `file:${server.dbFile}` });
    const stored = new Set((await client.execute('SELECT reference FROM reports')).rows.map((r) => String(r.reference)));
    client.close();
    const acknowledged = sent.filter((s) => s.status === 201);
    const missing = acknowledged.filter((s) => !stored.has(s.reference!)).length;
    const latencies = sent.map((s) => s.latencyMs).sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    const statuses: Record<string, number> = {};
    for (const s of sent) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
    return {
      rate,
      sent: sent.length,
      accepted: acknowledged.length,
      p50: at(50),
      p99: at(99),
      max: latencies.at(-1) ?? 0,
      // Lost: acknowledged but not in the file after the kill, plus every report that was not acknowledged.
      lost: missing + (sent.length - acknowledged.length),
      statuses,
    };
  } finally {
    await server.stop();
  }
}

export function openLoopLine(r: OpenLoopResult): string {
  return `open_loop rate=${r.rate}/s sent=${r.sent} accepted=${r.accepted} p50=${r.p50.toFixed(1)}ms p99=${r.p99.toFixed(1)}ms lost=${r.lost}`;
}
