// The `case` object's shape in /api/openapi.json (api/case/record-view.ts builds it).
import { z } from '@hono/zod-openapi';
import { APPROVALS, CASE_STAGES, CONSENT_PARTIES, CONSENT_SCOPES, REVIEW_OUTCOMES, RISK_LEVELS } from '../../domain/vocabulary.ts';

const by = { at: z.string(), recordedBy: z.string().nullable() };

export const CaseRecord = z
  .object({
    stage: z.enum(CASE_STAGES),
    riskLevel: z.enum(RISK_LEVELS).nullable(),
    assessment: z
      .object({
        ...by,
        riskLevel: z.enum(RISK_LEVELS),
        needs: z.array(z.string()),
        summary: z.string().nullable(),
        immediateSafety: z.string().nullable(),
      })
      .nullable(),
    plan: z
      .object({
        ...by,
        goals: z.array(
          z.object({ text: z.string().nullable(), service: z.string().nullable(), desk: z.string().nullable(), due: z.string() }),
        ),
        reviewBy: z.string(),
        counts: z.boolean(),
        needsApproval: z.boolean(),
        approvedBy: z.string().nullable(),
        approvedAt: z.string().nullable(),
      })
      .nullable(),
    reviews: z.array(z.object({ ...by, outcome: z.enum(REVIEW_OUTCOMES), nextReviewBy: z.string(), note: z.string().nullable() })),
    court: z.array(z.object({ ...by, date: z.string(), orders: z.array(z.string()), note: z.string().nullable() })),
    consents: z.array(
      z.object({
        ...by,
        by: z.enum(CONSENT_PARTIES),
        given: z.boolean(),
        scope: z.array(z.enum(CONSENT_SCOPES)),
        note: z.string().nullable(),
      }),
    ),
    approvals: z.array(z.object({ ...by, what: z.enum(APPROVALS) })),
    nextReviewBy: z.string().nullable(),
    reviewOverdue: z.boolean(),
    deadlines: z.object({ assessmentBy: z.string(), planBy: z.string().nullable() }),
  })
  .openapi('CaseRecord');
