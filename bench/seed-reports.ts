// Synthetic reports for the benches (bench:queue, bench/dashboard.ts, bench/statistics.ts), written straight
// through @libsql/client in large transactions with the schema's indexes and roll-up triggers on. One generator, so
// every bench measures the same kind of data: population-weighted places (Punjab about half, big cities heavier),
// P1 5 % / P2 25 % / P3 55 % / P4 15 %, arrival times over `spanDays` (skewed towards the present when skew > 1),
// open share falling with age, first action, screening and closure consistent with the status, and a share of the
// reports referred to a service. Deterministic for a given seed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, InArgs } from '@libsql/client';
import { hashReceipt } from '../api/crypto/receipt.ts';
import { createSealer, generateKey } from '../api/crypto/seal.ts';
import { createDb } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { seedReference } from '../db/seed.ts';
import { type Directory, loadDirectory } from '../directory/routing.ts';
import { LANGS } from '../domain/languages.ts';
import { CATEGORIES, CLOSE_REASONS, REFERRAL_STATUSES, SERVICES } from '../domain/vocabulary.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SLA_MS = { P1: HOUR, P2: 24 * HOUR, P3: 72 * HOUR, P4: 7 * DAY } as const;
const PRIORITY_WEIGHT = [
  ['P1', 5],
  ['P2', 25],
  ['P3', 55],
  ['P4', 15],
] as const;
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
const CITY_WEIGHT: Record<string, number> = {
  lahore: 8,
  faisalabad: 3,
  rawalpindi: 3,
  multan: 2,
  peshawar: 5,
  quetta: 4,
  'karachi-central': 3,
  'karachi-east': 3,
  'karachi-south': 3,
  hyderabad: 2,
};
const OPEN = ['new', 'assigned', 'in_progress', 'referred'] as const;

export interface SeedOptions {
  count: number;
  now: number;
  /** Reports arrive over this many days before `now`. */
  spanDays: number;
  /** 1 spreads arrivals evenly; larger puts more of them near `now` (a growing service). */
  skew?: number;
  /** Share of reports with a referral (by report id). */
  referredShare?: number;
  /** REPORT_KEY the sample descriptions are sealed with (bench:queue reads reports through the real server). */
  reportKey: string;
  seed?: number;
}

/** A small deterministic generator (mulberry32): the same seed gives the same reports. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(items: readonly T[], weight: (t: T) => number, random: () => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const item of items) {
    sum += weight(item);
    cumulative.push(sum);
  }
  return () => {
    const x = random() * sum;
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

const COLUMNS = [
  'reference',
  'receipt_index',
  'receipt_hash',
  'locale',
  'reporter',
  'category',
  'immediate_danger',
  'age_band',
  'gender',
  'province_id',
  'district_id',
  'description_ct',
  'priority',
  'due_at',
  'queue_id',
  'status',
  'reporter_status',
  'verified',
  'created_at',
  'updated_at',
  'first_action_at',
  'closed_at',
  'close_reason',
  'screened_at',
];
const ROWS_PER_STATEMENT = 100;
const STATEMENTS_PER_TX = 50;
const insertSql = (rows: number) =>
  `INSERT INTO reports (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(',')})`).join(',')}`;
/** A JSON array literal of a vocabulary list, to pick from in SQL by index. */
const jsonList = (xs: readonly string[]) => `'${JSON.stringify(xs)}'`;

