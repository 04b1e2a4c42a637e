// The alerts feature's contract: the console's event stream, a queue's on-duty list, an account's alert e-mail,
// and what admins and supervisors see of delivery. Who may call each route: the rule beside its path.
import { z } from '@hono/zod-openapi';
import { PRIORITIES, ROLES } from '../../domain/vocabulary.ts';
import { json, refusal } from '../kernel/error-responses.ts';
import { can, SIGNED_IN, staffRoute } from '../kernel/policy.ts';
import { STEPS } from './ladder.ts';
import { TIME_OF_DAY } from './on-duty.ts';

const Username = z.string().min(1).max(64);
const QueueParam = z.object({ queueId: z.string().openapi({ param: { name: 'queueId', in: 'path' }, example: 'cpu-peshawar' }) });

export const OnDutyInput = z
  .strictObject({
    entries: z
      .array(
        z.strictObject({
          username: Username,
          days: z.array(z.number().int().min(0).max(6)).min(1).max(7).openapi({ description: '0 = Sunday … 6 = Saturday' }),
          start: z.string().regex(TIME_OF_DAY).openapi({ description: 'HH:MM, Pakistan time', example: '09:00' }),
          end: z.string().regex(TIME_OF_DAY).openapi({ description: 'HH:MM, Pakistan time; 24:00 is midnight', example: '17:00' }),
        }),
      )
      .max(100),
  })
  .openapi('OnDutyInput');

export const AlertEmailInput = z
  .strictObject({ username: Username.optional(), email: z.union([z.email().max(254), z.literal(''), z.null()]) })
  .openapi('AlertEmailInput');

// A stretch of the week with nobody on the list on duty (domain/on-duty-cover.ts), Pakistan time, end exclusive.
const WeekRange = z
  .object({
    fromDay: z.number().int().openapi({ description: '0 = Sunday … 6 = Saturday' }),
    fromMinute: z.number().int(),
    toDay: z.number().int(),
    toMinute: z.number().int().openapi({ description: '1 … 1440; 1440 is the end of toDay' }),
  })
  .openapi('UncoveredRange');

const OnDutyList = z
  .object({
    queueId: z.string(),
    canEdit: z.boolean(),
    entries: z.array(z.object({ username: z.string(), days: z.array(z.number()), start: z.string(), end: z.string() })),
    // Whether each person can be e-mailed, never the address itself.
    staff: z.array(z.object({ username: z.string(), role: z.enum(ROLES), hasAlertEmail: z.boolean() })),
    // The hours of the week the saved list leaves with nobody on duty (alerts then go to the fallback).
    uncovered: z.array(WeekRange),
  })
  .openapi('OnDutyList');

const AlertEmail = z.object({ username: z.string(), email: z.string().nullable() }).openapi('AlertEmail');

const Outbox = z
  .object({
    emailEnabled: z.boolean(),
    webhookEnabled: z.boolean(),
    pending: z.number().int(),
    failing: z.array(
      z.object({
        id: z.number().int(),
        step: z.enum(STEPS),
        channel: z.enum(['email', 'webhook']),
        attempts: z.number().int(),
        lastError: z.string().nullable().openapi({ description: 'Redacted: never an address' }),
        nextAttemptAt: z.string(),
        createdAt: z.string(),
        reference: z.string().nullable().openapi({ description: 'None for a notice about no one report (uncovered on-duty hours)' }),
        queueId: z.string(),
        username: z.string().nullable(),
      }),
    ),
  })
  .openapi('AlertOutbox');

const Figures = z
  .object({
    priorities: z.array(
      z.object({
        priority: z.string().openapi({ example: PRIORITIES[0] }),
        alerts: z.number().int(),
        acknowledged: z.number().int(),
        medianAckMinutes: z.number().nullable(),
        medianAckMs: z.number().nullable(),
        escalated: z.number().int(),
      }),
    ),
  })
  .openapi('AlertFigures');

export const events = staffRoute({
  method: 'get',
  path: '/api/staff/events',
  rule: can('workReports'),
  summary: "Server-Sent Events for the account's scope: `alert` and `counts` (ids and labels only, never a report's text)",
  responses: {
    200: {
      description: 'An open stream; alerts still waiting are sent first, then a comment line every 25 s; it ends with the session',
      content: {
        'text/event-stream': {
          schema: z.string().openapi({ example: 'event: alert\ndata: {"reference":"…","queue":"…","priority":"P1"}\n\n' }),
        },
      },
    },
    401: refusal('unauthorized'),
    403: refusal('forbidden'),
  },
});

export const onDuty = staffRoute({
  method: 'get',
  path: '/api/staff/queues/{queueId}/on-duty',
  rule: can('workReports'),
  summary: "The queue's on-duty list (Pakistan time) and who in the queue can be e-mailed",
  request: { params: QueueParam },
  responses: {
    200: { description: 'The list', ...json(OnDutyList) },
    403: refusal('forbidden'),
    404: refusal("not_found (also a queue outside the account's scope)"),
  },
});

export const saveOnDuty = staffRoute({
  method: 'post',
  path: '/api/staff/queues/{queueId}/on-duty',
  rule: can('keepOnDuty'),
  summary: 'Replace the on-duty list (its supervisor or an admin)',
  request: { params: QueueParam, body: { ...json(OnDutyInput), required: true } },
  responses: {
    200: {
      description: "Saved; the hours it leaves uncovered, and how many of the queue's supervisors and provincial accounts were told",
      ...json(z.object({ ok: z.literal(true), uncovered: z.array(WeekRange), told: z.number().int() })),
    },
    400: refusal('validation_failed (also a username not active in this queue)'),
    403: refusal('forbidden'),
    404: refusal('not_found (also a queue this account does not keep)'),
  },
});

export const alertEmail = staffRoute({
  method: 'get',
  path: '/api/staff/alert-email',
  rule: SIGNED_IN,
  summary: "The account's alert e-mail (admins: ?username=)",
  request: { query: z.object({ username: z.string().max(64).optional() }) },
  responses: { 200: { description: 'The address, or null', ...json(AlertEmail) }, 403: refusal('forbidden'), 404: refusal('not_found') },
});

export const saveAlertEmail = staffRoute({
  method: 'post',
  path: '/api/staff/alert-email',
  rule: SIGNED_IN,
  summary: 'Set or remove (empty or null) an alert e-mail; admins may name another account',
  request: { body: { ...json(AlertEmailInput), required: true } },
  responses: {
    200: { description: 'Saved', ...json(AlertEmail) },
    400: refusal('validation_failed'),
    403: refusal('forbidden'),
    404: refusal('not_found'),
  },
});

export const outbox = staffRoute({
  method: 'get',
  path: '/api/staff/alerts/outbox',
  rule: can('manageAccounts'),
  summary: 'Alert deliveries pending or failing (admins): ids, channel, attempts and a redacted error',
  responses: { 200: { description: 'The outbox', ...json(Outbox) }, 403: refusal('forbidden') },
});

export const figures = staffRoute({
  method: 'get',
  path: '/api/staff/alerts/figures',
  rule: can('viewStats'),
  summary: "Alerts per priority over 30 days in the account's scope: time to acknowledgement, escalations",
  responses: { 200: { description: 'Figures', ...json(Figures) }, 403: refusal('forbidden') },
});
