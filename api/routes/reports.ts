import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLocale, type Locale } from '../../locales/index.ts';
import { verifyCaptcha } from '../captcha/siteverify.ts';
import type { AppEnv, AppDeps } from '../app.ts';
import { ApiError, errorBody, requestLocale, validationError } from '../errors.ts';
import { createRateLimiter } from '../middleware/rate-limit.ts';
import { createReport } from '../reports/create.ts';
import { addReporterMessage, reporterView } from '../reports/follow-up.ts';
import { formToReport } from '../reports/form-body.ts';
import { renderCreated, renderError } from '../reports/html.ts';
import { ErrorBody, ReceiptInput, ReportCreated, ReportInput, ReporterMessageInput, ReporterView } from '../schemas.ts';

const MAX_BODY = 64 * 1024;
const errors = {
  400: { description: 'validation_failed or captcha_failed', content: { 'application/json': { schema: ErrorBody } } },
  413: { description: 'too_large', content: { 'application/json': { schema: ErrorBody } } },
  415: { description: 'unsupported_media_type', content: { 'application/json': { schema: ErrorBody } } },
  429: { description: 'rate_limited', content: { 'application/json': { schema: ErrorBody } } },
};

const limitBody = bodyLimit({
  maxSize: MAX_BODY,
  onError: () => {
    throw new ApiError(413, 'too_large');
  },
});

type BodyKind = 'json' | 'form';

/** Reads a JSON or urlencoded body; anything else is 415, unparseable JSON a validation error. */
async function readBody(c: Context, accept: BodyKind[]): Promise<{ kind: BodyKind; data: unknown }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' && accept.includes('json')) {
    try {
      return { kind: 'json', data: await c.req.json() };
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError(400, 'validation_failed', { fields: {} });
    }
  }
  if (type === 'application/x-www-form-urlencoded' && accept.includes('form')) {
    return { kind: 'form', data: formToReport(new URLSearchParams(await c.req.text())) };
  }
  throw new ApiError(415, 'unsupported_media_type');
}

function stashLocale(c: Context, data: unknown) {
  const locale = data && typeof data === 'object' ? (data as { locale?: unknown }).locale : undefined;
  if (isLocale(locale)) c.set('locale' as never, locale as never);
}

export function reportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { config } = deps;
  const limiter = createRateLimiter(config.REPORT_RATE_LIMIT);

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/reports',
      summary: 'Submit an anonymous report',
      request: {
        body: {
          content: { 'application/json': { schema: ReportInput }, 'application/x-www-form-urlencoded': { schema: ReportInput } },
          required: true,
        },
      },
      responses: { 201: { description: 'Stored and queued', content: { 'application/json': { schema: ReportCreated } } }, ...errors },
    }),
  );
  app.post('/api/reports', limitBody, async (c) => {
    let kind: BodyKind = 'json';
    try {
      const body = await readBody(c, ['json', 'form']);
      kind = body.kind;
      stashLocale(c, body.data);
      const locale = requestLocale(c);
      const parsed = ReportInput.safeParse(body.data);
      if (!parsed.success) throw validationError(parsed.error, body.data, locale);
      const wait = limiter.hit(c);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new ApiError(429, 'rate_limited', { vars: { minutes: Math.ceil(wait / 60) } });
      }
      const captcha = await verifyCaptcha(
        { url: config.HCAPTCHA_VERIFY_URL, secret: config.HCAPTCHA_SECRET, sitekey: config.HCAPTCHA_SITEKEY, timeoutMs: config.HCAPTCHA_TIMEOUT_MS },
        parsed.data.captchaToken,
      );
      if (captcha === 'invalid') throw new ApiError(400, 'captcha_failed');
      const created = await createReport(deps, parsed.data, captcha === 'valid');
      deps.log('report.created', { priority: created.priority, queue: created.queue.id, verified: created.verified });
      return kind === 'form' ? c.html(renderCreated(parsed.data.locale, created), 201) : c.json(created, 201);
    } catch (err) {
      if (kind === 'form' && err instanceof ApiError) {
        const locale: Locale = requestLocale(c);
        const body = errorBody(locale, err.code, err.fields, err.vars);
        return c.html(renderError(locale, body.error.message, err.fields), err.status);
      }
      throw err;
    }
  });

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/reports/lookup',
      summary: "A reporter's view of their report, opened with the receipt",
      request: { body: { content: { 'application/json': { schema: ReceiptInput } }, required: true } },
      responses: { 200: { description: 'Status and thread', content: { 'application/json': { schema: ReporterView } } }, ...errors },
    }),
  );
  app.post('/api/reports/lookup', limitBody, async (c) => {
    const body = await readBody(c, ['json']);
    stashLocale(c, body.data);
    const parsed = ReceiptInput.safeParse(body.data);
    if (!parsed.success) throw validationError(parsed.error, body.data, requestLocale(c));
    return c.json(await reporterView(deps, parsed.data.receipt));
  });

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/reports/messages',
      summary: 'Add information to a report, with the receipt',
      request: { body: { content: { 'application/json': { schema: ReporterMessageInput } }, required: true } },
      responses: { 201: { description: 'Added' }, ...errors },
    }),
  );
  app.post('/api/reports/messages', limitBody, async (c) => {
    const body = await readBody(c, ['json']);
    stashLocale(c, body.data);
    const parsed = ReporterMessageInput.safeParse(body.data);
    if (!parsed.success) throw validationError(parsed.error, body.data, requestLocale(c));
    await addReporterMessage(deps, parsed.data.receipt, parsed.data.body);
    return c.body(null, 201);
  });
}
