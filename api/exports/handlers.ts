import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Lang } from '../../domain/languages.ts';
import { dashboard } from '../figures/aggregates.ts';
import type { RangeQuery } from '../figures/filter.ts';
import { dashboardFilter } from '../figures/filter.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { requestLocale } from '../kernel/errors.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { aggregatesCsv } from './aggregates-csv.ts';
import { reportsPage } from './queries.ts';
import { reportsCsv } from './reports-csv.ts';
import type * as routes from './routes.ts';

const csvHeaders = (name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}"`,
  'cache-control': 'no-store',
});

export function exportHandlers({ db }: AppDeps) {
  /** The filter, and the language the file is written in: `lang` if given, else the request's. */
  const prepare = (c: Context<AppEnv>, query: RangeQuery) => {
    const { user } = c.var.staff;
    const locale: Lang = query.lang ?? requestLocale(c);
    return { user, locale, ...dashboardFilter(user, query, requestLocale(c)) };
  };
  const auditExport = (user: AppEnv['Variables']['staff']['user'], detail: Record<string, unknown>) =>
    appendAudit(db.$client, {
      staffId: user.id,
      username: user.username,
      action: 'export',
      queueId: user.queueId,
      detail: { ...detail, scope: user.role === 'provincial' ? user.provinceId : user.queueId },
    });

  const reports: RouteHandler<typeof routes.reportsCsv, AppEnv> = async (c) => {
    const { user, locale, scope, range } = prepare(c, c.req.valid('query'));
    await auditExport(user, { kind: 'reports', from: range.fromDay, to: range.toDay, lang: locale });
    const stream = reportsCsv((afterId, limit) => reportsPage(db, scope, range, afterId, limit), locale);
    return c.body(stream, 200, csvHeaders(`hifazat-reports-${range.fromDay}-${range.toDay}.csv`));
  };

  const aggregates: RouteHandler<typeof routes.aggregatesCsv, AppEnv> = async (c) => {
    const { user, locale, scope, range, rollups } = prepare(c, c.req.valid('query'));
    const { csv, rows } = aggregatesCsv(await dashboard(db, scope, range, Date.now(), undefined, rollups), locale);
    await auditExport(user, { kind: 'aggregates', from: range.fromDay, to: range.toDay, lang: locale, rows });
    return c.body(csv, 200, csvHeaders(`hifazat-figures-${range.fromDay}-${range.toDay}.csv`));
  };
  return { reports, aggregates };
}
