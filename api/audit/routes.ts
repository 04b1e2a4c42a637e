// The audit feature's contract: the log of the queues an account oversees (api/kernel/audit-log.ts writes it).
import { z } from '@hono/zod-openapi';
import { describedErrors, GUARDED } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';

/** `before`: a positive whole id (up to 15 digits, so it stays an exact number); anything else is a 400, never a 500. */
export const AuditFilter = z
  .strictObject({
    before: z
      .string()
      .regex(/^[1-9]\d{0,14}$/)
      .optional(),
  })
  .openapi('AuditFilter');

const AuditPage = z
  .object({
    entries: z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        username: z.string().nullable(),
        action: z.string(),
        target: z.string().nullable(),
        queueId: z.string().nullable(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    nextBefore: z.string().nullable(),
  })
  .openapi('AuditPage');

export const auditLog = staffRoute({
  method: 'get',
  path: '/api/staff/audit',
  rule: can('viewAudit'),
  summary: 'The audit log, newest first: supervisors their CPU, provincial officers their province, admins all',
  request: { query: AuditFilter },
  responses: {
    200: { description: 'Up to 100 entries; nextBefore pages on', content: { 'application/json': { schema: AuditPage } } },
    ...describedErrors({ ...GUARDED, 400: 'validation_failed: `before` is not a positive id' }),
  },
});
