import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { type ApiErrorOptions, ApiError as BaseApiError } from '../../domain/api-error.ts';
import { DEFAULT_LANG, isLang, type Lang, langFromAcceptLanguage } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';

/** Machine codes of the contract, with the locales/api.json key that explains each. */
export const ERROR_MESSAGES = {
  validation_failed: 'error.validationFailed',
  captcha_failed: 'error.captchaFailed',
  too_large: 'error.tooLarge',
  unsupported_media_type: 'error.unsupportedMediaType',
  rate_limited: 'error.rateLimited',
  not_found: 'error.notFound',
  invalid_credentials: 'error.invalidCredentials',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  unavailable: 'error.unavailable',
  internal: 'error.internal',
  consent_required: 'error.consentRequired',
  approval_required: 'error.approvalRequired',
} as const;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The server's view of the one ApiError class (domain/api-error.ts): a status it can answer with, a code of the contract. */
export type ApiError = BaseApiError<ErrorCode> & { readonly status: ContentfulStatusCode };
export const ApiError = BaseApiError as new (
  status: ContentfulStatusCode,
  code: ErrorCode,
  options?: Omit<ApiErrorOptions, 'message'>,
) => ApiError;

/** The request's language: the body's `locale` (stashed by the handler), else Accept-Language, else the default. */
export function requestLocale(c: Context): Lang {
  const fromBody = c.get('locale' as never) as unknown;
  if (isLang(fromBody)) return fromBody;
  return langFromAcceptLanguage(c.req.header('accept-language') ?? '') ?? DEFAULT_LANG;
}

export function errorBody(locale: Lang, code: ErrorCode, fields?: Record<string, string>, vars?: Record<string, string | number>) {
  const t = getT(locale, 'api');
  return { error: { code, message: t(ERROR_MESSAGES[code], vars ?? {}), ...(fields ? { fields } : {}) } };
}

export function errorResponse(c: Context, err: ApiError) {
  // A validation failure always carries its fields (maybe none); other errors only when they name one.
  const fields = err.code === 'validation_failed' || Object.keys(err.fields).length ? err.fields : undefined;
  return c.json(errorBody(requestLocale(c), err.code, fields, err.vars), err.status);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One message per field (dotted path), in the user's language. */
export function fieldErrors(error: z.ZodError, input: unknown, locale: Lang): Record<string, string> {
  const t = getT(locale, 'api');
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const put = (path: PropertyKey[], message: string) => {
      const key = path.map(String).join('.') || '_';
      fields[key] ??= message;
    };
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) put([...issue.path, key], t('field.unknownField'));
        break;
      case 'invalid_type':
        put(issue.path, valueAt(input, issue.path) === undefined ? t('field.required') : t('field.invalid'));
        break;
      case 'invalid_value':
        put(issue.path, t('field.invalidChoice'));
        break;
      case 'too_small':
        put(issue.path, Number(issue.minimum) <= 1 ? t('field.required') : t('field.tooShort', { min: Number(issue.minimum) }));
        break;
      case 'too_big':
        put(issue.path, t('field.tooLong', { max: Number(issue.maximum) }));
        break;
      default:
        put(issue.path, t('field.invalid'));
    }
  }
  return fields;
}

export function validationError(error: z.ZodError, input: unknown, locale: Lang): ApiError {
  return new ApiError(400, 'validation_failed', { fields: fieldErrors(error, input, locale) });
}
