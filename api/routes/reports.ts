import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLocale, type Locale } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';
import { verifyCaptcha } from '../captcha/siteverify.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { normalizeReceipt } from '../crypto/receipt.ts';
import { ApiError, errorBody, requestLocale, validationError } from '../errors.ts';
import { createRateLimiter } from '../middleware/rate-limit.ts';
import { createReport } from '../reports/create.ts';
import { addReporterMessage, reporterView } from '../reports/follow-up.ts';
import { formToReport } from '../reports/form-body.ts';
import { HTML_PAGE_CSP, renderCreated, renderReportForm, renderStatus, renderStatusForm, type FormValues } from '../reports/html.ts';
import { ErrorBody, ReceiptInput, ReportCreated, ReportInput, ReporterMessageInput, ReporterView } from '../schemas.ts';

const MAX_BODY = 64 * 1024;
const errors = {
  400: { description: 'validation_failed or captcha_failed', content: { 'application/json': { schema: ErrorBody } } },
  413: { description: 'too_large', content: { 'application/json': { schema: ErrorBody } } },
  415: { description: 'unsupported_media_type', content: { 'application/json': { schema: ErrorBody } } },
  429: { description: 'rate_limited', content: { 'application/json': { schema: ErrorBody } } },
};

type BodyKind = 'json' | 'form';

const kindOf = (c: Context): BodyKind | null => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : null;
};

/** HTML for the JavaScript-off pages, under a CSP of their own (no script, one hashed stylesheet). */
function html(c: Context, markup: string, status: number) {
  c.header('Content-Security-Policy', HTML_PAGE_CSP);
  return c.html(markup, status as 200);
}

/** 64 KB at most; a JavaScript-off form gets the answer as a page in its language, anything else as JSON. */
const limitBody = (formPage: (locale: Locale, message: string) => string) =>
  bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) => {
      if (kindOf(c) === 'form') {
        const locale = requestLocale(c);
        return html(c, formPage(locale, errorBody(locale, 'too_large').error.message), 413);
      }
      throw new ApiError(413, 'too_large');
    },
  });

interface Body {
  kind: BodyKind;
  data: unknown;
  /** The urlencoded fields exactly as posted (JavaScript-off form), to put back into the page. */
  values: FormValues;
}

/** Reads a JSON or urlencoded body; anything else is 415, unparseable JSON a validation error. */
async function readBody(c: Context, toData: (form: URLSearchParams) => unknown): Promise<Body> {
  const kind = kindOf(c);
  if (kind === 'json') {
    try {
      return { kind, data: await c.req.json(), values: {} };
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError(400, 'validation_failed', { fields: {} });
    }
  }
  if (kind === 'form') {
    const form = new URLSearchParams(await c.req.text());
    const values: FormValues = {};
    for (const [k, v] of form) values[k] ??= v;
    return { kind, data: toData(form), values };
  }
  throw new ApiError(415, 'unsupported_media_type');
}

const plainForm = (form: URLSearchParams) => Object.fromEntries(form);

function stashLocale(c: Context, data: unknown) {
  const locale = data && typeof data === 'object' ? (data as { locale?: unknown }).locale : undefined;
  if (isLocale(locale)) c.set('locale' as never, locale as never);
}

function rateLimited(c: Context, wait: number): ApiError {
  c.header('Retry-After', String(wait));
  return new ApiError(429, 'rate_limited', { vars: { count: Math.ceil(wait / 60) } });
}

