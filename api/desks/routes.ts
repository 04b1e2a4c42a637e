// GET /api/staff/desks: the service desks an officer may refer a report to (the refer form lists them).
import { z } from '@hono/zod-openapi';
import { json, refusal } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';
import { Desk } from '../schemas.ts';

export const DeskQuery = z.strictObject({
  district: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .openapi({ example: 'rajanpur' }),
});

export const desks = staffRoute({
  method: 'get',
  path: '/api/staff/desks',
  rule: can('workReports'),
  summary: 'Service desks the account may refer to: those of the queues in its scope (?district=)',
  request: { query: DeskQuery },
  responses: {
    200: { description: 'The desks', ...json(z.object({ desks: z.array(Desk) })) },
    400: refusal('validation_failed'),
    403: refusal('forbidden'),
  },
});
