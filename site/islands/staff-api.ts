// The staff console's calls to /api/staff: JSON in and out, the CSRF token on every write, the page's language.
import type { Locale } from '../../locales/index.ts';
import { formatDateTime } from '../../domain/format.ts';

export class StaffApiError extends Error {
  readonly status: number;
  readonly fields: Record<string, string>;
  constructor(status: number, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

export interface StaffApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  del(path: string): Promise<void>;
}

export function staffApi(locale: Locale, csrf: () => string): StaffApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'accept-language': locale };
    if (method !== 'GET') headers['x-csrf-token'] = csrf();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    if (res.status === 204) return undefined as T;
    const data = await res.json().catch(() => null);
    if (!res.ok) throw new StaffApiError(res.status, data?.error?.message ?? String(res.status), data?.error?.fields ?? {});
    return data as T;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    del: (path) => call('DELETE', path),
  };
}

export function formatTime(iso: string, locale: Locale): string {
  return formatDateTime(iso, locale);
}
