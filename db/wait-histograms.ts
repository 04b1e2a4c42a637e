// The SQL of migration 0014 (db/migrations/0014_wait_histogram_triggers.sql, written from waitHistogramSql() and
// checked against it by wait-histograms.test.ts): triggers that keep report_wait_daily and report_wait_monthly exact
// as reports are inserted, updated and deleted, and the statements that fill both from the reports already stored.
// A report counts in the bucket (db/wait-buckets.ts) of its wait, under its queue and its arrival's Pakistan day and
// month; a change of anything the wait depends on moves it from the old bucket to the new one.
import { pktDaySql, pktMonthSql } from '../domain/pakistan-time.ts';
import { bucketRows, bucketSql } from './wait-buckets.ts';

interface Series {
  id: string;
  end: string;
  /** The series' name for a row alias (new, old or reports). */
  name: (r: string) => string;
  /** Columns whose change moves a report to another bucket or series. */
  inputs: string[];
}

const SERIES: Series[] = [
  { id: 'acted', end: 'first_action_at', name: () => `'acted'`, inputs: ['queue_id', 'created_at', 'first_action_at'] },
  { id: 'closed', end: 'closed_at', name: () => `'closed'`, inputs: ['queue_id', 'created_at', 'closed_at'] },
  {
    id: 'screened',
    end: 'screened_at',
    name: (r) => `'screened:' || ${r}.priority`,
    inputs: ['queue_id', 'created_at', 'screened_at', 'priority'],
  },
];
const LEVELS = [
  { table: 'report_wait_daily', period: 'day', of: (r: string) => pktDaySql(`${r}.created_at`) },
  {
    table: 'report_wait_monthly',
    period: 'month',
    of: (r: string) => pktMonthSql(`${r}.created_at`),
  },
];

const wait = (s: Series, r: string) => `${r}.${s.end} - ${r}.created_at`;

function add(s: Series, r: string, level: (typeof LEVELS)[number]): string {
  return `INSERT INTO ${level.table} (queue_id, ${level.period}, series, bucket, n) SELECT ${r}.queue_id, ${level.of(r)}, ${s.name(r)}, ${bucketSql(wait(s, r))}, 1 WHERE ${r}.${s.end} IS NOT NULL
    ON CONFLICT (queue_id, ${level.period}, series, bucket) DO UPDATE SET n = n + 1;`;
}

function remove(s: Series, r: string, level: (typeof LEVELS)[number]): string {
  // Guarded like add(): a report without this end time is in no bucket of the series.
  const key = `${r}.${s.end} IS NOT NULL AND queue_id = ${r}.queue_id AND ${level.period} = ${level.of(r)} AND series = ${s.name(r)} AND bucket = ${bucketSql(wait(s, r))}`;
  return `UPDATE ${level.table} SET n = n - 1 WHERE ${key};\n  DELETE FROM ${level.table} WHERE n = 0 AND ${key};`;
}

function fill(): string[] {
  const rows = SERIES.map(
    (s) =>
      `SELECT reports.queue_id AS queue_id, ${LEVELS[0]!.of('reports')} AS day, ${s.name('reports')} AS series, ${bucketSql(wait(s, 'reports'))} AS bucket FROM reports WHERE reports.${s.end} IS NOT NULL`,
  );
  return [
    `INSERT INTO report_wait_daily (queue_id, day, series, bucket, n)\n  SELECT queue_id, day, series, bucket, count(*) FROM (\n    ${rows.join('\n    UNION ALL ')}\n  ) GROUP BY 1, 2, 3, 4;`,
    `INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n)\n  SELECT queue_id, substr(day, 1, 7), series, bucket, sum(n) FROM report_wait_daily GROUP BY 1, 2, 3, 4;`,
  ];
}

/** Every statement of the migration, in order. */
export function waitHistogramSql(): string[] {
  const triggers = SERIES.flatMap((s) => [
    `CREATE TRIGGER report_wait_${s.id}_ai AFTER INSERT ON reports WHEN new.${s.end} IS NOT NULL BEGIN\n  ${LEVELS.map((l) => add(s, 'new', l)).join('\n  ')}\nEND;`,
    `CREATE TRIGGER report_wait_${s.id}_au AFTER UPDATE OF ${s.inputs.join(', ')} ON reports\n  WHEN ${s.inputs.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ')}\nBEGIN\n  ${LEVELS.map((l) => remove(s, 'old', l)).join('\n  ')}\n  ${LEVELS.map((l) => add(s, 'new', l)).join('\n  ')}\nEND;`,
    `CREATE TRIGGER report_wait_${s.id}_ad AFTER DELETE ON reports WHEN old.${s.end} IS NOT NULL BEGIN\n  ${LEVELS.map((l) => remove(s, 'old', l)).join('\n  ')}\nEND;`,
  ]);
  const buckets = `INSERT INTO wait_buckets (bucket, lo_minute) VALUES ${bucketRows()
    .map((r) => `(${r.bucket}, ${r.loMinute})`)
    .join(', ')};`;
  return [buckets, ...triggers, ...fill()];
}

/** The migration file's text: drizzle's statement breakpoints between the statements. */
export function waitHistogramMigration(): string {
  const head = '-- Written by db/wait-histograms.ts (waitHistogramSql); wait-histograms.test.ts checks that the two agree.\n';
  return `${head}${waitHistogramSql().join('\n--> statement-breakpoint\n')}\n`;
}
