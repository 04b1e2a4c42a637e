// GET /api/statistics (public JSON) and the public page /<lang>/statistics/ rendered from the same figures.
// Public and anonymous: no session, nothing about the caller is read or logged; only aggregates leave.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { getT } from '../../locales/i18n.ts';
import { LANGS } from '../../domain/languages.ts';
import type { Locale } from '../../locales/index.ts';
import { PRIORITIES, SERVICES } from '../../domain/vocabulary.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { pktDay, REFERRAL_STATUSES } from '../dashboard/aggregates.ts';
import { ApiError, requestLocale } from '../errors.ts';
import { pageCsp, type StaticSite } from '../middleware/static-site.ts';
import { ErrorBody } from '../schemas.ts';
import { MAX_MONTHS, monthCounts, periodOf, publicStatistics, type MonthCounts, type Period } from './figures.ts';
import { fillTemplate, renderStatistics } from './page.ts';

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export type PeriodCheck = { period: Period } | { errors: Partial<Record<'from' | 'to', string>> };

/** The period asked for, or a message per field in the reader's language. An empty field means "not given". */
export function checkPeriod(query: { from?: string; to?: string }, locale: Locale, now = Date.now()): PeriodCheck {
  const t = getT(locale, 'statistics');
  const from = query.from?.trim() || undefined;
  const to = query.to?.trim() || undefined;
  const errors: Partial<Record<'from' | 'to', string>> = {};
  if (from !== undefined && !isDay(from)) errors.from = t('filter.invalidDate');
  if (to !== undefined && !isDay(to)) errors.to = t('filter.invalidDate');
  if (!errors.from && !errors.to && from && to && from > to) errors.from = t('filter.order');
  if (errors.from || errors.to) return { errors };
  const period = periodOf(from, to, now);
  // Counted after the month in progress is left out, so "from" alone, long ago, is refused as well.
  if (period.months.length > MAX_MONTHS) return { errors: { from: t('filter.tooLong', { max: MAX_MONTHS }) } };
  return { period };
}

/**
 * "Updated daily": a value is computed at most once per Pakistan day per key and kept in memory (the oldest
 * goes first beyond `max`). Concurrent first requests share one computation.
 */
export function dailyCache<T>(options: { max?: number; now?: () => number } = {}) {
  const max = options.max ?? 64;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { day: string; value: Promise<T> }>();
  return {
    get(key: string, compute: () => Promise<T>): Promise<T> {
      const day = pktDay(now());
      const hit = entries.get(key);
      if (hit && hit.day === day) return hit.value;
      entries.delete(key);
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      const value = compute();
      entries.set(key, { day, value });
      // A failed computation (database busy) is not kept: the next reader tries again.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}

const Count = z.number().int().nullable().openapi({ description: 'null: hidden (under 5, or so that a figure under 5 cannot be worked out)' });
const ByStatus = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, Count])) as Record<(typeof REFERRAL_STATUSES)[number], typeof Count>;
export const StatisticsBody = z
  .object({
    range: z.object({ from: z.string(), to: z.string() }).nullable().openapi({ description: 'The complete calendar months covered (Pakistan time); null when the period holds none yet' }),
    asOf: z.string().openapi({ description: 'Pakistan day the figures were computed on (once a day)' }),
    minimumCount: z.number().int(),
    provinces: z.array(z.object({ id: z.string(), name: z.record(z.string(), z.string()) })),
    reportsPerMonth: z.array(z.object({ month: z.string(), total: Count, byProvince: z.record(z.string(), Count) })),
    reportsByProvince: z.array(z.object({ province: z.string(), count: Count })),
    total: Count,
    actedWithinDeadline: z.array(z.object({ priority: z.enum(PRIORITIES), share: z.number().nullable() })),
    medianMinutesToFirstAction: z.array(z.object({ priority: z.enum(['all', ...PRIORITIES]), minutes: z.number().nullable() })),
    referrals: z.array(z.object({ service: z.enum(SERVICES), total: Count, ...ByStatus })),
    referralTotals: z.object({ total: Count, ...ByStatus }),
  })
  .openapi('PublicStatistics');

export function statisticsRoutes(deps: AppDeps, site?: StaticSite): Router {
  const app = createRouter();
  // Each month's raw counts at most once a day (a month long before the portal existed costs one empty index probe);
  // a period's figures are then put together in memory, so readers choosing many periods add no database work.
  const monthCache = dailyCache<MonthCounts>({ max: 1000 });
  const figuresFor = (period: Period) => {
    const now = Date.now();
    return publicStatistics(deps.db, period, now, (month) => monthCache.get(month, () => monthCounts(deps.db, month, now)));
  };

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: '/api/statistics',
      summary: 'Public statistics: national aggregates by complete month and province, small figures hidden',
      request: { query: z.object({ from: z.string().optional().openapi({ example: '2026-01-01' }), to: z.string().optional().openapi({ example: '2026-06-30' }) }) },
      responses: {
        200: { description: 'Aggregates only', content: { 'application/json': { schema: StatisticsBody } } },
        400: { description: 'validation_failed: a date that does not exist, start after end, or more than 36 months', content: { 'application/json': { schema: ErrorBody } } },
      },
    }),
  );
  app.get('/api/statistics', async (c) => {
    const checked = checkPeriod({ from: c.req.query('from'), to: c.req.query('to') }, requestLocale(c));
    if ('errors' in checked) throw new ApiError(400, 'validation_failed', { fields: checked.errors as Record<string, string> });
    const figures = await figuresFor(checked.period);
    // Public aggregates, the same for everyone all day: a proxy or the browser may keep them for an hour.
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(figures, 200);
  });

  if (!site) return app;
  for (const locale of LANGS) {
    const template = site.page(`/${locale}/statistics/index.html`);
    if (!template) continue;
    app.get(`/${locale}/statistics/`, async (c) => {
      const query = { from: c.req.query('from'), to: c.req.query('to') };
      const checked = checkPeriod(query, locale);
      const figures = 'errors' in checked ? null : await figuresFor(checked.period);
      const rendered = renderStatistics({ locale, query, figures, errors: 'errors' in checked ? checked.errors : undefined });
      const html = fillTemplate(template, rendered);
      if (!html) return site.handler(c, async () => {});
      return htmlResponse(c, html, 'errors' in checked ? 400 : 200);
    });
  }
  return app;
}

/** Like the static pages: never stored (a shared phone keeps no trace), compressed, a CSP for exactly this HTML. */
function htmlResponse(c: Context, html: string, status: number): Response {
  const accept = c.req.header('accept-encoding') ?? '';
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    'Content-Security-Policy': pageCsp(html, false),
  };
  let body: Uint8Array = Buffer.from(html, 'utf8');
  if (/\bbr\b/.test(accept)) {
    body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    headers['Content-Encoding'] = 'br';
  } else if (/\bgzip\b/.test(accept)) {
    body = gzipSync(body, { level: 6 });
    headers['Content-Encoding'] = 'gzip';
  }
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
}
