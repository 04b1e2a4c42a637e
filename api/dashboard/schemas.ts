// The dashboard's contract as zod schemas: the date-range query (shared with the CSV exports) and the figures
// GET /api/staff/dashboard answers, described in /api/openapi.json.
import { z } from '@hono/zod-openapi';
import { LANGS } from '../../domain/languages.ts';
import { CASE_STAGES, CHANNELS, PRIORITIES, REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import { localized } from '../schemas.ts';
import { AGE_BUCKETS } from './aggregates.ts';

/** A real calendar day, YYYY-MM-DD (2026-02-30 is refused, not rolled over into March). */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

/** Pakistan calendar days, both inclusive; by default the last 30. `lang` chooses an export's language. */
export const RangeQuery = z.object({
  from: Day.optional().openapi({ param: { name: 'from', in: 'query' }, example: '2026-01-01' }),
  to: Day.optional().openapi({ param: { name: 'to', in: 'query' }, example: '2026-01-31' }),
  lang: z
    .enum(LANGS)
    .optional()
    .openapi({ param: { name: 'lang', in: 'query' } }),
});
export type RangeQuery = z.output<typeof RangeQuery>;

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
      byPriority: z.array(z.object({ priority, total: count, screened: count, withinDeadline: count, medianMs: z.number().nullable() })),
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
