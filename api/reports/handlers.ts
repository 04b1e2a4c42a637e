// The reporter's handlers. A write that came as the JavaScript-off form is answered with a page in the reporter's
// language, and any refusal (validation, captcha, rate limit, unknown receipt) with the form again, filled in as
// sent: nothing typed is lost and nothing goes in a URL. The pages come from the site's renderer (api/pages.ts);
// without a built site the same answers go as JSON. No SQL here (create.ts, follow-up.ts, queries.ts).
import type { Hook, RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isLang, type Lang } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import { verifyCaptcha } from '../captcha/siteverify.ts';
import { ApiError, errorBody, errorResponse, requestLocale, validationError } from '../kernel/errors.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { type AnswerPages, writtenPage } from '../pages.ts';
import type { CommitQueue } from '../report-core/commit-queue.ts';
import { createReport } from '../report-core/create.ts';
import { addReporterMessage, reporterView } from '../report-core/follow-up.ts';
import { reporterLimits } from './limits.ts';
import { bodyKind } from './middleware.ts';
import { fieldsOfPosted, type Posted, postedValues, reportOfPosted } from './posted-form.ts';
import type * as routes from './routes.ts';

type Ctx = Context<AppEnv>;
/** The page a refused form post gets: its form again, with the error. */
type FormPage = (c: Ctx, err: ApiError) => Promise<Response>;

/** The body's language, so that every answer to it (validation, limits, captcha) is in that language. */
function keepLocale(c: Ctx, data: unknown) {
  const locale = data && typeof data === 'object' ? (data as { locale?: unknown }).locale : undefined;
  if (isLang(locale)) c.set('locale', locale);
}

/**
 * The validation hook of a route that takes JSON or the form: keeps the body's language, then answers a refused
 * form with its page and refused JSON with the localised 400 (the form's fields are judged in the JSON shape).
 */
// biome-ignore lint/suspicious/noExplicitAny: one hook for routes of three input shapes.
function formAwareHook(toData: (posted: Posted) => unknown, formPage: FormPage): Hook<any, AppEnv, any, any> {
  return async (result, c) => {
    if (result.success) return void keepLocale(c, result.data);
    // On a failure the hook is handed the body as received (the validator's `data`), not typed by the library.
    const received = (result as { data?: unknown }).data;
    const data = result.target === 'form' ? toData(received as Posted) : received;
    keepLocale(c, data);
    const err = validationError(result.error, data, requestLocale(c));
    if (result.target === 'form') return formPage(c, err);
    throw err;
  };
}

/** Runs a write; a form post it refuses gets its page, anything else goes on to the app's error handler. */
async function answering(c: Ctx, formPage: FormPage, run: (form: boolean) => Promise<Response>): Promise<Response> {
  const form = bodyKind(c) === 'form';
  try {
    return await run(form);
  } catch (err) {
    if (form && err instanceof ApiError) return formPage(c, err);
    throw err;
  }
}

/** The page when the built site has it, else the same answer as JSON. */
const pageOr = (c: Ctx, html: string | null | undefined, status: number, json: () => Response) =>
  html ? writtenPage(c, html, status) : json();