export function reportRoutes(deps: AppDeps): Router {
  const app = createRouter();
  const { config } = deps;
  const trustProxy = config.TRUST_PROXY;
  const limiter = createRateLimiter({ ...config.REPORT_RATE_LIMIT, trustProxy });
  // The ceiling for a shared address whose reporters each solve the captcha: 20 times the plain budget.
  const sharedAddressLimiter = createRateLimiter({ max: config.REPORT_RATE_LIMIT.max * 20, windowMs: config.REPORT_RATE_LIMIT.windowMs, trustProxy });
  // Receipt lookups (and messages, which need the receipt) get more room than reports, per client. Failed
  // guesses are also counted per receipt prefix across clients, but the right receipt is always answered:
  // someone who knows the first digits of a receipt must not be able to lock its owner out of their status page.
  const lookupLimiter = createRateLimiter({ max: config.REPORT_RATE_LIMIT.max * 4, windowMs: config.REPORT_RATE_LIMIT.windowMs, trustProxy });
  const prefixLimiter = createRateLimiter({ max: config.REPORT_RATE_LIMIT.max * 2, windowMs: config.REPORT_RATE_LIMIT.windowMs });

  /** Runs a receipt operation under the lookup limits: the client's budget first, the prefix's on a miss. */
  async function withReceipt<T>(c: Context, rawReceipt: string, run: () => Promise<T>): Promise<T> {
    const clientWait = lookupLimiter.hit(c);
    if (clientWait > 0) throw rateLimited(c, clientWait);
    try {
      return await run();
    } catch (err) {
      const receipt = normalizeReceipt(rawReceipt);
      if (err instanceof ApiError && err.code === 'not_found' && receipt) {
        const prefixWait = prefixLimiter.hitKey(`receipt:${receipt.slice(0, 6)}`);
        if (prefixWait > 0) {
          deps.log('receipt.prefix_limited', {});
          throw rateLimited(c, prefixWait);
        }
      }
      throw err;
    }
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/reports/config',
      summary: 'What the report form needs at run time: the hCaptcha site key (null when captcha is off)',
      responses: { 200: { description: 'Form settings', content: { 'application/json': { schema: z.object({ hcaptchaSitekey: z.string().nullable() }) } } } },
    }),
    (c) => c.json({ hcaptchaSitekey: config.HCAPTCHA_SITEKEY && config.HCAPTCHA_SECRET ? config.HCAPTCHA_SITEKEY : null }, 200),
  );

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
  app.post(
    '/api/reports',
    limitBody((locale, message) => renderReportForm(locale, {}, {}, message)),
    async (c) => {
      let body: Body | undefined;
      try {
        body = await readBody(c, formToReport);
        stashLocale(c, body.data);
        const locale = requestLocale(c);
        const parsed = ReportInput.safeParse(body.data);
        if (!parsed.success) throw validationError(parsed.error, body.data, locale);
        const wait = limiter.hit(c);
        // Over the budget: many people can share one address (carrier NAT, a school, a proxy). Someone who has
        // just solved the captcha is a person, so they go on, up to a hard ceiling; without one, the form says when.
        if (wait > 0 && !(config.HCAPTCHA_SECRET && parsed.data.captchaToken)) throw rateLimited(c, wait);
        const captcha = await verifyCaptcha(
          { url: config.HCAPTCHA_VERIFY_URL, secret: config.HCAPTCHA_SECRET, sitekey: config.HCAPTCHA_SITEKEY, timeoutMs: config.HCAPTCHA_TIMEOUT_MS },
          parsed.data.captchaToken,
        );
        if (captcha === 'invalid') throw new ApiError(400, 'captcha_failed');
        if (wait > 0) {
          const hardWait = captcha === 'valid' ? sharedAddressLimiter.hit(c) : wait;
          if (hardWait > 0) throw rateLimited(c, hardWait);
        }
        const created = await createReport(deps, parsed.data, captcha === 'valid');
        deps.log('report.created', { priority: created.priority, queue: created.queue.id, verified: created.verified });
        return body.kind === 'form' ? html(c, renderCreated(parsed.data.locale, created), 201) : c.json(created, 201);
      } catch (err) {
        if (body?.kind === 'form' && err instanceof ApiError) {
          // The form again, filled in as sent, errors beside their fields: nothing typed is lost, nothing goes in a URL.
          const locale: Locale = requestLocale(c);
          const message = errorBody(locale, err.code, err.fields, err.vars).error.message;
          return html(c, renderReportForm(locale, body.values, err.fields ?? {}, message), err.status);
        }
        throw err;
      }
    },
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/reports/lookup',
      summary: "A reporter's view of their report, opened with the receipt",
      request: { body: { content: { 'application/json': { schema: ReceiptInput }, 'application/x-www-form-urlencoded': { schema: ReceiptInput } }, required: true } },
      responses: { 200: { description: 'Status and thread', content: { 'application/json': { schema: ReporterView } } }, 404: { description: 'not_found', content: { 'application/json': { schema: ErrorBody } } }, ...errors },
    }),
  );
  app.post(
    '/api/reports/lookup',
    limitBody((locale, message) => renderStatusForm(locale, message)),
    async (c) => {
      let body: Body | undefined;
      try {
        body = await readBody(c, plainForm);
        stashLocale(c, body.data);
        const parsed = ReceiptInput.safeParse(body.data);
        if (!parsed.success) throw validationError(parsed.error, body.data, requestLocale(c));
        const view = await withReceipt(c, parsed.data.receipt, () => reporterView(deps, parsed.data.receipt));
        return body.kind === 'form' ? html(c, renderStatus(requestLocale(c), view, parsed.data.receipt), 200) : c.json(view, 200);
      } catch (err) {
        if (body?.kind === 'form' && err instanceof ApiError) {
          const locale = requestLocale(c);
          return html(c, renderStatusForm(locale, errorBody(locale, err.code, undefined, err.vars).error.message, body.values.receipt ?? ''), err.status);
        }
        throw err;
      }
    },
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/api/reports/messages',
      summary: 'Add information to a report, with the receipt',
      request: { body: { content: { 'application/json': { schema: ReporterMessageInput }, 'application/x-www-form-urlencoded': { schema: ReporterMessageInput } }, required: true } },
      responses: { 201: { description: 'Added' }, 404: { description: 'not_found', content: { 'application/json': { schema: ErrorBody } } }, ...errors },
    }),
  );
  app.post(
    '/api/reports/messages',
    limitBody((locale, message) => renderStatusForm(locale, message)),
    async (c) => {
      let body: Body | undefined;
      try {
        body = await readBody(c, plainForm);
        stashLocale(c, body.data);
        const parsed = ReporterMessageInput.safeParse(body.data);
        if (!parsed.success) throw validationError(parsed.error, body.data, requestLocale(c));
        const added = await withReceipt(c, parsed.data.receipt, () => addReporterMessage(deps, parsed.data.receipt, parsed.data.body));
        deps.log('report.reporter_message', { priorityRaised: added.priorityRaised });
        if (body.kind === 'form') {
          const locale = requestLocale(c);
          const view = await reporterView(deps, parsed.data.receipt);
          return html(c, renderStatus(locale, view, parsed.data.receipt, getT(locale, 'report')('status.added')), 201);
        }
        return c.body(null, 201);
      } catch (err) {
        if (body?.kind === 'form' && err instanceof ApiError) {
          const locale = requestLocale(c);
          const receipt = body.values.receipt ?? '';
          // A bad message with a good receipt: the status page again with the text kept and the error beside it.
          if (err.code === 'validation_failed' && err.fields?.body && !err.fields.receipt) {
            const view = await reporterView(deps, receipt).catch(() => null);
            if (view) return html(c, renderStatus(locale, view, receipt, '', err.fields, body.values.body ?? ''), 400);
          }
          return html(c, renderStatusForm(locale, errorBody(locale, err.code, undefined, err.vars).error.message, receipt), err.status);
        }
        throw err;
      }
    },
  );
  return app;
}
