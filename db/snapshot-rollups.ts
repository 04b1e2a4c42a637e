// The hand-written part of migration 0016 (db/migrations/0016_snapshot_rollups.sql ends with snapshotRollupMigration();
// snapshot-rollups.test.ts checks it): triggers that keep report_open_daily, referral_daily, report_monthly_category and
// report_monthly_district (and referral_monthly) exact as reports and referrals are written, the statements that fill
// them from the rows already stored, and report_daily and the wait histograms rebuilt as WITHOUT ROWID tables.
// Why WITHOUT ROWID: a roll-up is read as a range of its primary key; in an ordinary table that key is a separate index,
// so every row read is one more lookup in the table. drizzle-kit cannot declare it, so the tables drizzle-kit made are edited in the migration
// (and a later drizzle-kit rebuild of one of these tables would make it an ordinary table again: same answers, slower).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pktDaySql, pktMonthSql } from '../domain/pakistan-time.ts';
import { migrationsFolder } from './migrate.ts';
import { waitHistogramSql } from './wait-histograms.ts';

const DAY = (r: string) => pktDaySql(`${r}.created_at`);
const MONTH = (r: string) => pktMonthSql(`${r}.created_at`);
const OPEN = (r: string) => `${r}.status <> 'closed'`;

/** Open reports per queue and Pakistan day of arrival; a change of status, queue or arrival moves or drops the count. */
function openDaily(): string[] {
  const add = (r: string) => `INSERT INTO report_open_daily (queue_id, day, n) SELECT ${r}.queue_id, ${DAY(r)}, 1 WHERE ${OPEN(r)}
    ON CONFLICT (queue_id, day) DO UPDATE SET n = n + 1;`;
  const key = (r: string) => `${OPEN(r)} AND queue_id = ${r}.queue_id AND day = ${DAY(r)}`;
  const remove = (r: string) => `UPDATE report_open_daily SET n = n - 1 WHERE ${key(r)};
  DELETE FROM report_open_daily WHERE n = 0 AND ${key(r)};`;
  return [
    `CREATE TRIGGER report_open_daily_ai AFTER INSERT ON reports WHEN ${OPEN('new')} BEGIN\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER report_open_daily_au AFTER UPDATE OF status, queue_id, created_at ON reports
  WHEN (${OPEN('old')}) IS NOT (${OPEN('new')}) OR (${OPEN('new')} AND (old.queue_id IS NOT new.queue_id OR ${DAY('old')} IS NOT ${DAY('new')}))
BEGIN\n  ${remove('old')}\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER report_open_daily_ad AFTER DELETE ON reports WHEN ${OPEN('old')} BEGIN\n  ${remove('old')}\nEND;`,
    `INSERT INTO report_open_daily (queue_id, day, n)
  SELECT reports.queue_id, ${DAY('reports')}, count(*) FROM reports WHERE ${OPEN('reports')} GROUP BY 1, 2;`,
  ];
}

/**
 * Referrals per queue of their report (its current queue, as the scan's join sees it), day (or month) made, service and
 * status. Triggers on referrals, and on reports: a transfer moves the report's referrals to the new queue; a deleted
 * report's referrals leave the join (only possible with foreign keys off: libSQL turns them on).
 */
