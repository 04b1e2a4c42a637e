// The dashboard's contract as zod schemas: the figures GET /api/staff/dashboard answers, described in
// /api/openapi.json (its date-range query, shared with the exports, is api/figures/filter.ts).
import { z } from '@hono/zod-openapi';
import { CASE_STAGES, CHANNELS, PRIORITIES, REFERRAL_STATUSES, SCREENING_OUTCOMES } from '../../domain/vocabulary.ts';
import { AGE_BUCKETS } from '../figures/aggregates.ts';
import { localized } from '../schemas.ts';

const count = z.number().int();
const priority = z.enum(PRIORITIES);
const median = z.object({ n: count, medianMs: z.number().nullable() });
/** One count per value of a vocabulary list (per priority, per referral status). */
const countsOf = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>;
const vocabulary = (list: string) => z.string().openapi({ description: `One of ${list} in domain/vocabulary.ts` });

export const DashboardFigures = z
  .object({
    scope: z.object({ kind: z.enum(['queue', 'province']), id: z.string(), name: localized.nullable() }),
    range: z.object({ from: z.string(), to: z.string() }),
    total: count,
    perDay: z.array(z.object({ day: z.string(), ...countsOf(PRIORITIES) })),
    byCategory: z.array(z.object({ category: vocabulary('CATEGORIES'), count })),
    byDistrict: z.array(z.object({ province: z.string(), district: z.string(), name: localized.nullable(), count })),
    openByAge: z.array(z.object({ bucket: z.enum(AGE_BUCKETS), count })),
    sla: z.array(z.object({ priority, total: count, met: count, missed: count, pending: count, share: z.number().nullable() })),
    medians: z.object({ firstAction: median, closure: median }),
    referrals: z.array(z.object({ service: vocabulary('SERVICES'), total: count, ...countsOf(REFERRAL_STATUSES) })),
    screening: z.object({
      deadlineMs: z.number(),
      byPriority: z.array(
        z.object({
          priority,
          total: count,
          screened: count,
          withinDeadline: count,
          medianMs: z.number().nullable(),
          p90Ms: z.number().nullable(),
        }),
      ),
      // Per triage outcome (a report may count in several), from arrival to screening.
      byOutcome: z.array(
        z.object({ outcome: z.enum(SCREENING_OUTCOMES), screened: count, medianMs: z.number().nullable(), p90Ms: z.number().nullable() }),
      ),
    }),
    alerts: z.array(
      z.object({
        priority: z.string(),
        alerts: count,
        acknowledged: count,
        medianAckMinutes: z.number().nullable(),
        medianAckMs: z.number().nullable().optional(),
        escalated: count,
      }),
    ),
    /** Referrals waiting on a desk past the report's priority deadline, now (not bound to the date range). */
    referralsOverdue: count,
    byChannel: z.array(z.object({ channel: z.enum(CHANNELS), count })),
    /** Open cases now: per stage, and per unit with the assessments, plans and reviews past their deadline. */
    cases: z.object({
      perStage: z.array(z.object({ stage: z.enum(CASE_STAGES), count })),
      perUnit: z.array(
        z.object({
          queueId: z.string(),
          name: localized.nullable(),
          stages: z.record(z.string(), count),
          assessmentsOverdue: count,
          plansOverdue: count,
          reviewsOverdue: count,
        }),
      ),
      /** From arrival to the plan counting, over the range's planned cases. */
      toPlan: median,
    }),
  })
  .openapi('DashboardFigures');
