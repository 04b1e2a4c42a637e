// The whole HTTP surface as a function of its dependencies: no I/O at import, so every test builds its own.
import { HTTPException } from 'hono/http-exception';
import type { Db } from '../db/client.ts';
import { accountsFeature } from './accounts/index.ts';
import { alertsFeature } from './alerts/index.ts';
import { type AlertService, createAlertService } from './alerts/service.ts';
import { auditFeature } from './audit/index.ts';
import { caseFeature } from './case/index.ts';
import { createSealer } from './crypto/seal.ts';
import { dashboardFeature } from './dashboard/index.ts';
import { desksFeature } from './desks/index.ts';
import { exportsFeature } from './exports/index.ts';
import { intakeFeature } from './intake/index.ts';
import { ApiError, errorBody, errorResponse, requestLocale } from './kernel/errors.ts';
import { staffGuard } from './kernel/guard.ts';
import { GUARDED_PREFIXES, type Rule, rulesOf } from './kernel/policy.ts';
import { type AppConfig, type AppDeps, createRouter } from './kernel/types.ts';
import { errorCode, type Logger, silentLogger } from './log.ts';
import { apiBodyLimit } from './middleware/body-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import type { StaticSite } from './middleware/static-site.ts';
import type { AnswerPages } from './pages.ts';
import { partnerFeature } from './partner/index.ts';
import { publicFeature } from './public/index.ts';
import { queueFeature } from './queue/index.ts';
import { createCommitQueue } from './report-core/commit-queue.ts';
import { reportsFeature } from './reports/index.ts';
import { sessionFeature } from './session/index.ts';
import { statisticsFeature } from './statistics/index.ts';

export type { AppConfig, AppDeps } from './kernel/types.ts';
/** The whole API's type, routes with their inputs and answers: the islands' client is hc<AppType> (site/islands/api/). */
export type AppType = ReturnType<typeof createApp>;

// Database faults (disk full, read-only file, lock timeouts) are ours, not the client's: 503, retryable.
function isDatabaseFault(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && /^SQLITE_|^LIBSQL|^HRANA|^SERVER_ERROR|^CLIENT_/.test(code);
}

export function createApp(options: {
  db: Db;
  config: AppConfig;
  log?: Logger;
  site?: StaticSite;
  /** The pages the server writes (JavaScript-off answers, statistics), from the built site's renderer (api/pages.ts). */
  pages?: AnswerPages;
  alerts?: AlertService;
  routeRules?: Readonly<Record<string, Rule>>;
}) {
  const sealer = createSealer(options.config.REPORT_KEY, options.config.REPORT_KEY_PREVIOUS);
  const log = options.log ?? silentLogger;
  // server.ts passes the service whose worker it starts; without one, alerts are raised only when something calls tick().
  const alerts = options.alerts ?? createAlertService({ db: options.db, sealer, config: options.config, log });
  const commitQueue = createCommitQueue(options.db, { windowMs: options.config.INTAKE_GROUP_COMMIT_MS });
  const deps: AppDeps = { db: options.db, config: options.config, sealer, log, alerts, routeRules: {} };
  const app = createRouter();
  app.use('*', securityHeaders({ hsts: options.config.NODE_ENV === 'production' }));
  // The public origin (PUBLIC_ORIGIN) for the CSRF Origin check and the session cookie; unset: the request's own.
  const publicOrigin = options.config.PUBLIC_ORIGIN;
  if (publicOrigin) {
    app.use('*', (c, next) => {
      c.set('publicOrigin', publicOrigin);
      return next();
    });
  }
  // Every body under /api is bounded before it is read (a 600 MB chunked sign-in used to be buffered whole);
  // the report routes set their own limit with a page in the reporter's language.
  app.use('/api/*', apiBodyLimit());

  // One guard for every staff and partner route: session, CSRF, the account's gates and the route's rule.
  const guard = staffGuard(deps);
  for (const prefix of GUARDED_PREFIXES) app.use(`${prefix}*`, guard);

  // Each feature builds its own router; mounting merges its routes and their OpenAPI descriptions.
  const api = app
    .route('/', publicFeature(deps))
    .route('/', reportsFeature(deps, commitQueue, options.pages))
    .route('/', sessionFeature(deps))
    .route('/', queueFeature(deps))
    .route('/', caseFeature(deps))
    .route('/', intakeFeature(deps))
    .route('/', auditFeature(deps))
    .route('/', dashboardFeature(deps))
    .route('/', exportsFeature(deps))
    .route('/', accountsFeature(deps))
    .route('/', alertsFeature(deps, alerts))
    .route('/', statisticsFeature(deps, options.site, options.pages))
    .route('/', desksFeature(deps))
    .route('/', partnerFeature(deps));

  // The policy table is read off the mounted routes (each staffRoute carries its rule); the guard reads it per request.
  deps.routeRules = options.routeRules ?? rulesOf(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Hifazat API', version: '0.1.0', description: 'Anonymous child-protection reports and CPU case intake (docs/api.md).' },
  });

  app.notFound((c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.json(errorBody(requestLocale(c), 'not_found'), 404);
    return options.site ? options.site.notFound(c) : c.text('Not found', 404);
  });

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      const code = err.status === 413 ? 'too_large' : err.status === 415 ? 'unsupported_media_type' : 'validation_failed';
      return errorResponse(c, new ApiError(err.status as 400, code, code === 'validation_failed' ? { fields: {} } : {}));
    }
    // Log the fault, never the request: no headers, addresses or bodies.
    const dbFault = isDatabaseFault(err);
    deps.log('request.failed', {
      path: c.req.routePath,
      kind: dbFault ? 'database' : 'internal',
      code: errorCode(err),
    });
    return dbFault ? errorResponse(c, new ApiError(503, 'unavailable')) : errorResponse(c, new ApiError(500, 'internal'));
  });

  // The site answers every GET except under /api, whose unknown paths get the JSON 404 above, not the HTML page.
  const site = options.site;
  if (site) app.get('*', (c, next) => (c.req.path === '/api' || c.req.path.startsWith('/api/') ? next() : site.handler(c, next)));
  return api;
}
