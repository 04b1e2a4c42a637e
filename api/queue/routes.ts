// The queue feature's contract: the queues an account works, a queue's reports and staff, where a report may be
// transferred, and the supervisors' figures. Who may call each route: the rule beside its path.
import { describedErrors, GUARDED } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';
import { AssignableStaff, QueueFilter, QueuePage, QueueParams, QueueStats, QueueSummaries, TransferTargets } from './schemas.ts';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const queues = staffRoute({
  method: 'get',
  path: '/api/staff/queues',
  rule: can('workReports'),
  summary: 'The queues this account may see, with open reports per priority, overdue and unscreened counts',
  responses: { 200: { description: 'Queues, the account’s own first', content: json(QueueSummaries) }, ...describedErrors(GUARDED) },
});

export const queueReports = staffRoute({
  method: 'get',
  path: '/api/staff/queues/{queueId}/reports',
  rule: can('workReports'),
  summary: 'A page of a queue: unscreened first, then priority, then due time',
  request: { params: QueueParams, query: QueueFilter },
  responses: {
    200: { description: 'Up to 50 reports and the cursor of the next page', content: json(QueuePage) },
    ...describedErrors({
      ...GUARDED,
      400: 'validation_failed: an unknown filter or value',
      404: 'not_found: no such queue, or outside the account’s scope (logged)',
    }),
  },
});

export const queueStaff = staffRoute({
  method: 'get',
  path: '/api/staff/queues/{queueId}/staff',
  rule: can('workReports'),
  summary: 'Who a report of this queue may be assigned to',
  request: { params: QueueParams },
  responses: {
    200: { description: 'Active officers and supervisors of the queue', content: json(AssignableStaff) },
    ...describedErrors({ ...GUARDED, 404: 'not_found' }),
  },
});

export const transferTargets = staffRoute({
  method: 'get',
  path: '/api/staff/transfer-targets',
  rule: can('transfer'),
  summary: 'Where a report may be transferred: every active queue',
  responses: { 200: { description: 'Active queues by province', content: json(TransferTargets) }, ...describedErrors(GUARDED) },
});

export const stats = staffRoute({
  method: 'get',
  path: '/api/staff/stats',
  rule: can('viewStats'),
  summary: 'Supervisors’ figures per queue in scope: is any emergency waiting past its hour?',
  responses: { 200: { description: 'Figures per queue', content: json(QueueStats) }, ...describedErrors(GUARDED) },
});
