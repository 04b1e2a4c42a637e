// The public statistics: GET /api/statistics, and the pages /<lang>/statistics/ filled by the server from the same
// figures (site pages, not API: ordinary routes, answered only when the built site and its renderer are there).
// Mounted by app.ts.
import { LANGS } from '../../domain/languages.ts';
import { type AppDeps, createRouter } from '../kernel/types.ts';
import type { StaticSite } from '../middleware/static-site.ts';
import { type AnswerPages, writtenPage } from '../pages.ts';
import { statisticsHandlers } from './handlers.ts';
import { checkPeriod } from './period.ts';
import * as routes from './routes.ts';

export function statisticsFeature(deps: AppDeps, site?: StaticSite, pages?: AnswerPages) {
  const h = statisticsHandlers(deps);
  const app = createRouter().openapi(routes.statistics, h.statistics);
  if (!site || !pages) return app;
  for (const locale of LANGS) {
    app.get(`/${locale}/statistics/`, async (c) => {
      const query = { from: c.req.query('from'), to: c.req.query('to') };
      const checked = checkPeriod(query, locale);
      const figures = 'errors' in checked ? null : await h.figuresFor(checked.period);
      const html = pages.statistics(locale, { query, figures, errors: 'errors' in checked ? checked.errors : undefined });
      if (!html) return site.handler(c, async () => {});
      return writtenPage(c, html, 'errors' in checked ? 400 : 200);
    });
  }
  return app;
}
