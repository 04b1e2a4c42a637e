// Roll-up tables of `reports` for the dashboards: no foreign keys, kept by SQLite triggers (migrations 0010, 0013,
// 0014), re-exported by db/schema.ts so drizzle-kit and the code see one schema.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { PRIORITIES } from '../domain/vocabulary.ts';

// ---- Daily roll-ups of `reports` for the dashboards (api/figures/rollups.ts). Kept exact by SQLite triggers on
// reports (insert, update of the columns each depends on, delete), filled from existing rows by migration
// 0010_report_daily_triggers. `day` is the Pakistan calendar day of created_at (UTC+5), as the dashboard counts.
// Three narrow tables rather than one table over day × queue × district × category × priority: with a million
// reports that full cross product had about as many cells as a province's reports (nothing to gain); per figure,
// a province's year is ~15k (priority), ~50k (category) and ~13k (district) rows at most.

/** Per queue, day and priority: reports in, and the counts the SLA and median figures need. */
export const reportDaily = sqliteTable(
  'report_daily',
  {
    queueId: text('queue_id').notNull(),
    day: text('day').notNull(),
    priority: text('priority', { enum: PRIORITIES }).notNull(),
    n: integer('n').notNull().default(0),
    // first_action_at IS NOT NULL AND first_action_at <= due_at (SLA met; does not depend on "now").
    met: integer('met').notNull().default(0),
    // first_action_at IS NOT NULL (how many the first-action median is taken over).
    acted: integer('acted').notNull().default(0),
    // closed_at IS NOT NULL (how many the closure median is taken over).
    closed: integer('closed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.day, t.priority] })],
);

/** Per queue, day and category: reports in. */
export const reportDailyCategory = sqliteTable(
  'report_daily_category',
  {
    queueId: text('queue_id').notNull(),
    day: text('day').notNull(),
    category: text('category').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.day, t.category] })],
);

/** Per queue, day and district (the report's place, which a transfer does not change): reports in. */
export const reportDailyDistrict = sqliteTable(
  'report_daily_district',
  {
    queueId: text('queue_id').notNull(),
    day: text('day').notNull(),
    provinceId: text('province_id').notNull(),
    districtId: text('district_id').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.day, t.provinceId, t.districtId] })],
);

/**
 * Histograms of waits for the dashboard's medians (db/wait-buckets.ts; kept by triggers, migration 0014): per queue,
 * Pakistan day and series — 'acted' (first action − arrival), 'closed' (closure − arrival), 'screened:P1'…'screened:P4'
 * (screening − arrival, by priority) — how many reports fall in each bucket. The monthly table holds the same per
 * Pakistan month, so a year is read as a dozen months and the days at its two ends.
 */
/** The buckets of db/wait-buckets.ts as rows (bucket, its lowest whole minute), so triggers can look a wait's up. */
export const waitBuckets = sqliteTable('wait_buckets', {
  bucket: integer('bucket').primaryKey(),
  loMinute: integer('lo_minute').notNull().unique(),
});

export const reportWaitDaily = sqliteTable(
  'report_wait_daily',
  {
    queueId: text('queue_id').notNull(),
    day: text('day').notNull(),
    series: text('series').notNull(),
    bucket: integer('bucket').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.day, t.series, t.bucket] })],
);

export const reportWaitMonthly = sqliteTable(
  'report_wait_monthly',
  {
    queueId: text('queue_id').notNull(),
    month: text('month').notNull(),
    series: text('series').notNull(),
    bucket: integer('bucket').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.month, t.series, t.bucket] })],
);

// ---- Roll-ups for the figures that still scanned reports (migration 0016, triggers in the same file, written by
// db/snapshot-rollups.ts). The migration makes these tables WITHOUT ROWID (clustered on their key), which drizzle-kit
// cannot declare: a roll-up is read as a range of its key, and an ordinary table looks every row up again for n.

/**
 * Per queue and Pakistan day of arrival: how many of the reports that came in that day are open now
 * (status <> 'closed'). The open-by-age snapshot reads whole days from here and, at each age edge, only the open
 * reports of the one day the edge falls in (api/figures/snapshots.ts).
 */
export const reportOpenDaily = sqliteTable(
  'report_open_daily',
  {
    queueId: text('queue_id').notNull(),
    day: text('day').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.day] })],
);

/**
 * Referrals per queue of their report (its current queue: a transfer moves the counts), Pakistan day the referral
 * was made, service and status now.
 */
export const referralDaily = sqliteTable(
  'referral_daily',
  {
    queueId: text('queue_id').notNull(),
    day: text('day').notNull(),
    service: text('service').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.day, t.service, t.status] })],
);

/** referral_daily per Pakistan month (YYYY-MM). */
export const referralMonthly = sqliteTable(
  'referral_monthly',
  {
    queueId: text('queue_id').notNull(),
    month: text('month').notNull(),
    service: text('service').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.month, t.service, t.status] })],
);

/** report_daily_category per Pakistan month (YYYY-MM): a year is a dozen months plus the days at its two ends. */
export const reportMonthlyCategory = sqliteTable(
  'report_monthly_category',
  {
    queueId: text('queue_id').notNull(),
    month: text('month').notNull(),
    category: text('category').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.month, t.category] })],
);

/** report_daily_district per Pakistan month. */
export const reportMonthlyDistrict = sqliteTable(
  'report_monthly_district',
  {
    queueId: text('queue_id').notNull(),
    month: text('month').notNull(),
    provinceId: text('province_id').notNull(),
    districtId: text('district_id').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.month, t.provinceId, t.districtId] })],
);
