// The pages the server writes — the answers to JavaScript-off posts and the public statistics — come from the site's
// own components (site/render/answers.tsx) put into the pages the build made. The build bundles that renderer into
// the built site's server folder; the server loads it from there, so the API holds no HTML and no JSX.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { Directory } from '../directory/routing.ts';
import type { Lang } from '../domain/languages.ts';
import type { ServiceStatement } from '../domain/service-statement.ts';
import { SERVER_DIR, writtenPageCsp } from './middleware/static-site.ts';

type Published = number | null;

/** What site/render/answers.tsx makes; each answers null when the built site lacks the page it fills. */
export interface AnswerPages {
  /** `child`: the reporter answered "this is happening to me" (the page speaks in a child's words). */
  reportCreated(locale: Lang, created: unknown, statement: ServiceStatement, child?: boolean): string | null;
  reportForm(locale: Lang, values: Record<string, string>, fields: Record<string, string>, message: string): string | null;
  status(
    locale: Lang,
    answer: { receipt: string; view?: unknown; error?: string; bodyError?: string; notice?: string; draft?: string },
  ): string | null;
  statistics(
    locale: Lang,
    input: { query: { from?: string; to?: string }; figures: { range: unknown; total: Published } | null; errors?: Record<string, string> },
  ): string | null;
}

export const RENDERER_FILE = 'answers.mjs';

/** The built pages read from disk on demand (tests and benchmarks; the server has them in memory already). */
export function fileShells(staticDir: string) {
  return {
    page(urlPath: string): string | undefined {
      const file = join(staticDir, urlPath);
      return urlPath.endsWith('.html') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  };
}

/** The renderer the build left in `<site>/_server/`, over that site's pages; undefined when it was not built. */
export async function loadAnswerPages(
  staticDir: string,
  shells: { page(urlPath: string): string | undefined },
  directory: Directory,
): Promise<AnswerPages | undefined> {
  const file = join(staticDir, SERVER_DIR, RENDERER_FILE);
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { createAnswerPages(s: typeof shells, d: Directory): AnswerPages };
  return mod.createAnswerPages(shells, directory);
}

/** Like the built pages: never stored (a shared phone keeps no trace), compressed, a CSP for exactly this HTML. */
export function writtenPage(c: Context, html: string, status: number): Response {
  const accept = c.req.header('accept-encoding') ?? '';
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    'Content-Security-Policy': writtenPageCsp(html),
  };
  let body: Uint8Array = Buffer.from(html, 'utf8');
  if (/\bbr\b/.test(accept)) {
    body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    headers['Content-Encoding'] = 'br';
  } else if (/\bgzip\b/.test(accept)) {
    body = gzipSync(body, { level: 6 });
    headers['Content-Encoding'] = 'gzip';
  }
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
}
