// The public statistics: GET /api/statistics, and the pages /<lang>/statistics/ filled by the server from the same
// figures (site pages, not API: ordinary routes, answered only when the built site is served). Mounted by app.ts.

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { LANGS } from '../../domain/languages.ts';
import { type AppDeps, createRouter, type Router } from '../kernel/types.ts';
import { pageCsp, type StaticSite } from '../middleware/static-site.ts';
import { statisticsHandlers } from './handlers.ts';
import { fillTemplate, renderStatistics } from './page.ts';
import { checkPeriod } from './period.ts';
import * as routes from './routes.ts';

export function statisticsFeature(deps: AppDeps, site?: StaticSite): Router {
  const h = statisticsHandlers(deps);
  const app = createRouter().openapi(routes.statistics, h.statistics);
  if (!site) return app;
  for (const locale of LANGS) {
    const template = site.page(`/${locale}/statistics/index.html`);
    if (!template) continue;
    app.get(`/${locale}/statistics/`, async (c) => {
      const query = { from: c.req.query('from'), to: c.req.query('to') };
      const checked = checkPeriod(query, locale);
      const figures = 'errors' in checked ? null : await h.figuresFor(checked.period);
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
