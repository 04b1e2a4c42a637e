// The reporter's contract: what the form needs at run time, a report, and the follow-up with the receipt. Each
// write takes JSON (the island) or the urlencoded JavaScript-off form, whose answers are pages in the reporter's
// language; both bodies are validated by the same schema (the form's fields are first put in the JSON shape).
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorBody, ReceiptInput, ReportCreated, ReporterMessageInput, ReporterView, ReportInput } from '../schemas.ts';
import { fieldsOfPosted, reportOfPosted } from './posted-form.ts';

/** A urlencoded body as parsed: every field a string, a repeated field an array. */
const Posted = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const ReportForm = Posted.transform(reportOfPosted).pipe(ReportInput).openapi('ReportForm', {
  description:
    'The JavaScript-off form: the fields of ReportInput with dotted names (child.ageBand, location.district, risks.<id>), immediateDanger as "true"/"false", h-captcha-response for captchaToken. Answered with an HTML page.',
});
const ReceiptForm = Posted.transform(fieldsOfPosted)
  .pipe(ReceiptInput)
  .openapi('ReceiptForm', { description: 'ReceiptInput as a form post; answered with an HTML page.' });
const ReporterMessageForm = Posted.transform(fieldsOfPosted)
  .pipe(ReporterMessageInput)
  .openapi('ReporterMessageForm', { description: 'ReporterMessageInput as a form post; answered with an HTML page.' });

const page = {
  'text/html': {
    schema: z
      .string()
      .openapi({ description: 'JavaScript-off form: the page in the reporter’s language (the form again, filled in, on an error)' }),
  },
};
const json = { 'application/json': { schema: ErrorBody } };
const errors = {
  400: { description: 'validation_failed or captcha_failed', content: { ...json, ...page } },
  413: { description: 'too_large', content: { ...json, ...page } },
  415: { description: 'unsupported_media_type: a body that is neither JSON nor the urlencoded form', content: json },
  429: { description: 'rate_limited (Retry-After says when)', content: { ...json, ...page } },
};
// Declared without `required`: with two body types the validators then check the one the request carries;
// jsonOrForm refuses a request that carries neither (415), so a body is required all the same.
const body = <J extends z.ZodType, F extends z.ZodType>(jsonSchema: J, formSchema: F) => ({
  description: 'JSON from the report island, or the urlencoded JavaScript-off form (required)',
  content: { 'application/json': { schema: jsonSchema }, 'application/x-www-form-urlencoded': { schema: formSchema } },
});

export const config = createRoute({
  method: 'get',
  path: '/api/reports/config',
  summary: 'What the report form needs at run time: the hCaptcha site key (null when captcha is off)',
  responses: {
    200: {
      description: 'Form settings',
      content: { 'application/json': { schema: z.object({ hcaptchaSitekey: z.string().nullable() }) } },
    },
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/reports',
  summary: 'Submit an anonymous report',
  request: { body: body(ReportInput, ReportForm) },
  responses: { 201: { description: 'Stored and queued', content: { 'application/json': { schema: ReportCreated }, ...page } }, ...errors },
});

export const lookup = createRoute({
  method: 'post',
  path: '/api/reports/lookup',
  summary: "A reporter's view of their report, opened with the receipt",
  request: { body: body(ReceiptInput, ReceiptForm) },
  responses: {
    200: { description: 'Status and thread', content: { 'application/json': { schema: ReporterView }, ...page } },
    404: { description: 'not_found', content: { ...json, ...page } },
    ...errors,
  },
});

export const message = createRoute({
  method: 'post',
  path: '/api/reports/messages',
  summary: 'Add information to a report, with the receipt',
  request: { body: body(ReporterMessageInput, ReporterMessageForm) },
  responses: {
    201: { description: 'Added (JSON: no body)', content: page },
    404: { description: 'not_found', content: { ...json, ...page } },
    ...errors,
  },
});
