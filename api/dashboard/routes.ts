// GET /api/staff/dashboard and /api/staff/export/*.csv: figures and exports for supervisors (their unit)
// and provincial officers (their province). Every view and export is audit-logged with its filter.
import { eq, type SQL } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { provinces, queues, type StaffUser } from '../../db/schema.ts';
import { isLocale, type Locale } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { appendAudit } from '../audit/log.ts';
import { capabilitiesOf, reportScope, scopeOnQueue } from '../auth/scope.ts';
import { staffOf } from '../auth/session.ts';
import { ApiError, requestLocale, validationError } from '../errors.ts';
import { aggregatesCsv } from '../export/aggregates-csv.ts';
import { reportsCsv } from '../export/reports-csv.ts';
import { dashboard, pktDay, rangeOfDays, type DateRange } from './aggregates.ts';
import { alertFigures } from '../alerts/service.ts';
import { overdueReferralsByQueue, queueIdsInScope } from '../queue/queries.ts';
import { LANGS } from '../../domain/languages.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_RANGE_DAYS = 366;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
export const RangeQuery = z.object({ from: Day.optional(), to: Day.optional(), lang: z.enum(LANGS).optional() });

/** The date range asked for; by default the last 30 Pakistan days. */
export function parseRange(query: Record<string, string>, locale: Locale, now = Date.now()): DateRange {
  const parsed = RangeQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, query, locale);
  const toDay = parsed.data.to ?? pktDay(now);
  const fromDay = parsed.data.from ?? pktDay(Date.parse(`${toDay}T12:00:00Z`) - 29 * DAY_MS);
  const range = rangeOfDays(fromDay, toDay);
  const days = Math.round((range.to - range.from) / DAY_MS);
  if (days < 1 || days > MAX_RANGE_DAYS) throw new ApiError(400, 'validation_failed', { fields: { from: getT(locale, 'dashboard')('filter.invalid') } });
  return range;
}

/** Supervisors see their unit, provincial officers their province; anyone else is refused. */
export function dashboardScope(user: StaffUser): SQL {
  if (capabilitiesOf(user).viewDashboard) return reportScope(user);
  throw new ApiError(403, 'forbidden');
}

export function dashboardRoutes(deps: AppDeps): Router {
  const app = createRouter();
  const { db } = deps;

  const scopeName = async (user: StaffUser) => {
    if (user.role === 'provincial') {
      const p = await db.select().from(provinces).where(eq(provinces.id, user.provinceId!)).get();
      return { kind: 'province' as const, id: user.provinceId!, name: p ? p.names : null };
    }
    const q = await db.select().from(queues).where(eq(queues.id, user.queueId!)).get();
    return { kind: 'queue' as const, id: user.queueId!, name: q ? q.names : null };
  };

  const prepare = (c: Context) => {
    const { user } = staffOf(c);
    const scope = dashboardScope(user);
    const range = parseRange(c.req.query(), requestLocale(c));
    // The same scope on the daily roll-ups' queue column: figures that can be are read from them.
    const rollups = (queueId: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(user, queueId);
    return { user, scope, range, rollups };
  };

  app.get('/api/staff/dashboard', async (c) => {
    const { user, scope, range, rollups } = prepare(c);
    const figures = await dashboard(db, scope, range, Date.now(), deps.config.SCREENING_DEADLINE_MINUTES * 60_000, rollups);
    // Alerts raised in the range: per priority, time from arrival to acknowledgement and how many escalated (api/alerts).
    const queueIds = await queueIdsInScope(db, user);
    const alerts = (await alertFigures(db, queueIds, range.from, range.to)).priorities;
    // Referrals waiting on a desk past the report's priority deadline, now (not bound to the date range).
    const referralsOverdue = (await overdueReferralsByQueue(db, queueIds, Date.now())).reduce((n, r) => n + r.count, 0);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'dashboard_viewed', queueId: user.queueId, detail: { from: range.fromDay, to: range.toDay } });
    return c.json({ scope: await scopeName(user), ...figures, alerts, referralsOverdue });
  });

  const exportLocale = (c: Context): Locale => {
    const lang = c.req.query('lang');
    return isLocale(lang) ? lang : requestLocale(c);
  };
  const csvHeaders = (name: string) => ({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });

  app.get('/api/staff/export/reports.csv', async (c) => {
    const { user, scope, range } = prepare(c);
    const locale = exportLocale(c);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'export', queueId: user.queueId, detail: { kind: 'reports', from: range.fromDay, to: range.toDay, lang: locale, scope: user.role === 'provincial' ? user.provinceId : user.queueId } });
    return c.body(reportsCsv(db, scope, range, locale), 200, csvHeaders(`hifazat-reports-${range.fromDay}-${range.toDay}.csv`));
  });

  app.get('/api/staff/export/aggregates.csv', async (c) => {
    const { user, scope, range, rollups } = prepare(c);
    const locale = exportLocale(c);
    const { csv, rows } = aggregatesCsv(await dashboard(db, scope, range, Date.now(), undefined, rollups), locale);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'export', queueId: user.queueId, detail: { kind: 'aggregates', from: range.fromDay, to: range.toDay, lang: locale, scope: user.role === 'provincial' ? user.provinceId : user.queueId, rows } });
    return c.body(csv, 200, csvHeaders(`hifazat-figures-${range.fromDay}-${range.toDay}.csv`));
  });
  return app;
}
