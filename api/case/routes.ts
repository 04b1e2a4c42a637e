// The case feature's contract: a report as staff work it. A report outside the account's scope answers 404
// exactly like a reference that does not exist (and the refused attempt is logged for the unit that holds it).
import { describedErrors, GUARDED } from '../kernel/error-responses.ts';
import { canSeeReports, staffRoute } from '../kernel/policy.ts';
import { ActionInput, CaseView, ReferenceParams } from './schemas.ts';

export const view = staffRoute({
  method: 'get',
  path: '/api/staff/reports/{reference}',
  rule: canSeeReports,
  summary: 'The decrypted report, triage reasons, history, referrals, notes and messages',
  request: { params: ReferenceParams },
  responses: {
    200: {
      description: 'Full view; after a transfer out of scope, the restricted view of what this unit wrote',
      content: { 'application/json': { schema: CaseView } },
    },
    ...describedErrors({ ...GUARDED, 404: 'not_found: no such report, or outside the account’s scope' }),
  },
});

export const act = staffRoute({
  method: 'post',
  path: '/api/staff/reports/{reference}/actions',
  rule: canSeeReports,
  summary: 'One action on a report, answered with the updated report',
  request: { params: ReferenceParams, body: { content: { 'application/json': { schema: ActionInput } }, required: true } },
  responses: {
    200: { description: 'The updated report', content: { 'application/json': { schema: CaseView } } },
    ...describedErrors({
      ...GUARDED,
      400: 'validation_failed: the action is malformed, or not possible in the report’s state',
      403: 'forbidden: the role may not take this action (assign to others, transfer), or CSRF failed',
      404: 'not_found: no such report, or not one this account may work',
    }),
  },
});
