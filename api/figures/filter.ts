// What a dashboard view or an export covers: the account's scope (its unit, or its province) and a range of
// Pakistan days. Pure: the dashboard and the exports read the same filter.
import { z } from '@hono/zod-openapi';
import type { SQL } from 'drizzle-orm';
import type { StaffUser } from '../../db/schema.ts';
import { LANGS, type Lang } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import { ApiError } from '../kernel/errors.ts';
import { capabilitiesOf, reportScope, scopeOnQueue } from '../kernel/scope.ts';
import { type DateRange, pktDay, rangeOfDays } from './aggregates.ts';
import type { QueueScope } from './rollups.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_RANGE_DAYS = 366;

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

/** The date range asked for (already a valid pair of days, RangeQuery); by default the last 30 Pakistan days. */
export function parseRange(query: Pick<RangeQuery, 'from' | 'to'>, locale: Lang, now = Date.now()): DateRange {
  const toDay = query.to ?? pktDay(now);
  const fromDay = query.from ?? pktDay(Date.parse(`${toDay}T12:00:00Z`) - 29 * DAY_MS);
  const range = rangeOfDays(fromDay, toDay);
  const days = Math.round((range.to - range.from) / DAY_MS);
  if (days < 1 || days > MAX_RANGE_DAYS)
    throw new ApiError(400, 'validation_failed', { fields: { from: getT(locale, 'dashboard')('filter.invalid') } });
  return range;
}

/** Supervisors see their unit, provincial officers their province; anyone else is refused. */
export function dashboardScope(user: StaffUser): SQL {
  if (capabilitiesOf(user).viewDashboard) return reportScope(user);
  throw new ApiError(403, 'forbidden');
}

export interface DashboardFilter {
  scope: SQL;
  range: DateRange;
  /** The same scope on the daily roll-ups' queue column: figures that can be are read from them. */
  rollups: QueueScope;
}

export function dashboardFilter(user: StaffUser, query: RangeQuery, locale: Lang, now = Date.now()): DashboardFilter {
  const scope = dashboardScope(user);
  return { scope, range: parseRange(query, locale, now), rollups: (queueId) => scopeOnQueue(user, queueId) };
}
