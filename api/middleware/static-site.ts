// Serves the built Astro site (dist/) from memory, precompressed, with a Content-Security-Policy per page
// that allows exactly that page's inline scripts and styles by hash (and hCaptcha on the report pages only).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context, Handler } from 'hono';
import { DEFAULT_LANG, isLang } from '../../domain/languages.ts';

interface Asset {
  type: string;
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  csp?: string;
  cacheControl: string;
  etag: string;
}

export interface StaticSite {
  handler: Handler;
  notFound(c: Context): Response;
  readonly paths: string[];
  /** A built HTML page's text (a template the server fills, e.g. the public statistics). */
  page(urlPath: string): string | undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.ogg': 'audio/ogg',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** The build's folder for the server (site/render/ bundled), inside the built site but never served. */
export const SERVER_DIR = '_server';

export const HCAPTCHA_ORIGINS = 'https://hcaptcha.com https://*.hcaptcha.com';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Builds the page's CSP from the inline <script> and <style> blocks it actually contains. */
/** `/<lang>/<section>/…` for any language of the registry (the report form may load hCaptcha, search Pagefind). */
function inLangFolder(urlPath: string, section: string): boolean {
  const [, lang, first] = urlPath.split('/');
  return isLang(lang) && first === section;
}

function inlineHashes(html: string) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type="application\/(ld\+)?json"/i.test(m[0]))
    .map((m) => hashOf(m[1]!));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => hashOf(m[1]!));
  return { scripts, styles };
}

/**
 * The CSP of a page the server writes (a JavaScript-off answer, the statistics): nothing by default, only this page's
 * own scripts and styles, fonts and pictures from the site, forms back to it; no frames, no hCaptcha.
 */
export function writtenPageCsp(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'none'",
    `script-src 'self' ${[...new Set(scripts)].join(' ')}`.trim(),
    `style-src 'self' ${[...new Set(styles)].join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function pageCsp(html: string, allowCaptcha: boolean, allowWasm = false): string {
  const { scripts, styles } = inlineHashes(html);
  const captcha = allowCaptcha ? ` ${HCAPTCHA_ORIGINS}` : '';
  return [
    "default-src 'self'",
    // Pagefind runs its index in WebAssembly: the search page alone may compile it.
    `script-src 'self'${allowWasm ? " 'wasm-unsafe-eval'" : ''}${captcha} ${[...new Set(scripts)].join(' ')}`.trim(),
    `style-src 'self'${captcha} ${[...new Set(styles)].join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${captcha}`,
    `frame-src ${allowCaptcha ? HCAPTCHA_ORIGINS : "'none'"}`,
    `worker-src ${allowWasm ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Pages are no-store: on a shared phone nothing about what was read stays in the cache, and the quick exit
 * leaves nothing to come back to. Hashed build output (JS, CSS, the Urdu font) never changes: cached for a year.
 * Un-hashed files (Pagefind's entry points, robots, sitemap) are revalidated so a new build is seen at once.
 */
export function cacheControlFor(urlPath: string, ext: string): string {
  if (ext === '.html') return 'no-store';
  if (urlPath.startsWith('/_astro/') || urlPath.startsWith('/fonts/')) return 'public, max-age=31536000, immutable';
  if (urlPath.startsWith('/pagefind/') && /_[0-9a-f]{7,}\.|\.pf_fragment$|\.pf_index$/.test(urlPath))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
  return files.flat();
}

/** The origin the site was built for (SITE_URL), read from a page's canonical link. */
export function builtOrigin(html: string): string | null {
  const m =
    /<link[^>]*rel="canonical"[^>]*href="(https?:\/\/[^/"]+)/i.exec(html) ??
    /<link[^>]*href="(https?:\/\/[^/"]+)[^>]*rel="canonical"/i.exec(html);
  return m ? m[1]! : null;
}

