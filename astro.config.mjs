// @ts-check

import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

/**
 * Pagefind over the built pages, right after `astro build`, so `astro build` alone (as `npm test` runs it)
 * leaves a searchable dist/. Pagefind writes one index per <html lang>: Urdu pages search only Urdu ones.
 * @returns {import('astro').AstroIntegration}
 */
function pagefind() {
  return {
    name: 'hifazat:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${site}pagefind`);
        await close();
      },
    },
  };
}

/**
 * Subsets each language's web font to the characters the site sets in it (HarfBuzz, cached) before Astro reads
 * any page: every build, dev server and `astro check` starts with site/generated/fonts/ up to date.
 * @returns {import('astro').AstroIntegration}
 */
function fonts() {
  return {
    name: 'hifazat:fonts',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const { buildFonts } = await import('./site/i18n/font-build.ts');
        await buildFonts(fileURLToPath(config.root), (msg) => logger.info(msg));
      },
    },
  };
}

/**
 * A <link rel="modulepreload"> for every module an island will import, statically, after its page: the browser asks for
 * them with the HTML instead of one round trip per import level (three levels: 1.2 s on slow 3G's 400 ms RTT).
 * @returns {import('astro').AstroIntegration}
 */
function islandPreloads() {
  return {
    name: 'hifazat:island-preloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { readFileSync, writeFileSync, readdirSync } = await import('node:fs');
        const root = fileURLToPath(dir);
        /** @type {Map<string, string[]>} */
        const importsOf = new Map();
        /** @type {(url: string, seen: Set<string>) => Set<string>} */
        const closure = (url, seen) => {
          if (seen.has(url)) return seen;
          seen.add(url);
          if (!importsOf.has(url)) {
            const src = readFileSync(`${root}${url}`, 'utf8');
            importsOf.set(
              url,
              [...src.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `/_astro/${m[1]}`),
            );
          }
          for (const next of importsOf.get(url) ?? []) closure(next, seen);
          return seen;
        };
        let pages = 0;
        for (const file of readdirSync(root, { recursive: true })) {
          if (!String(file).endsWith('.html')) continue;
          const path = `${root}${file}`;
          const html = readFileSync(path, 'utf8');
          const islands = html.match(/<astro-island\b[^>]*>/g) ?? [];
          const entries = islands.flatMap((tag) => [...tag.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((m) => String(m[1])));
          if (!entries.length) continue;
          /** @type {Set<string>} */
          const urls = new Set();
          for (const e of entries) for (const u of closure(e, new Set())) urls.add(u);
          const links = [...urls].map((u) => `<link rel="modulepreload" href="${u}">`).join('');
          writeFileSync(path, html.replace('</head>', `${links}</head>`));
          pages += 1;
        }
        logger.info(`module preloads on ${pages} island pages`);
      },
    },
  };
}

/**
 * The server writes a few pages itself (the answers to JavaScript-off posts, the statistics with the day's figures)
 * from the site's own components: site/render/answers.tsx, bundled here beside the built site (never served), so the
 * server runs no JSX and the pages it fills come from the same build.
 * @returns {import('astro').AstroIntegration}
 */
function renderer() {
  return {
    name: 'hifazat:render',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { build } = await import('esbuild');
        const outfile = fileURLToPath(new URL('_server/answers.mjs', dir));
        await build({
          entryPoints: [fileURLToPath(new URL('./site/render/answers.tsx', import.meta.url))],
          outfile,
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node24',
          jsx: 'automatic',
          // The islands' React API, served by Preact as on the client (renderToStaticMarkup included).
          alias: REACT_AS_PREACT,
          // Self-contained (Preact, i18next inside), so the built site runs wherever it is copied; CommonJS parts need
          // `require` for Node's own modules.
          banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
          define: { 'process.env.NODE_ENV': '"production"' },
          minify: true,
          legalComments: 'linked',
          logLevel: 'warning',
        });
        logger.info(`bundled the server's page renderer into ${outfile}`);
      },
    },
  };
}

/** The bare React module names the islands and renderers import, answered by preact/compat. */
export const REACT_AS_PREACT = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/server': 'preact-render-to-string',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react-dom/test-utils': 'preact/test-utils',
};

const SSR_BUNDLED = ['react', 'react-dom', 'react-dom/test-utils', 'react/jsx-runtime', 'react-i18next'];

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  output: 'static',
  // Canonical, hreflang and sitemap URLs: set SITE_URL to the public origin when building for production.
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages work before JavaScript: no prefetching, no client router.
  prefetch: false,
  devToolbar: { enabled: false },
  // Preact behind React's API (compat): React 19's react-dom alone was 60 KB gzip of the report page's 93 KB of script.
  integrations: [fonts(), preact({ compat: true }), renderer(), islandPreloads(), pagefind()],
  server: { port: 4321 },
  vite: {
    // react-i18next bundled into the prerender, so its `react` import is Preact's too (left external, Node would load
    // React itself); setting this replaces @astrojs/preact's own list, hence the React names.
    environments: Object.fromEntries(['ssr', 'prerender'].map((env) => [env, { resolve: { noExternal: SSR_BUNDLED } }])),
    build: {
      rolldownOptions: {
        output: {
          // The small form components (site/islands/form/) are shared by the report and status islands (and the staff
          // islands): in the chunk every island page loads anyway (i18next, the JSX runtime) rather than a chunk of
          // their own, which cost the report page 0.4 KB gzip of its 110 KB budget.
          codeSplitting: {
            groups: [
              {
                name: 'islands',
                test: /node_modules[\\/](preact|i18next|react-i18next)[\\/]|site[\\/]islands[\\/](form[\\/]|island-i18n)/,
              },
            ],
          },
        },
      },
    },
  },
});
