// Staff intake: a call-taker (or a unit's staff) records a report for someone else, reads a caller's receipt back to
// them, and relays the caller's words. Who may call each route: the rule beside its path (recordIntake, relayForCallers).
import { describedErrors, GUARDED, json } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';
import { ReporterView } from '../schemas.ts';
import { StaffIntakeCreated, StaffIntakeInput, StaffReceiptInput, StaffRelayInput } from './schemas.ts';

export const intake = staffRoute({
  method: 'post',
  path: '/api/staff/intake',
  rule: can('recordIntake'),
  summary: 'Record a report for a caller, a walk-in or a referring agency (same triage, routing, alerts and receipt)',
  request: { body: { ...json(StaffIntakeInput), required: true } },
  responses: {
    201: { description: 'Stored and queued: read the receipt to the caller', ...json(StaffIntakeCreated) },
    ...describedErrors({
      ...GUARDED,
      400: 'validation_failed: a field to correct, or a district outside the account’s province or unit',
    }),
  },
});

export const lookup = staffRoute({
  method: 'post',
  path: '/api/staff/receipts/lookup',
  rule: can('relayForCallers'),
  summary: 'What a caller may hear of their report: status and the messages both ways, opened with the receipt they read out',
  request: { body: { ...json(StaffReceiptInput), required: true } },
  responses: {
    200: { description: 'The reporter’s view (never staff notes)', ...json(ReporterView) },
    ...describedErrors({ ...GUARDED, 404: 'not_found: no such receipt, or a report outside the account’s scope' }),
  },
});

export const relay = staffRoute({
  method: 'post',
  path: '/api/staff/receipts/messages',
  rule: can('relayForCallers'),
  summary: 'Relay what a caller says to their report (as the reporter’s own message: triage may raise the priority)',
  request: { body: { ...json(StaffRelayInput), required: true } },
  responses: {
    201: { description: 'Added' },
    ...describedErrors({ ...GUARDED, 404: 'not_found: no such receipt, or a report outside the account’s scope' }),
  },
});
