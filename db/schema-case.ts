// The case record after intake (issue #24): each case step a unit records (assessment, consent, plan, review, court
// production, approval), in order. The report row carries the case's current state (stage, risk level, next review);
// these rows are its history and detail. Re-exported by db/schema.ts so drizzle-kit and the code see one schema.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CASE_ACTIONS } from '../domain/vocabulary.ts';

export const caseEntries = sqliteTable(
  'case_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // No foreign key to reports: this module is imported by db/schema.ts (the reference would be a circle).
    reportId: integer('report_id').notNull(),
    kind: text('kind', { enum: CASE_ACTIONS }).notNull(),
    staffId: integer('staff_id').notNull(),
    at: integer('at').notNull().default(sql`(unixepoch('subsec') * 1000)`),
    // JSON of the step's choices only (risk level, services, scopes, dates, outcome): never free text.
    data: text('data').notNull().default('{}'),
    // The step's free text (summary, safety actions, goals, notes) as one sealed JSON object; erased by retention.
    textCt: text('text_ct'),
    // A high-risk plan counts only once the unit's supervisor approved it (the `approve` entry's time and account).
    approvedAt: integer('approved_at'),
    approvedBy: integer('approved_by'),
  },
  (t) => [index('case_entries_report_idx').on(t.reportId, t.kind, t.at)],
);

export type CaseEntry = typeof caseEntries.$inferSelect;
