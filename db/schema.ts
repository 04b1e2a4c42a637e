// The portal's tables. Reporter-supplied free text (description, place details, contact,
// messages, notes) is only ever stored encrypted: columns ending in `Ct` hold the
// self-describing ciphertext produced by api/crypto/seal.ts ("v1.<keyId>.<base64>").
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DEFAULT_LANG, LANGS, type Lang } from '../domain/languages.ts';
import {
  CASE_STAGES,
  CHANNELS,
  PRIORITIES,
  REFERRAL_STATUSES,
  REPORTER_STATUSES,
  RISK_LEVELS,
  ROLES,
  STAFF_STATUSES,
} from '../domain/vocabulary.ts';

/** A name in every language of the registry, as one JSON object keyed by language code. */
const names = () => text('names', { mode: 'json' }).$type<Record<Lang, string>>().notNull().default(sql`'{}'`);

/** Sorts rows by their name in the default language (the API's lists keep one stable order for every language). */
export const byName = (column: AnySQLiteColumn) => sql`json_extract(${column}, ${`$.${DEFAULT_LANG}`})`;

const createdAt = () => integer('created_at', { mode: 'number' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const provinces = sqliteTable('provinces', {
  id: text('id').primaryKey(),
  names: names(),
  sort: integer('sort').notNull().default(0),
});

export const queues = sqliteTable('queues', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['district', 'provincial', 'national'] }).notNull(),
  names: names(),
  provinceId: text('province_id'),
  districtId: text('district_id'),
  // How sure we are that this unit exists: 'confirmed' | 'announced' | 'unverified'
  evidence: text('evidence').notNull().default('confirmed'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const districts = sqliteTable(
  'districts',
  {
    provinceId: text('province_id')
      .notNull()
      .references(() => provinces.id),
    id: text('id').notNull(),
    names: names(),
    // Which queue a report from this district lands in (its own CPU, else the provincial body).
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id),
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.id] })],
);

export { PRIORITIES, REPORTER_STATUSES, STAFF_STATUSES };

