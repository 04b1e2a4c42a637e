// The queue feature's request and response shapes (they validate requests and describe /api/openapi.json).
import { z } from '@hono/zod-openapi';
import { perLang } from '../../domain/languages.ts';
import {
  CASE_STAGES,
  CATEGORIES,
  CHANNELS,
  PRIORITIES,
  REPORTER_STATUSES,
  RISK_LEVELS,
  ROLES,
  STAFF_STATUSES,
} from '../../domain/vocabulary.ts';

const localized = z.object(perLang(() => z.string()));

/** A queue page's filters (GET /api/staff/queues/:queueId/reports); an unknown parameter is refused. */
export const QueueFilter = z
  .strictObject({
    status: z.enum(['open', 'all', ...STAFF_STATUSES]).default('open'),
    priority: z.enum(PRIORITIES).optional(),
    category: z.enum(CATEGORIES).optional(),
    assigned: z.enum(['me', 'nobody']).optional(),
    unverified: z.enum(['1', 'true']).optional(),
    // The case after intake: one stage, or only cases whose review date has passed.
    stage: z.enum(CASE_STAGES).optional(),
    reviewOverdue: z.enum(['1', 'true']).optional(),
    channel: z.enum(CHANNELS).optional(),
    cursor: z
      .string()
      .regex(/^\d{1,6}$/)
      .optional(),
  })
  .openapi('QueueFilter');
export type QueueFilter = z.output<typeof QueueFilter>;

export const QueueParams = z.object({
  queueId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'queueId', in: 'path' } }),
});

const perPriority = z.object(
  Object.fromEntries(PRIORITIES.map((p) => [p, z.number().int()])) as Record<(typeof PRIORITIES)[number], z.ZodNumber>,
);

export const QueueSummaries = z
  .object({
    queues: z.array(
      z.object({
        id: z.string(),
        name: localized,
        province: z.string().nullable(),
        district: z.string().nullable(),
        open: perPriority,
        overdue: z.number().int(),
        unscreened: z.number().int(),
        referralsOverdue: z.number().int(),
        reviewsOverdue: z.number().int(),
      }),
    ),
  })
  .openapi('QueueSummaries');

export const QueuePage = z
  .object({
    reports: z.array(
      z.object({
        referralsOverdue: z.number().int(),
        reference: z.string(),
        priority: z.enum(PRIORITIES),
        category: z.string(),
        status: z.enum(STAFF_STATUSES),
        reporterStatus: z.enum(REPORTER_STATUSES),
        dueAt: z.string(),
        overdue: z.boolean(),
        createdAt: z.string(),
        verified: z.boolean(),
        district: z.string(),
        province: z.string(),
        assignedTo: z.string().nullable(),
        possibleDuplicates: z.array(z.string()),
        unscreened: z.boolean(),
        screenedAt: z.string().nullable(),
        waitingMinutes: z.number().int().nullable(),
        // When a person should have screened it: 15 minutes after arrival when its text shows harm (harmAlert).
        screeningDueAt: z.string().nullable(),
        screeningMinutes: z.number(),
        harmAlert: z.boolean(),
        channel: z.enum(CHANNELS),
        stage: z.enum(CASE_STAGES),
        riskLevel: z.enum(RISK_LEVELS).nullable(),
        nextReviewBy: z.string().nullable(),
        reviewOverdue: z.boolean(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('QueuePage');

export const AssignableStaff = z
  .object({ staff: z.array(z.object({ username: z.string(), role: z.enum(ROLES) })) })
  .openapi('AssignableStaff');

export const TransferTargets = z
  .object({
    queues: z.array(z.object({ id: z.string(), name: localized, province: z.string().nullable(), district: z.string().nullable() })),
  })
  .openapi('TransferTargets');

export const QueueStats = z
  .object({
    queues: z.array(
      z.object({
        queueId: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
        p1Waiting: z.number().int(),
        received7: z.number().int(),
        closed7: z.number().int(),
        p1OnTimeRate: z.number().nullable(),
        referralsOverdue: z.number().int(),
      }),
    ),
  })
  .openapi('QueueStats');
