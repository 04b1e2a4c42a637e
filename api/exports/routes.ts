// The exports' contract: the dashboard's range as CSV files, for supervisors (their unit) and provincial
// officers (their province). UTF-8 with a byte-order mark so Excel shows Urdu; every export is audit-logged.
import { z } from '@hono/zod-openapi';
import { RangeQuery } from '../figures/filter.ts';
import { errorResponses } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';

const csv = (description: string) => ({
  description: `${description}. Sent as an attachment (Content-Disposition), never cached.`,
  content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
});

export const reportsCsv = staffRoute({
  method: 'get',
  path: '/api/staff/export/reports.csv',
  rule: can('viewDashboard'),
  tags: ['exports'],
  summary: 'The reports in range as CSV: case facts and timings, never free text or contact details',
  request: { query: RangeQuery },
  responses: { 200: csv('One row per report, streamed page by page, column names in `lang`'), ...errorResponses(400, 401, 403) },
});

export const aggregatesCsv = staffRoute({
  method: 'get',
  path: '/api/staff/export/aggregates.csv',
  rule: can('viewDashboard'),
  tags: ['exports'],
  summary: "The dashboard's figures as one long CSV table: figure, item, detail, value",
  request: { query: RangeQuery },
  responses: { 200: csv('The figures, labelled in `lang`'), ...errorResponses(400, 401, 403) },
});