export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    // HMAC of the receipt under a key derived from REPORT_KEY: lookup index, not the receipt.
    receiptIndex: text('receipt_index').notNull(),
    // Checks the receipt once the index finds the row: a keyed MAC bound to the reference (`$hmac-sha256$k=…`), or an
    // argon2id hash on rows made before (api/crypto/receipt.ts).
    receiptHash: text('receipt_hash').notNull(),
    locale: text('locale', { enum: LANGS }).notNull(),
    reporter: text('reporter').notNull(),
    category: text('category').notNull(),
    suggestedCategory: text('suggested_category'),
    immediateDanger: integer('immediate_danger', { mode: 'boolean' }).notNull(),
    ageBand: text('age_band').notNull(),
    gender: text('gender').notNull().default('unknown'),
    provinceId: text('province_id').notNull(),
    districtId: text('district_id').notNull(),
    detailsCt: text('details_ct'),
    descriptionCt: text('description_ct'),
    contactCt: text('contact_ct'),
    priority: text('priority', { enum: PRIORITIES }).notNull(),
    dueAt: integer('due_at').notNull(),
    // JSON array of { id, <each registry language>: text } from the triage rules that matched (api/triage TriageReason).
    triageReasons: text('triage_reasons').notNull().default('[]'),
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id),
    status: text('status', { enum: STAFF_STATUSES }).notNull().default('new'),
    reporterStatus: text('reporter_status', { enum: REPORTER_STATUSES }).notNull().default('received'),
    assignedTo: integer('assigned_to'),
    verified: integer('verified', { mode: 'boolean' }).notNull(),
    duplicateOf: text('duplicate_of'),
    closeReason: text('close_reason'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at').notNull().default(sql`(unixepoch('subsec') * 1000)`),
    firstActionAt: integer('first_action_at'),
    closedAt: integer('closed_at'),
    // Keyed hashes of the description's character trigrams (JSON): lets triage find similar reports
    // without decrypting them. Erased with the text by retention.
    textFingerprint: text('text_fingerprint'),
    // References of open reports that looked similar at triage (JSON array).
    possibleDuplicates: text('possible_duplicates').notNull().default('[]'),
    // Set when retention erased the free text; the row then keeps statistics only.
    erasedAt: integer('erased_at'),
    // A person confirmed (or changed) the triage with the `screen` action; NULL while the report is unscreened.
    // Cleared again when a reporter's message raises the priority.
    screenedAt: integer('screened_at'),
    screenedBy: integer('screened_by'),
    // How the report came in: the public form, or a staff member recording a call, a walk-in or a referral.
    channel: text('channel', { enum: CHANNELS }).notNull().default('web'),
    // The case after intake (db/schema-case.ts holds its steps): the last step reached, the assessed risk level, when
    // it was assessed and its plan began to count, and the Pakistan date by which the next review is due.
    caseStage: text('case_stage', { enum: CASE_STAGES }).notNull().default('intake'),
    riskLevel: text('risk_level', { enum: RISK_LEVELS }),
    assessedAt: integer('assessed_at'),
    plannedAt: integer('planned_at'),
    nextReviewBy: text('next_review_by'),
    // The review date whose lapse was last alerted to the assigned worker (one alert per lapsed date).
    reviewAlertedFor: text('review_alerted_for'),
  },
  (t) => [
    uniqueIndex('reports_reference_uq').on(t.reference),
    uniqueIndex('reports_receipt_index_uq').on(t.receiptIndex),
    index('reports_queue_open_idx').on(t.queueId, t.status, t.priority, t.dueAt),
    index('reports_created_idx').on(t.createdAt),
    // Dashboards and exports: one unit's (or a province's units') reports in a date range.
    // Covering for the figures the daily roll-ups cannot answer (medians of first action / closure, time to
    // screening): a range's durations are read from the index without visiting the rows. Replaces (queue_id, created_at).
    index('reports_queue_created_cover_idx').on(t.queueId, t.createdAt, t.priority, t.firstActionAt, t.closedAt, t.screenedAt),
    // Triage's duplicate search (api/triage/fingerprint.ts): the newest open reports of a district and category, read
    // from the index alone (province, status and reference in it) instead of a row lookup per candidate.
    index('reports_district_category_cover_idx').on(t.districtId, t.category, t.createdAt, t.provinceId, t.status, t.reference),
    // The queue page (api/queue/queries.ts) walks a queue's open reports in its own order, unscreened first, then
    // priority and due time (the rowid breaks ties): with the order in the index no page sorts the whole queue.
    index('reports_queue_page_idx')
      .on(t.queueId, sql`(case when screened_at is null and status != 'closed' then 0 else 1 end)`, t.priority, t.dueAt)
      .where(sql`status <> 'closed'`),
    index('reports_province_created_idx').on(t.provinceId, t.createdAt, t.priority, t.dueAt, t.firstActionAt),
    index('reports_province_open_idx').on(t.provinceId, t.createdAt, t.priority, t.status).where(sql`status <> 'closed'`),
    // Unscreened reports of a queue, oldest first: the queue's top and the screening-deadline alert.
    index('reports_queue_unscreened_idx').on(t.queueId, t.createdAt).where(sql`screened_at IS NULL AND status <> 'closed'`),
    // The dashboard's open-by-age snapshot: a scope's open reports and their arrival times, without visiting rows
    // (otherwise every report the scope's queues ever had is read to find the open ones).
    index('reports_queue_open_created_idx').on(t.queueId, t.createdAt, t.status).where(sql`status <> 'closed'`),
    // The dashboard's SLA "pending" count (no first action yet, not yet due): the few reports still within time.
    index('reports_unacted_due_idx').on(t.dueAt, t.queueId, t.createdAt, t.priority).where(sql`first_action_at IS NULL`),
    // The dashboard's exact medians: once the wait histograms name the bucket holding the middle value, these give the
    // reports of that bucket alone, in order of their wait (api/figures/waits.ts). Only reports with the end time
    // are in them, so a new report (none yet) adds nothing here.
    index('reports_acted_wait_idx').on(t.queueId, sql`(first_action_at - created_at)`, t.createdAt).where(sql`first_action_at IS NOT NULL`),
    index('reports_closed_wait_idx').on(t.queueId, sql`(closed_at - created_at)`, t.createdAt).where(sql`closed_at IS NOT NULL`),
    // Reports by channel: staff-recorded ones only (the web form's count is the total less these), so intake from
    // the form pays for no roll-up trigger and the dashboard and statistics read a small partial index.
    index('reports_recorded_channel_idx').on(t.queueId, t.createdAt, t.channel).where(sql`channel <> 'web'`),
    // The case figures and the review alert: a queue's open cases by stage, and lapsed review dates.
    index('reports_queue_case_idx')
      .on(t.queueId, t.caseStage, t.priority, t.riskLevel, t.createdAt, t.assessedAt, t.nextReviewBy)
      .where(sql`status <> 'closed'`),
    // Time from report to plan: the planned cases of a range only.
    index('reports_queue_planned_idx').on(t.queueId, t.createdAt, t.plannedAt).where(sql`planned_at IS NOT NULL`),
    index('reports_review_due_idx').on(t.nextReviewBy).where(sql`status <> 'closed' AND next_review_by IS NOT NULL`),
    index('reports_screened_wait_idx')
      .on(t.queueId, t.priority, sql`(screened_at - created_at)`, t.createdAt)
      .where(sql`screened_at IS NOT NULL`),
  ],
);

// The dashboards' roll-up tables (kept by triggers) and the case steps live in their own modules.
export * from './schema-case.ts';
export * from './schema-rollups.ts';

// Every change to a report, in order: the history timeline and the reporter-facing status history.
export const reportEvents = sqliteTable(
  'report_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    at: createdAt(),
    staffId: integer('staff_id'),
    type: text('type').notNull(),
    // JSON, never reporter free text (that lives encrypted in messages/notes).
    data: text('data').notNull().default('{}'),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.at)],
);