function referralRollup(table: 'referral_daily' | 'referral_monthly', period: 'day' | 'month'): string[] {
  const of = period === 'day' ? DAY : MONTH;
  const keyCols = `queue_id, ${period}, service, status`;
  const add = (
    r: string,
  ) => `INSERT INTO ${table} (${keyCols}, n) SELECT reports.queue_id, ${of(r)}, ${r}.service, ${r}.status, 1 FROM reports WHERE reports.id = ${r}.report_id
    ON CONFLICT (${keyCols}) DO UPDATE SET n = n + 1;`;
  const key = (r: string) =>
    `queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = ${r}.report_id) AND ${period} = ${of(r)} AND service = ${r}.service AND status = ${r}.status`;
  const remove = (r: string) => `UPDATE ${table} SET n = n - 1 WHERE ${key(r)};
  DELETE FROM ${table} WHERE n = 0 AND ${key(r)};`;
  // A report's referrals, keyed as the table is, to take them out of the report's old queue.
  const ofReport = (r: string) =>
    `(${period}, service, status) IN (SELECT ${of('x')}, x.service, x.status FROM referrals x WHERE x.report_id = ${r}.id)`;
  const countOf = (r: string) =>
    `(SELECT count(*) FROM referrals x WHERE x.report_id = ${r}.id AND ${of('x')} = ${table}.${period} AND x.service = ${table}.service AND x.status = ${table}.status)`;
  const removeReport = (r: string) => `UPDATE ${table} SET n = n - ${countOf(r)} WHERE queue_id = ${r}.queue_id AND ${ofReport(r)};
  DELETE FROM ${table} WHERE n = 0 AND queue_id = ${r}.queue_id AND ${ofReport(r)};`;
  const fill =
    period === 'day'
      ? `INSERT INTO ${table} (${keyCols}, n)
  SELECT reports.queue_id, ${DAY('referrals')}, referrals.service, referrals.status, count(*) FROM referrals JOIN reports ON reports.id = referrals.report_id GROUP BY 1, 2, 3, 4;`
      : `INSERT INTO ${table} (${keyCols}, n)
  SELECT queue_id, substr(day, 1, 7), service, status, sum(n) FROM referral_daily GROUP BY 1, 2, 3, 4;`;
  return [
    `CREATE TRIGGER ${table}_ai AFTER INSERT ON referrals BEGIN\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER ${table}_au AFTER UPDATE OF report_id, service, status, created_at ON referrals
  WHEN old.report_id IS NOT new.report_id OR old.service IS NOT new.service OR old.status IS NOT new.status OR ${of('old')} IS NOT ${of('new')}
BEGIN\n  ${remove('old')}\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER ${table}_ad AFTER DELETE ON referrals BEGIN\n  ${remove('old')}\nEND;`,
    `CREATE TRIGGER ${table}_report_au AFTER UPDATE OF queue_id ON reports WHEN old.queue_id IS NOT new.queue_id BEGIN
  ${removeReport('old')}
  INSERT INTO ${table} (${keyCols}, n) SELECT new.queue_id, ${of('x')}, x.service, x.status, count(*) FROM referrals x WHERE x.report_id = new.id GROUP BY 2, 3, 4
    ON CONFLICT (${keyCols}) DO UPDATE SET n = n + excluded.n;
END;`,
    `CREATE TRIGGER ${table}_report_ad AFTER DELETE ON reports BEGIN\n  ${removeReport('old')}\nEND;`,
    fill,
  ];
}

/** report_daily_category / report_daily_district per Pakistan month, filled by summing the daily tables. */
function monthly(table: string, cols: string[]): string[] {
  const keyCols = ['queue_id', 'month', ...cols].join(', ');
  const add = (
    r: string,
  ) => `INSERT INTO ${table} (${keyCols}, n) VALUES (${r}.queue_id, ${MONTH(r)}, ${cols.map((c) => `${r}.${c}`).join(', ')}, 1)
    ON CONFLICT (${keyCols}) DO UPDATE SET n = n + 1;`;
  const key = (r: string) => `queue_id = ${r}.queue_id AND month = ${MONTH(r)} AND ${cols.map((c) => `${c} = ${r}.${c}`).join(' AND ')}`;
  const remove = (r: string) => `UPDATE ${table} SET n = n - 1 WHERE ${key(r)};
  DELETE FROM ${table} WHERE n = 0 AND ${key(r)};`;
  const daily = table.replace('report_monthly', 'report_daily');
  return [
    `CREATE TRIGGER ${table}_ai AFTER INSERT ON reports BEGIN\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER ${table}_au AFTER UPDATE OF queue_id, created_at, ${cols.join(', ')} ON reports
  WHEN old.queue_id IS NOT new.queue_id OR ${MONTH('old')} IS NOT ${MONTH('new')} OR ${cols.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ')}
BEGIN\n  ${remove('old')}\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER ${table}_ad AFTER DELETE ON reports BEGIN\n  ${remove('old')}\nEND;`,
    `INSERT INTO ${table} (${keyCols}, n)
  SELECT queue_id, substr(day, 1, 7), ${cols.join(', ')}, sum(n) FROM ${daily} GROUP BY 1, 2, ${cols.map((_, i) => i + 3).join(', ')};`,
  ];
}

