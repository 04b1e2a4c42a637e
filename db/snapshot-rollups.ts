// The hand-written part of migration 0016 (db/migrations/0016_snapshot_rollups.sql ends with snapshotRollupMigration();
// snapshot-rollups.test.ts checks it): triggers that keep report_open_daily, referral_daily, report_monthly_category and
// report_monthly_district exact as reports and referrals are written, the statements that fill them from the rows
// already stored, and the wait histograms rebuilt as WITHOUT ROWID tables.
// Why WITHOUT ROWID: a roll-up is read as a range of its primary key; in an ordinary table that key is a separate index,
// so every row read is one more lookup in the table for `n` (Punjab's year of wait histograms, 79,000 rows: 195 ms;
// clustered on the key, 49 ms). drizzle-kit cannot declare it, so the tables drizzle-kit made are edited in the migration
// (and a later drizzle-kit rebuild of one of these tables would make it an ordinary table again: same answers, slower).
import { waitHistogramSql } from './wait-histograms.ts';

const DAY = (r: string) => `date(${r}.created_at / 1000, 'unixepoch', '+5 hours')`;
const MONTH = (r: string) => `substr(date(${r}.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7)`;
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
 * Referrals per queue of their report (its current queue, as the scan's join sees it), day made, service and status.
 * Triggers on referrals, and on reports: a transfer moves the report's referrals to the new queue; a deleted report's
 * referrals leave the join (only possible with foreign keys off: libSQL turns them on).
 */
function referralDaily(): string[] {
  const add = (
    r: string,
  ) => `INSERT INTO referral_daily (queue_id, day, service, status, n) SELECT reports.queue_id, ${DAY(r)}, ${r}.service, ${r}.status, 1 FROM reports WHERE reports.id = ${r}.report_id
    ON CONFLICT (queue_id, day, service, status) DO UPDATE SET n = n + 1;`;
  const key = (r: string) =>
    `queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = ${r}.report_id) AND day = ${DAY(r)} AND service = ${r}.service AND status = ${r}.status`;
  const remove = (r: string) => `UPDATE referral_daily SET n = n - 1 WHERE ${key(r)};
  DELETE FROM referral_daily WHERE n = 0 AND ${key(r)};`;
  // A report's referrals, keyed as referral_daily is, to take them out of the report's old queue.
  const ofReport = (r: string) =>
    `(day, service, status) IN (SELECT ${DAY('x')}, x.service, x.status FROM referrals x WHERE x.report_id = ${r}.id)`;
  const countOf = (r: string) =>
    `(SELECT count(*) FROM referrals x WHERE x.report_id = ${r}.id AND ${DAY('x')} = referral_daily.day AND x.service = referral_daily.service AND x.status = referral_daily.status)`;
  const removeReport = (r: string) => `UPDATE referral_daily SET n = n - ${countOf(r)} WHERE queue_id = ${r}.queue_id AND ${ofReport(r)};
  DELETE FROM referral_daily WHERE n = 0 AND queue_id = ${r}.queue_id AND ${ofReport(r)};`;
  return [
    `CREATE TRIGGER referral_daily_ai AFTER INSERT ON referrals BEGIN\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER referral_daily_au AFTER UPDATE OF report_id, service, status, created_at ON referrals
  WHEN old.report_id IS NOT new.report_id OR old.service IS NOT new.service OR old.status IS NOT new.status OR ${DAY('old')} IS NOT ${DAY('new')}
BEGIN\n  ${remove('old')}\n  ${add('new')}\nEND;`,
    `CREATE TRIGGER referral_daily_ad AFTER DELETE ON referrals BEGIN\n  ${remove('old')}\nEND;`,
    `CREATE TRIGGER referral_daily_report_au AFTER UPDATE OF queue_id ON reports WHEN old.queue_id IS NOT new.queue_id BEGIN
  ${removeReport('old')}
  INSERT INTO referral_daily (queue_id, day, service, status, n) SELECT new.queue_id, ${DAY('x')}, x.service, x.status, count(*) FROM referrals x WHERE x.report_id = new.id GROUP BY 2, 3, 4
    ON CONFLICT (queue_id, day, service, status) DO UPDATE SET n = n + excluded.n;
END;`,
    `CREATE TRIGGER referral_daily_report_ad AFTER DELETE ON reports BEGIN\n  ${removeReport('old')}\nEND;`,
    `INSERT INTO referral_daily (queue_id, day, service, status, n)
  SELECT reports.queue_id, ${DAY('referrals')}, referrals.service, referrals.status, count(*) FROM referrals JOIN reports ON reports.id = referrals.report_id GROUP BY 1, 2, 3, 4;`,
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

/** report_wait_daily and report_wait_monthly (migration 0013) as WITHOUT ROWID tables; their triggers (0014) made again. */
function waitTablesClustered(): string[] {
  const triggers = waitHistogramSql().filter((s) => s.startsWith('CREATE TRIGGER'));
  const drops = triggers.map((t) => `DROP TRIGGER ${/^CREATE TRIGGER (\w+)/.exec(t)![1]};`);
  const rebuild = (table: string, period: string) => [
    `CREATE TABLE \`__new_${table}\` (
	\`queue_id\` text NOT NULL,
	\`${period}\` text NOT NULL,
	\`series\` text NOT NULL,
	\`bucket\` integer NOT NULL,
	\`n\` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(\`queue_id\`, \`${period}\`, \`series\`, \`bucket\`)
) WITHOUT ROWID;`,
    `INSERT INTO \`__new_${table}\` (queue_id, ${period}, series, bucket, n) SELECT queue_id, ${period}, series, bucket, n FROM \`${table}\`;`,
    `DROP TABLE \`${table}\`;`,
    `ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`,
  ];
  return [...drops, ...rebuild('report_wait_daily', 'day'), ...rebuild('report_wait_monthly', 'month'), ...triggers];
}

/** Every hand-written statement of migration 0016, in order. */
export function snapshotRollupSql(): string[] {
  return [
    ...openDaily(),
    ...referralDaily(),
    ...monthly('report_monthly_category', ['category']),
    ...monthly('report_monthly_district', ['province_id', 'district_id']),
    ...waitTablesClustered(),
  ];
}

/** The hand-written part of the migration file, after drizzle-kit's tables (themselves made WITHOUT ROWID there). */
export function snapshotRollupMigration(): string {
  const head =
    '-- From here on written by db/snapshot-rollups.ts (snapshotRollupSql); snapshot-rollups.test.ts checks that the two agree.\n';
  return `${head}${snapshotRollupSql().join('\n--> statement-breakpoint\n')}\n`;
}
