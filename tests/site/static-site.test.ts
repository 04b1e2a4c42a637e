// Headers the site sends: pages are never cached, hashed assets are, Pagefind's WebAssembly is allowed on the
// search page only, and unknown paths get the 404 page in the right language. Real files in a temp dist/.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { beforeAll, expect, test } from 'vitest';
import { securityHeaders } from '../../api/middleware/security-headers.ts';
import { loadStaticSite } from '../../api/middleware/static-site.ts';

let app: Hono;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hifazat-site-'));
  const page = (path: string, body: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<!doctype html><html><body>${body}<script type="module">console.log(1)</script></body></html>`,
    );
  };
  page('en/helplines', 'helplines');
  page('ur/search', 'search');
  page('en/404', 'not found en');
  page('ur/404', 'not found ur');
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'font.abc123.woff2'), 'font');
  mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
  writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {}');
  writeFileSync(join(dir, 'pagefind', 'index', 'ur_bdc7df2.pf_index'), 'x');
  const site = await loadStaticSite(dir);
  app = new Hono();
  app.use('*', securityHeaders({ hsts: false }));
  app.get('*', site.handler);
});

test('pages are no-store with no referrer, and their inline script is allowed by hash', async () => {
  const res = await app.request('/en/helplines/');
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('etag')).toBeNull();
  const csp = res.headers.get('content-security-policy')!;
  expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
  expect(csp).not.toContain('wasm-unsafe-eval');
  expect(csp).toContain("worker-src 'none'");
});

test("only the search page may run Pagefind's WebAssembly and worker", async () => {
  const csp = (await app.request('/ur/search/')).headers.get('content-security-policy')!;
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toContain("worker-src 'self'");
});

test('hashed assets are cached for a year; Pagefind entry points are revalidated and answer 304', async () => {
  expect((await app.request('/_astro/font.abc123.woff2')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await app.request('/pagefind/index/ur_bdc7df2.pf_index')).headers.get('cache-control')).toContain('immutable');
  const first = await app.request('/pagefind/pagefind.js');
  expect(first.headers.get('cache-control')).toBe('no-cache');
  const again = await app.request('/pagefind/pagefind.js', { headers: { 'if-none-match': first.headers.get('etag')! } });
  expect(again.status).toBe(304);
  // Pagefind's worker obeys its script's CSP, also when revalidated: it must still reach the index and its wasm.
  for (const res of [first, again])
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
});

test('unknown paths get the 404 page of their language, never cached', async () => {
  const ur = await app.request('/ur/no-such-page/');
  expect(ur.status).toBe(404);
  expect(await ur.text()).toContain('not found ur');
  expect(ur.headers.get('cache-control')).toBe('no-store');
  expect(await (await app.request('/en/nope/')).text()).toContain('not found en');
});
