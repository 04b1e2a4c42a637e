// The islands' one way to the API: hc<AppType>, the client Hono derives from the app's own type, so paths,
// parameters, bodies and answers cannot drift from the server. Its fetch sends the page's language, the CSRF token on
// every write, and turns the API's error body `{ error: { code, message, fields } }` into the one ApiError.
import { type ClientResponse, hc } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '../../../api/app.ts';
import { ApiError } from '../../../domain/api-error.ts';
import type { Lang } from '../../../domain/languages.ts';

export { ApiError };

/** What to show for a failed call: the API's own (localised) message, else the caller's fallback. */
export function messageOf(err: unknown, fallback: string): string {
  return err instanceof ApiError && err.message ? err.message : fallback;
}

/** The first field's message, else the API's message, else the fallback: for a form that shows one line. */
export function firstMessageOf(err: unknown, fallback: string): string {
  return (err instanceof ApiError ? Object.values(err.fields)[0] : undefined) ?? messageOf(err, fallback);
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Client = ReturnType<typeof hc<AppType>>;

export interface Api {
  readonly locale: Lang;
  /** The typed routes: `api.client.api.staff.queues.$get()`; read the answer with `answer()`. */
  readonly client: Client;
  /** The transport under the client: one call by method and path (what the client's own test probes). */
  request<T>(method: Method, path: string, body?: unknown): Promise<T>;
  /** The token GET /api/staff/me hands out, sent as x-csrf-token on every write from then on ('' forgets it). */
  setCsrfToken(token: string): void;
}

/**
 * The JSON body a call answers with on success (its 2xx JSON responses), as the app's type declares it. A route that
 * also answers the JavaScript-off page has that page (a string or a Response) mixed into its JSON type: it is taken out.
 */
export type Ok<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? S extends SuccessStatusCode
      ? F extends 'json'
        ? Exclude<T, string | Response>
        : never
      : never
    : never;

/** A call's success body; a failure has already been thrown as an ApiError by the client's fetch. Empty: undefined. */
export async function answer<R extends ClientResponse<unknown, number, string>>(call: Promise<R>): Promise<Ok<R>> {
  return parse(await (await call).text()) as Ok<R>;
}

/** `origin` is '' in the browser (the page's own); a test gives the loopback server's origin. */
export function createApi(locale: Lang, origin = ''): Api {
  let csrf = '';
  async function send(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    headers.set('accept-language', locale);
    if (method !== 'GET' && csrf) headers.set('x-csrf-token', csrf);
    let res: Response;
    try {
      res = await fetch(input, { ...init, headers, credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'network', { message: '', fields: {} });
    }
    if (res.ok) return res;
    const data = parse(await res.text().catch(() => ''));
    const error = (data as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error;
    throw new ApiError(res.status, typeof error?.code === 'string' ? error.code : `http_${res.status}`, {
      message: typeof error?.message === 'string' ? error.message : '',
      fields: isStringRecord(error?.fields) ? error.fields : {},
    });
  }
  const base = origin || globalThis.location?.origin || '';
  return {
    locale,
    client: hc<AppType>(base, { fetch: send }),
    async request<T>(method: Method, path: string, body?: unknown) {
      const init: RequestInit = { method };
      if (body !== undefined) init.headers = { 'content-type': 'application/json' };
      if (body !== undefined) init.body = JSON.stringify(body);
      return parse(await (await send(`${origin}${path}`, init)).text()) as T;
    },
    setCsrfToken: (token) => {
      csrf = token;
    },
  };
}

// A proxy's HTML error page or an empty 204 is not JSON: treat it as no body rather than failing the call.
function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
}
