// The built pages, read from dist/ so the browser tests cover whatever pages the content collection produced.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export { LANGS } from '../../domain/languages.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** URL paths of every built HTML page, e.g. /en/helplines/, /ur/404/, /404.html. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run astro build first');
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`)
    .sort();
}

// The statistics page is filled by the server from the database, not a guidance text (tests/e2e/statistics.spec.ts).
const NOT_CONTENT = /^\/[a-z]{2,3}\/(report|staff|search|404|statistics)\//;
/** Guidance pages (home and every content slug) of one language. */
export function contentPages(lang: string): string[] {
  return builtPages().filter((p) => p.startsWith(`/${lang}/`) && !NOT_CONTENT.test(p));
}

export function slugsOf(lang: string): string[] {
  return readdirSync(new URL(`../../content/${lang}/`, import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
}

export const readDist = (urlPath: string) => readFileSync(join(DIST, decodeURIComponent(urlPath)));