/** The statements of an earlier migration file, as drizzle's migrator splits them. */
const statementsOf = (file: string) =>
  readFileSync(join(migrationsFolder, file), 'utf8')
    .split('--> statement-breakpoint')
    // Without the comment lines a file opens with.
    .map((s) => s.replace(/^(\s*--[^\n]*\n)+/, '').trim());

/** A roll-up table copied into a WITHOUT ROWID twin of the same columns and key, which then takes its name. */
function clustered(table: string, columns: string, key: string): string[] {
  const names = columns
    .split('\n')
    .map((c) => /`(\w+)`/.exec(c)![1])
    .join(', ');
  return [
    `CREATE TABLE \`__new_${table}\` (\n${columns},\n\tPRIMARY KEY(${key})\n) WITHOUT ROWID;`,
    `INSERT INTO \`__new_${table}\` (${names}) SELECT ${names} FROM \`${table}\`;`,
    `DROP TABLE \`${table}\`;`,
    `ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`,
  ];
}

/**
 * report_daily (0009) and the wait histograms (0013) made WITHOUT ROWID. Their triggers name them, so they are dropped
 * first and made again after, with the same text: 0010's report_daily triggers, db/wait-histograms.ts's (0014).
 */
function earlierTablesClustered(): string[] {
  const dailyTriggers = statementsOf('0010_report_daily_triggers.sql').filter((s) => /^CREATE TRIGGER report_daily_a[iud] /.test(s));
  const waitTriggers = waitHistogramSql().filter((s) => s.startsWith('CREATE TRIGGER'));
  const triggers = [...dailyTriggers, ...waitTriggers];
  const drops = triggers.map((t) => `DROP TRIGGER ${/^CREATE TRIGGER (\w+)/.exec(t)![1]};`);
  const wait = (period: string) =>
    [
      `\`queue_id\` text NOT NULL`,
      `\`${period}\` text NOT NULL`,
      `\`series\` text NOT NULL`,
      `\`bucket\` integer NOT NULL`,
      `\`n\` integer DEFAULT 0 NOT NULL`,
    ]
      .map((c) => `\t${c}`)
      .join(',\n');
  const daily = [
    'queue_id` text',
    'day` text',
    'priority` text',
    'n` integer DEFAULT 0',
    'met` integer DEFAULT 0',
    'acted` integer DEFAULT 0',
    'closed` integer DEFAULT 0',
  ]
    .map((c) => `\t\`${c} NOT NULL`)
    .join(',\n');
  return [
    ...drops,
    ...clustered('report_daily', daily, '`queue_id`, `day`, `priority`'),
    ...clustered('report_wait_daily', wait('day'), '`queue_id`, `day`, `series`, `bucket`'),
    ...clustered('report_wait_monthly', wait('month'), '`queue_id`, `month`, `series`, `bucket`'),
    ...triggers,
  ];
}

/** Every hand-written statement of migration 0016, in order. */
export function snapshotRollupSql(): string[] {
  return [
    ...openDaily(),
    ...referralRollup('referral_daily', 'day'),
    ...referralRollup('referral_monthly', 'month'),
    ...monthly('report_monthly_category', ['category']),
    ...monthly('report_monthly_district', ['province_id', 'district_id']),
    ...earlierTablesClustered(),
  ];
}

/** The hand-written part of the migration file, after drizzle-kit's tables (themselves made WITHOUT ROWID there). */
export function snapshotRollupMigration(): string {
  const head =
    '-- From here on written by db/snapshot-rollups.ts (snapshotRollupSql); snapshot-rollups.test.ts checks that the two agree.\n';
  return `${head}${snapshotRollupSql().join('\n--> statement-breakpoint\n')}\n`;
}
