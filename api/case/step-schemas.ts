// The case steps' actions (docs/api.md "The case record"): assess, consent, plan, review, court, approve. Each joins the
// one ActionInput union of ./schemas.ts; ./steps.ts applies them. Free text is sealed; choices come from the vocabulary.
import { z } from '@hono/zod-openapi';
import { APPROVALS, CONSENT_PARTIES, CONSENT_SCOPES, REVIEW_OUTCOMES, RISK_LEVELS, SERVICES } from '../../domain/vocabulary.ts';

const text = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(min).max(max));

/** A real calendar day, YYYY-MM-DD (a Pakistan date). */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

const services = (min: number) =>
  z
    .array(z.enum(SERVICES))
    .min(min)
    .max(SERVICES.length)
    .refine((xs) => new Set(xs).size === xs.length);

export const Goal = z.strictObject({
  text: text(1, 500),
  service: z.enum(SERVICES).optional(),
  desk: z.string().min(1).max(100).optional(),
  due: Day,
});

export const CASE_STEP_ACTIONS = [
  z.strictObject({
    type: z.literal('assess'),
    riskLevel: z.enum(RISK_LEVELS),
    needs: services(0),
    summary: text(1, 5000),
    immediateSafety: text(0, 2000).optional(),
  }),
  z.strictObject({
    type: z.literal('consent'),
    by: z.enum(CONSENT_PARTIES),
    given: z.boolean(),
    scope: z
      .array(z.enum(CONSENT_SCOPES))
      .min(1)
      .max(CONSENT_SCOPES.length)
      .refine((xs) => new Set(xs).size === xs.length),
    note: text(0, 1000).optional(),
  }),
  z.strictObject({ type: z.literal('plan'), goals: z.array(Goal).min(1).max(20), reviewBy: Day }),
  z.strictObject({ type: z.literal('review'), outcome: z.enum(REVIEW_OUTCOMES), note: text(1, 2000), nextReviewBy: Day.optional() }),
  z.strictObject({ type: z.literal('court'), date: Day, orders: services(1), note: text(0, 1000).optional() }),
  z.strictObject({ type: z.literal('approve'), what: z.enum(APPROVALS) }),
] as const;
