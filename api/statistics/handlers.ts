// The public statistics' handler, and the figures of a period shared with the server-filled pages (index.ts).
import type { RouteHandler } from '@hono/zod-openapi';
import { ApiError, requestLocale } from '../kernel/errors.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { dailyCache } from './daily-cache.ts';
import type { MonthCounts, Period } from './figures.ts';
import { checkPeriod } from './period.ts';
import { monthCounts, publicStatistics } from './queries.ts';
import type * as routes from './routes.ts';

export function statisticsHandlers({ db }: AppDeps) {
  // Each month's raw counts at most once a day (a month long before the portal existed costs one empty index probe);
  // a period's figures are then put together in memory, so readers choosing many periods add no database work.
  const monthCache = dailyCache<MonthCounts>({ max: 1000 });
  const figuresFor = (period: Period) => {
    const now = Date.now();
    return publicStatistics(db, period, now, (month) => monthCache.get(month, () => monthCounts(db, month, now)));
  };

  const statistics: RouteHandler<typeof routes.statistics, AppEnv> = async (c) => {
    const checked = checkPeriod(c.req.valid('query'), requestLocale(c));
    if ('errors' in checked) throw new ApiError(400, 'validation_failed', { fields: checked.errors as Record<string, string> });
    const figures = await figuresFor(checked.period);
    // Public aggregates, the same for everyone all day: a proxy or the browser may keep them for an hour.
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(figures, 200);
  };
  return { statistics, figuresFor };
}
