import type { Lang } from '../../../domain/languages.ts';
// The islands' one way to the API: same-origin JSON in the page's language, the CSRF token on every write, and the
// API's error body `{ error: { code, message, fields } }` turned into one typed ApiError that components show.

/** An answer that was not a success. `status` 0 with code `network`: no answer came (offline, server down). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Field name → message in the page's language (validation failures). */
  readonly fields: Record<string, string>;
  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** What to show for a failed call: the API's own (localised) message, else the caller's fallback. */
export function messageOf(err: unknown, fallback: string): string {
  return err instanceof ApiError && err.message ? err.message : fallback;
}

/** The first field's message, else the API's message, else the fallback: for a form that shows one line. */
export function firstMessageOf(err: unknown, fallback: string): string {
  return (err instanceof ApiError ? Object.values(err.fields)[0] : undefined) ?? messageOf(err, fallback);
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Api {
  readonly locale: Lang;
  request<T>(method: Method, path: string, body?: unknown): Promise<T>;
  /** The token GET /api/staff/me hands out, sent as x-csrf-token on every write from then on ('' forgets it). */
  setCsrfToken(token: string): void;
}

/** `origin` is '' in the browser (same-origin paths); a test gives the loopback server's origin. */
export function createApi(locale: Lang, origin = ''): Api {
  let csrf = '';
  async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let status = 0;
    let text = '';
    try {
      const res = await fetch(`${origin}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
      status = res.status;
      text = await res.text();
    } catch {
      throw new ApiError(0, 'network', '');
    }
    const data = parse(text);
    if (status >= 200 && status < 300) return data as T;
    const error = (data as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error;
    throw new ApiError(
      status,
      typeof error?.code === 'string' ? error.code : `http_${status}`,
      typeof error?.message === 'string' ? error.message : '',
      isStringRecord(error?.fields) ? error.fields : {},
    );
  }
  return {
    locale,
    request,
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