export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    sender: text('sender', { enum: ['reporter', 'staff', 'note'] }).notNull(),
    staffId: integer('staff_id'),
    // The queue the report was in when this was written, so a sending CPU keeps its own words after a transfer.
    queueId: text('queue_id'),
    bodyCt: text('body_ct'),
    createdAt: createdAt(),
  },
  (t) => [index('messages_report_idx').on(t.reportId, t.createdAt)],
);

export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    service: text('service').notNull(),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('requested'),
    noteCt: text('note_ct'),
    staffId: integer('staff_id'),
    // The service desk it is addressed to (content/directory/desks.yaml); null for a referral typed in by hand.
    deskId: text('desk_id'),
    // When the desk should have answered: the report's priority deadline from the moment of referral.
    dueAt: integer('due_at'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at').notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('referrals_report_idx').on(t.reportId), index('referrals_desk_idx').on(t.deskId, t.status)],
);

export const staffUsers = sqliteTable(
  'staff_users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    // officer/supervisor: a queue id; provincial: a province id; admin: optional; partner: a desk id.
    queueId: text('queue_id'),
    provinceId: text('province_id'),
    deskId: text('desk_id'),
    totpSecretCt: text('totp_secret_ct'),
    // Where P1 and escalation alerts go (sealed like other personal data; shown only to the account and admins).
    alertEmailCt: text('alert_email_ct'),
    totpEnabled: integer('totp_enabled', { mode: 'boolean' }).notNull().default(false),
    recoveryCodes: text('recovery_codes').notNull().default('[]'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    // The three sign-in lock columns are unused since issue #28 (no account lock); kept to spare a table rebuild.
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: integer('locked_until'),
    lockCount: integer('lock_count').notNull().default(0),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('staff_users_username_uq').on(t.username)],
);

export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    // SHA-256 of the session token; the token itself lives only in the cookie.
    idHash: text('id_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

// Append-only; each row carries the hash of the previous one (see api/audit).
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    staffId: integer('staff_id'),
    username: text('username'),
    action: text('action').notNull(),
    target: text('target'),
    queueId: text('queue_id'),
    detail: text('detail').notNull().default('{}'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_queue_idx').on(t.queueId, t.at)],
);

export type Report = typeof reports.$inferSelect;
export type Queue = typeof queues.$inferSelect;
export type StaffUser = typeof staffUsers.$inferSelect;

// ---- Alerts (api/alerts): who is on duty, which reports are being alerted, and what must be sent.

// One row per person and shift on a queue's on-duty list. Days and minutes are Pakistan time (UTC+5, no DST);
// an end at or before the start runs past midnight into the next day.
export const alertOnDuty = sqliteTable(
  'alert_on_duty',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    // JSON array of weekdays, 0 = Sunday … 6 = Saturday.
    days: text('days').notNull().default('[0,1,2,3,4,5,6]'),
    startMinute: integer('start_minute').notNull().default(0),
    endMinute: integer('end_minute').notNull().default(1440),
    createdAt: createdAt(),
  },
  (t) => [index('alert_on_duty_queue_idx').on(t.queueId)],
);

// One alert per report and cause ('p1', 'harm', 'unscreened' or 'review'), climbing the ladder until someone acknowledges it.
export const reportAlerts = sqliteTable(
  'report_alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    // 'review': a case review past its date (one row per report, raised again for each lapsed date; never escalated).
    kind: text('kind', { enum: ['p1', 'harm', 'unscreened', 'review'] }).notNull(),
    raisedAt: integer('raised_at').notNull(),
    // Steps already sent, 0 = none, 1 = on_duty, 2 = supervisor, 3 = provincial.
    stepsDone: integer('steps_done').notNull().default(0),
    acknowledgedAt: integer('acknowledged_at'),
    acknowledgedBy: integer('acknowledged_by'),
  },
  (t) => [
    uniqueIndex('report_alerts_report_kind_uq').on(t.reportId, t.kind),
    index('report_alerts_open_idx').on(t.acknowledgedAt, t.raisedAt),
  ],
);

// Durable outbox: one row per alert step, recipient and channel; the unique key makes a step impossible to send twice.
// It carries ids and labels only (reference, queue, priority, reason ids), never report text or e-mail addresses.
export const alertOutbox = sqliteTable(
  'alert_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dedupeKey: text('dedupe_key').notNull(),
    // The alert this delivers; NULL for a notice that is about no one report (uncovered on-duty hours), whose
    // payload says what it is. Every row names its queue.
    alertId: integer('alert_id').references(() => reportAlerts.id),
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id),
    step: text('step', { enum: ['on_duty', 'supervisor', 'provincial'] }).notNull(),
    channel: text('channel', { enum: ['email', 'webhook'] }).notNull(),
    // The staff account for e-mail (its address is opened only when sending); NULL for the webhook.
    staffId: integer('staff_id'),
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'dropped'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    // A sender holds the row until then; a crashed sender's claim simply runs out.
    claimedUntil: integer('claimed_until'),
    lastError: text('last_error'),
    sentAt: integer('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('alert_outbox_dedupe_uq').on(t.dedupeKey), index('alert_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

export type ReportAlert = typeof reportAlerts.$inferSelect;
export type OutboxRow = typeof alertOutbox.$inferSelect;
