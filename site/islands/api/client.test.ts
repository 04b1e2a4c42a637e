// The client against a real HTTP server on loopback: what it sends (language, CSRF token on writes only, JSON) and
// how every kind of answer comes back (JSON, empty 204, the API's error body, a proxy's HTML page, no answer at all).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApi, firstMessageOf, messageOf } from './client.ts';
import { getMe, signOut } from './staff.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let origin = '';
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const json = (status: number, data: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      switch (req.url) {
        case '/api/staff/me':
          return json(200, { username: 'amina', csrfToken: 'token-123' });
        case '/api/echo':
          return json(200, { got: body ? JSON.parse(body) : null });
        case '/api/staff/session':
          return res.writeHead(204).end();
        case '/api/invalid':
          return json(400, {
            error: { code: 'validation_failed', message: 'Check the fields.', fields: { note: 'Too long.', status: 'Choose one.' } },
          });
        case '/api/gone':
          return json(404, { error: { code: 'not_found', message: 'We could not find that.' } });
        case '/api/proxy':
          return res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>Bad gateway</body></html>');
        default:
          return json(500, { unexpected: true });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const last = () => seen.at(-1)!;

describe('createApi', () => {
  it('asks in the page language and sends JSON bodies as JSON', async () => {
    const api = createApi('ur', origin);
    expect(await api.request('POST', '/api/echo', { receipt: '1234', body: 'سلام' })).toEqual({ got: { receipt: '1234', body: 'سلام' } });
    expect(last().headers['accept-language']).toBe('ur');
    expect(last().headers['content-type']).toBe('application/json');
    expect(last().headers.accept).toBe('application/json');
  });

  it('sends the CSRF token from GET /api/staff/me on writes, never on reads, and forgets it on sign-out', async () => {
    const api = createApi('en', origin);
    await api.request('POST', '/api/echo', {});
    expect(last().headers['x-csrf-token']).toBeUndefined();
    await getMe(api);
    await api.request('GET', '/api/echo');
    expect(last().headers['x-csrf-token']).toBeUndefined();
    expect(last().headers['content-type']).toBeUndefined();
    await api.request('POST', '/api/echo', { a: 1 });
    expect(last().headers['x-csrf-token']).toBe('token-123');
    await api.request('PATCH', '/api/echo', { a: 1 });
    expect(last().headers['x-csrf-token']).toBe('token-123');
    await signOut(api);
    expect(last()).toMatchObject({ method: 'DELETE', url: '/api/staff/session' });
    expect(last().headers['x-csrf-token']).toBe('token-123');
    await api.request('POST', '/api/echo', {});
    expect(last().headers['x-csrf-token']).toBeUndefined();
  });

  it('answers an empty 204 with undefined', async () => {
    expect(await createApi('en', origin).request('POST', '/api/staff/session', { username: 'a', password: 'b' })).toBeUndefined();
  });

  it("turns the API's error body into an ApiError with its status, code, message and fields", async () => {
    const err = await createApi('en', origin)
      .request('POST', '/api/invalid', {})
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Check the fields.',
      fields: { note: 'Too long.', status: 'Choose one.' },
    });
    expect(messageOf(err, 'fallback')).toBe('Check the fields.');
    expect(firstMessageOf(err, 'fallback')).toBe('Too long.');
    const gone = await createApi('en', origin)
      .request('GET', '/api/gone')
      .catch((e: unknown) => e);
    expect(gone).toMatchObject({ status: 404, code: 'not_found', fields: {} });
    expect(firstMessageOf(gone, 'fallback')).toBe('We could not find that.');
  });

  it("a proxy's HTML error page or an unknown body is an ApiError without a message: the component's fallback shows", async () => {
    const proxy = await createApi('en', origin)
      .request('GET', '/api/proxy')
      .catch((e: unknown) => e);
    expect(proxy).toMatchObject({ status: 502, code: 'http_502', message: '' });
    expect(messageOf(proxy, 'Please try again.')).toBe('Please try again.');
    const odd = await createApi('en', origin)
      .request('GET', '/api/other')
      .catch((e: unknown) => e);
    expect(odd).toMatchObject({ status: 500, code: 'http_500', message: '' });
  });

  it('no answer at all (nothing listening) is an ApiError with status 0 and code network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await createApi('en', `http://127.0.0.1:${port}`)
      .request('GET', '/api/staff/me')
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, code: 'network' });
    expect(messageOf(err, 'We could not reach the server.')).toBe('We could not reach the server.');
  });
});