/** Canonical and hreflang links, the sitemap and robots.txt point at `to` instead of the build's origin `from`. */
export function rewriteOrigin(text: string, from: string, to: string): string {
  const f = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(href="|<loc>|Sitemap: )${f}(?=[/"<\\s]|$)`, 'g'), `$1${to}`);
}

export interface StaticSiteOptions {
  /** PUBLIC_ORIGIN: when set, links built for SITE_URL are served pointing at it (SITE_URL stays build-time). */
  publicOrigin?: string;
}

export async function loadStaticSite(dir: string, options: StaticSiteOptions = {}): Promise<StaticSite> {
  const assets = new Map<string, Asset>();
  const files = await walk(dir);
  let from: string | null = null;
  if (options.publicOrigin) {
    for (const file of files) {
      if (extname(file) !== '.html') continue;
      from = builtOrigin(await readFile(file, 'utf8'));
      if (from) break;
    }
    if (from === options.publicOrigin) from = null;
  }
  for (const file of files) {
    const urlPath = `/${relative(dir, file).split(sep).join('/')}`;
    // The server's own renderer of the pages it writes (api/pages.ts), built beside the site: not for browsers.
    if (urlPath.startsWith(`/${SERVER_DIR}/`)) continue;
    const ext = extname(file);
    let raw = await readFile(file);
    if (from && options.publicOrigin && (ext === '.html' || ext === '.xml' || urlPath === '/robots.txt'))
      raw = Buffer.from(rewriteOrigin(raw.toString('utf8'), from, options.publicOrigin));
    const asset: Asset = {
      type: TYPES[ext] ?? 'application/octet-stream',
      raw,
      cacheControl: cacheControlFor(urlPath, ext),
      etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
    };
    if (COMPRESSIBLE.has(ext) && raw.length > 512) {
      asset.gzip = gzipSync(raw, { level: 9 });
      asset.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    }
    // Pagefind may run in a worker, which obeys its own script's CSP: let it fetch the index and compile its WebAssembly.
    if (urlPath.startsWith('/pagefind/') && ext === '.js')
      asset.csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
    if (ext === '.html') asset.csp = pageCsp(raw.toString('utf8'), inLangFolder(urlPath, 'report'), inLangFolder(urlPath, 'search'));
    assets.set(urlPath, asset);
  }

  const send = (c: Context, asset: Asset, status = 200) => {
    const accept = c.req.header('accept-encoding') ?? '';
    let body = asset.raw;
    const headers: Record<string, string> = { 'Content-Type': asset.type, 'Cache-Control': asset.cacheControl, Vary: 'Accept-Encoding' };
    // Pages are never stored, so they carry no validator; revalidated assets answer 304 when unchanged.
    // The CSP goes on a 304 too: a browser merges its headers into the cached response (a worker obeys them).
    if (asset.csp) headers['Content-Security-Policy'] = asset.csp;
    if (asset.cacheControl !== 'no-store') {
      headers.ETag = asset.etag;
      if (status === 200 && c.req.header('if-none-match') === asset.etag) return new Response(null, { status: 304, headers });
    }
    if (asset.br && /\bbr\b/.test(accept)) {
      body = asset.br;
      headers['Content-Encoding'] = 'br';
    } else if (asset.gzip && /\bgzip\b/.test(accept)) {
      body = asset.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
  };

  const notFound = (c: Context) => {
    const first = c.req.path.split('/')[1];
    const lang = isLang(first) ? first : DEFAULT_LANG;
    const page = assets.get(`/${lang}/404/index.html`) ?? assets.get('/404.html');
    return page ? send(c, page, 404) : c.text('Not found', 404);
  };

  return {
    paths: [...assets.keys()],
    notFound,
    page: (urlPath) => (urlPath.endsWith('.html') ? assets.get(urlPath)?.raw.toString('utf8') : undefined),
    handler: (c) => {
      let path: string;
      try {
        path = decodeURIComponent(c.req.path);
      } catch {
        return notFound(c); // malformed percent-encoding (`/%E0%A4%A`) is a missing page, not a 500
      }
      const asset = assets.get(path) ?? assets.get(path.endsWith('/') ? `${path}index.html` : `${path}/index.html`);
      if (asset && !path.endsWith('/') && !assets.has(path)) return c.redirect(`${path}/`, 301);
      return asset ? send(c, asset) : notFound(c);
    },
  };
}
