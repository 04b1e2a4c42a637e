// The public statistics' contract: national aggregates by complete month and province, small figures hidden.
// Public and anonymous: no session, nothing about the caller is read or logged; only aggregates leave.
import { createRoute, z } from '@hono/zod-openapi';
import { CHANNELS, PRIORITIES, SERVICES } from '../../domain/vocabulary.ts';
import { REFERRAL_STATUSES } from '../figures/aggregates.ts';
import { ErrorBody } from '../schemas.ts';

const Count = z
  .number()
  .int()
  .nullable()
  .openapi({ description: 'null: hidden (under 5, or so that a figure under 5 cannot be worked out)' });
const ByStatus = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, Count])) as Record<(typeof REFERRAL_STATUSES)[number], typeof Count>;
export const StatisticsBody = z
  .object({
    range: z
      .object({ from: z.string(), to: z.string() })
      .nullable()
      .openapi({ description: 'The complete calendar months covered (Pakistan time); null when the period holds none yet' }),
    asOf: z.string().openapi({ description: 'Pakistan day the figures were computed on (once a day)' }),
    minimumCount: z.number().int(),
    provinces: z.array(z.object({ id: z.string(), name: z.record(z.string(), z.string()) })),
    reportsPerMonth: z.array(z.object({ month: z.string(), total: Count, byProvince: z.record(z.string(), Count) })),
    reportsByProvince: z.array(z.object({ province: z.string(), count: Count })),
    reportsByChannel: z.array(z.object({ channel: z.enum(CHANNELS), count: Count })),
    total: Count,
    actedWithinDeadline: z.array(z.object({ priority: z.enum(PRIORITIES), share: z.number().nullable() })),
    medianMinutesToFirstAction: z.array(z.object({ priority: z.enum(['all', ...PRIORITIES]), minutes: z.number().nullable() })),
    referrals: z.array(z.object({ service: z.enum(SERVICES), total: Count, ...ByStatus })),
    referralTotals: z.object({ total: Count, ...ByStatus }),
  })
  .openapi('PublicStatistics');

/** A day as YYYY-MM-DD; whether it exists, the order and the length are checked by checkPeriod in the reader's language. */
const Day = z.string();

export const statistics = createRoute({
  method: 'get',
  path: '/api/statistics',
  summary: 'Public statistics: national aggregates by complete month and province, small figures hidden',
  request: {
    query: z.object({ from: Day.optional().openapi({ example: '2026-01-01' }), to: Day.optional().openapi({ example: '2026-06-30' }) }),
  },
  responses: {
    200: { description: 'Aggregates only', content: { 'application/json': { schema: StatisticsBody } } },
    400: {
      description: 'validation_failed: a date that does not exist, start after end, or more than 36 months',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
});
