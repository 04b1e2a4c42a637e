// The two statements that write a new report, as fixed SQL text and arguments (column names from the schema, once):
// a query builder would rebuild the same SQL for every report, and libSQL caches no statements.
import type { InStatement } from '@libsql/client';
import { reportEvents, reports } from '../../db/schema.ts';

type Insert = typeof reports.$inferInsert;
const KEYS = [
  'reference',
  'receiptIndex',
  'receiptHash',
  'locale',
  'reporter',
  'category',
  'suggestedCategory',
  'immediateDanger',
  'ageBand',
  'gender',
  'provinceId',
  'districtId',
  'detailsCt',
  'descriptionCt',
  'contactCt',
  'priority',
  'dueAt',
  'triageReasons',
  'textFingerprint',
  'possibleDuplicates',
  'queueId',
  'verified',
  'channel',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Insert)[];

/** What intake sets on a new report; every other column takes the database's default (status new, received …). */
export type NewReportRow = { [K in (typeof KEYS)[number]]-?: Exclude<Insert[K], undefined> };

const INSERT_REPORT = `INSERT INTO "reports" (${KEYS.map((k) => `"${reports[k].name}"`).join(', ')}) VALUES (${KEYS.map(() => '?').join(', ')})`;
const INSERT_CREATED =
  `INSERT INTO "report_events" ("${reportEvents.reportId.name}", "${reportEvents.at.name}", "${reportEvents.type.name}", "${reportEvents.data.name}") ` +
  `VALUES ((SELECT "id" FROM "reports" WHERE "reference" = ?), ?, 'created', ?)`;

const arg = (value: NewReportRow[keyof NewReportRow]) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

/** The report's row and its `created` event (data: JSON), to be committed together as one unit. */
export function newReportStatements(row: NewReportRow, eventData: string): InStatement[] {
  return [
    { sql: INSERT_REPORT, args: KEYS.map((k) => arg(row[k])) },
    { sql: INSERT_CREATED, args: [row.reference, row.createdAt, eventData] },
  ];
}
