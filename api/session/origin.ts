// Login CSRF: a page elsewhere could post a text/plain form to the sign-in and sign the victim into an attacker's
// account. The sign-in takes only JSON (which a cross-site form cannot send without a preflight) from the site's
// own origin. Runs before the body is read or validated, so a refused request costs nothing.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../kernel/errors.ts';
import { sameOrigin } from '../kernel/session.ts';
import type { AppEnv } from '../kernel/types.ts';
import { mediaType } from '../middleware/media-type.ts';

export const jsonFromOwnOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (mediaType(c) !== 'application/json') throw new ApiError(415, 'unsupported_media_type');
  if (!sameOrigin(c)) throw new ApiError(403, 'forbidden');
  await next();
};
