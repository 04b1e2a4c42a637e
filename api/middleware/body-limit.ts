// One bound on every request body under /api, read before any handler buffers it: a declared
// Content-Length over the limit is refused at once, a chunked body as soon as it passes the limit,
// so no route (sign-in included, which needs no session) can be made to hold an unbounded body.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../kernel/errors.ts';

/** The largest JSON body any /api route accepts; reports (64 KB) set their own limit and error page. */
export const API_MAX_BODY = 64 * 1024;

/** Paths whose routes apply their own limit (the report form answers with an HTML page when JavaScript is off). */
const OWN_LIMIT = /^\/api\/reports(\/|$)/;

export function apiBodyLimit(maxSize = API_MAX_BODY): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'too_large');
    },
  });
  return async function apiBodyLimitMiddleware(c, next) {
    if (OWN_LIMIT.test(c.req.path) || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return limit(c, next);
  };
}
