// The dashboard's contract: figures for supervisors (their unit) and provincial officers (their province).
import { RangeQuery } from '../figures/filter.ts';
import { errorResponses } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';
import { DashboardFigures } from './schemas.ts';

export const dashboard = staffRoute({
  method: 'get',
  path: '/api/staff/dashboard',
  rule: can('viewDashboard'),
  tags: ['dashboard'],
  summary: "Figures over a range of Pakistan days for the account's unit or province (audit-logged with the filter)",
  request: { query: RangeQuery },
  responses: {
    200: { description: 'Figures', content: { 'application/json': { schema: DashboardFigures } } },
    ...errorResponses(400, 401, 403),
  },
});