/** Inserts `count` reports (and their referrals); returns the seconds it took. */
export async function seedReports(client: Client, directory: Directory, o: SeedOptions): Promise<number> {
  const started = performance.now();
  const random = mulberry32(o.seed ?? 1);
  const places = directory.provinces.flatMap((p) =>
    p.districts.map((d) => ({ province: p.id, district: d.id, queueId: d.queueId, weight: CITY_WEIGHT[d.id] ?? 1 })),
  );
  const byProvince = new Map<string, number>();
  for (const p of places) byProvince.set(p.province, (byProvince.get(p.province) ?? 0) + p.weight);
  const pickPlace = weighted(places, (p) => (p.weight / byProvince.get(p.province)!) * (PROVINCE_WEIGHT[p.province] ?? 1), random);
  const pickPriority = weighted(PRIORITY_WEIGHT, (x) => x[1], random);
  const sealer = createSealer(o.reportKey);
  const receiptHash = await hashReceipt('0000000000000000');
  const sealed = Array.from({ length: 64 }, (_, i) =>
    sealer.seal(
      `A child in the neighbourhood is being hurt, sample description number ${i}, with some detail about what happened and when.`,
      'report.description',
    ),
  );
  const skew = o.skew ?? 1;
  const row = (i: number): unknown[] => {
    const place = pickPlace();
    const priority = pickPriority()[0];
    const ageMs = Math.floor(random() ** skew * o.spanDays * DAY);
    const createdAt = o.now - ageMs;
    const dueAt = createdAt + SLA_MS[priority];
    const openChance = ageMs < 7 * DAY ? 0.85 : ageMs < 30 * DAY ? 0.45 : ageMs < 90 * DAY ? 0.12 : 0.02;
    const status = random() < openChance ? OPEN[Math.floor(random() * (ageMs < DAY ? 1.5 : 4))]! : 'closed';
    // Screening comes first (minutes to a day or two), then the first action, then the closure; none after now.
    const screenedAt = status === 'new' && random() < 0.5 ? null : Math.min(o.now, createdAt + Math.floor(random() ** 3 * 2 * DAY));
    const firstActionAt = status === 'new' ? null : Math.min(o.now, createdAt + Math.floor(random() * 1.6 * SLA_MS[priority]));
    const closedAt = status === 'closed' ? Math.min(o.now, firstActionAt! + Math.floor(random() * 20 * DAY)) : null;
    const reporterStatus =
      status === 'closed' ? 'closed' : status === 'referred' ? 'referred' : status === 'new' ? 'received' : 'in_review';
    return [
      `CP-B${i.toString(36).toUpperCase().padStart(7, '0')}`,
      `bench-${i}`,
      receiptHash,
      LANGS[i % LANGS.length],
      'neighbour_or_community',
      CATEGORIES[i % CATEGORIES.length],
      priority === 'P1' ? 1 : 0,
      '5-9',
      i % 2 ? 'girl' : 'boy',
      place.province,
      place.district,
      sealed[i % sealed.length],
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
      closedAt === null ? null : CLOSE_REASONS[i % CLOSE_REASONS.length],
      screenedAt,
    ];
  };
  for (let done = 0; done < o.count; ) {
    const statements = [];
    for (let s = 0; s < STATEMENTS_PER_TX && done < o.count; s++) {
      const rows = Math.min(ROWS_PER_STATEMENT, o.count - done);
      const args: unknown[] = [];
      for (let r = 0; r < rows; r++) args.push(...row(done + r));
      statements.push({ sql: insertSql(rows), args: args as InArgs });
      done += rows;
    }
    await client.batch(statements, 'write');
  }
  const share = o.referredShare ?? 0;
  if (share > 0) {
    const every = Math.max(1, Math.round(1 / share));
    await client.execute(`INSERT INTO referrals (report_id, service, status, created_at, updated_at)
      SELECT id, json_extract(${jsonList(SERVICES)}, '$[' || ((id / ${every}) % ${SERVICES.length}) || ']'),
        json_extract(${jsonList(REFERRAL_STATUSES)}, '$[' || ((id / ${every} / ${SERVICES.length}) % ${REFERRAL_STATUSES.length}) || ']'), created_at + 3600000, created_at + 3600000
      FROM reports WHERE id % ${every} = 0 AND reference LIKE 'CP-B%'`);
  }
  await client.execute('ANALYZE');
  return (performance.now() - started) / 1000;
}

/**
 * A throwaway database for a bench: migrated, the reference data seeded, and `count` synthetic reports over
 * `spanDays` (a tenth referred). Prints how long the seeding took; `dispose()` closes it and deletes its folder.
 */
export async function benchDatabase(o: { count: number; spanDays: number; prefix: string }) {
  const dir = mkdtempSync(join(tmpdir(), o.prefix));
  const handle = await createDb(`file:${join(dir, 'bench.db')}`);
  await migrateDb(handle.db);
  const directory = loadDirectory();
  await seedReference(handle.db, directory);
  const now = Date.now();
  const t0 = performance.now();
  await seedReports(handle.client, directory, { count: o.count, now, spanDays: o.spanDays, referredShare: 0.1, reportKey: generateKey() });
  process.stdout.write(`inserted ${o.count} reports in ${Math.round(performance.now() - t0)} ms\n`);
  const dispose = () => {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db: handle.db, client: handle.client, now, dispose };
}
