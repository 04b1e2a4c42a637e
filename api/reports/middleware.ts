// What the reporter's routes do before the body is read: bound it to 64 KB (the JavaScript-off form is answered
// with a page in its language, anything else with JSON) and accept only the two body types the contract names
// (JSON from the island, the urlencoded form), so multipart or text/plain gets 415 before any parsing.

import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Lang } from '../../domain/languages.ts';
import { ApiError, errorBody, requestLocale } from '../kernel/errors.ts';
import { mediaType } from '../middleware/media-type.ts';

export const MAX_REPORT_BODY = 64 * 1024;

export type BodyKind = 'json' | 'form';

/** JSON or the urlencoded form, by the request's Content-Type (parameters such as charset ignored); else null. */
export function bodyKind(c: Context): BodyKind | null {
  const type = mediaType(c);
  return type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : null;
}

/** 64 KB at most; a JavaScript-off form gets the answer as a page in its language, anything else as JSON. */
export function limitBody(formPage: (c: Context, locale: Lang, message: string) => Response): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_REPORT_BODY,
    onError: (c) => {
      if (bodyKind(c) === 'form') {
        const locale = requestLocale(c);
        return formPage(c, locale, errorBody(locale, 'too_large').error.message);
      }
      throw new ApiError(413, 'too_large');
    },
  });
}

/** 415 for any body that is neither JSON nor the urlencoded form (no Content-Type at all included). */
export const jsonOrForm: MiddlewareHandler = async (c, next) => {
  if (!bodyKind(c)) throw new ApiError(415, 'unsupported_media_type');
  await next();
};