export function reportHandlers(deps: AppDeps & { commitQueue: CommitQueue }, pages?: AnswerPages) {
  const { config, log } = deps;
  const limits = reporterLimits(config, log);
  const captchaOptions = {
    url: config.HCAPTCHA_VERIFY_URL,
    secret: config.HCAPTCHA_SECRET,
    sitekey: config.HCAPTCHA_SITEKEY,
    timeoutMs: config.HCAPTCHA_TIMEOUT_MS,
  };
  const message = (c: Ctx, err: ApiError, fields?: Record<string, string>) =>
    errorBody(requestLocale(c), err.code, fields, err.vars).error.message;

  // The report form again, filled in as sent, errors beside their fields.
  const reportPage: FormPage = async (c, err) => {
    const html = pages?.reportForm(requestLocale(c), await postedValues(c), err.fields ?? {}, message(c, err, err.fields));
    return pageOr(c, html, err.status, () => errorResponse(c, err));
  };
  // The receipt form again, with the receipt as typed.
  const statusPage: FormPage = async (c, err) => {
    const html = pages?.status(requestLocale(c), { receipt: (await postedValues(c)).receipt ?? '', error: message(c, err) });
    return pageOr(c, html, err.status, () => errorResponse(c, err));
  };
  // A bad message with a good receipt: the status page again, the text kept and the error beside it.
  const messagePage: FormPage = async (c, err) => {
    const values = await postedValues(c);
    if (err.code === 'validation_failed' && err.fields?.body && !err.fields.receipt) {
      const view = await reporterView(deps, values.receipt ?? '').catch(() => null);
      const answer = { receipt: values.receipt ?? '', view: view ?? undefined, bodyError: err.fields.body, draft: values.body ?? '' };
      if (view) return pageOr(c, pages?.status(requestLocale(c), answer), 400, () => errorResponse(c, err));
    }
    return statusPage(c, err);
  };
  /** A form post over 64 KB: its form again with the message, in its language. */
  const tooLarge = (form: 'report' | 'status') => (c: Ctx, locale: Lang, text: string) => {
    const html = form === 'report' ? pages?.reportForm(locale, {}, {}, text) : pages?.status(locale, { receipt: '', error: text });
    return pageOr(c, html, 413, () => errorResponse(c, new ApiError(413, 'too_large')));
  };

  const config_: RouteHandler<typeof routes.config, AppEnv> = (c) =>
    c.json({ hcaptchaSitekey: config.HCAPTCHA_SITEKEY && config.HCAPTCHA_SECRET ? config.HCAPTCHA_SITEKEY : null }, 200);

  const create: RouteHandler<typeof routes.create, AppEnv> = (c) =>
    answering(c, reportPage, async (form) => {
      const input = form ? c.req.valid('form') : c.req.valid('json');
      const wait = limits.report(c, input.captchaToken);
      const captcha = await verifyCaptcha(captchaOptions, input.captchaToken);
      if (captcha === 'invalid') throw new ApiError(400, 'captcha_failed');
      limits.afterCaptcha(c, wait, captcha);
      const created = await createReport(deps, input, captcha === 'valid');
      log('report.created', { priority: created.priority, queue: created.queue.id, verified: created.verified });
      const json = () => c.json(created, 201);
      const html = form ? pages?.reportCreated(input.locale, created, config.SERVICE_STATEMENT_FILE, input.reporter === 'self') : undefined;
      return form ? pageOr(c, html, 201, json) : json();
    });

  const lookup: RouteHandler<typeof routes.lookup, AppEnv> = (c) =>
    answering(c, statusPage, async (form) => {
      const input = form ? c.req.valid('form') : c.req.valid('json');
      const view = await limits.withReceipt(c, input.receipt, () => reporterView(deps, input.receipt));
      const json = () => c.json(view, 200);
      return form ? pageOr(c, pages?.status(requestLocale(c), { receipt: input.receipt, view }), 200, json) : json();
    });

  const addMessage: RouteHandler<typeof routes.message, AppEnv> = (c) =>
    answering(c, messagePage, async (form) => {
      const input = form ? c.req.valid('form') : c.req.valid('json');
      const added = await limits.withReceipt(c, input.receipt, () => addReporterMessage(deps, input.receipt, input.body));
      log('report.reporter_message', { priorityRaised: added.priorityRaised });
      if (!form) return c.body(null, 201);
      const locale = requestLocale(c);
      const view = await reporterView(deps, input.receipt);
      const notice = getT(locale, 'report')('status.added');
      return pageOr(c, pages?.status(locale, { receipt: input.receipt, view, notice }), 201, () => c.body(null, 201));
    });

  return {
    config: config_,
    create,
    createHook: formAwareHook(reportOfPosted, reportPage),
    lookup,
    lookupHook: formAwareHook(fieldsOfPosted, statusPage),
    message: addMessage,
    messageHook: formAwareHook(fieldsOfPosted, messagePage),
    tooLarge,
  };
}
