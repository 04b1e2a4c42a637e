import { defineConfig } from 'vitest/config';
import { REACT_AS_PREACT } from './astro.config.mjs';

export default defineConfig({
  // The islands' React API is Preact's everywhere they run: in the browser, in the server's renderer and here.
  resolve: { alias: REACT_AS_PREACT },
  test: {
    // Run through Vite (not Node's loader), so react-i18next's own `react` import meets the alias too.
    server: { deps: { inline: ['react-i18next'] } },
    include: [
      'api/**/*.test.ts',
      'db/**/*.test.ts',
      'site/**/*.test.ts',
      'tests/**/*.test.ts',
      'locales/**/*.test.ts',
      'content/**/*.test.ts',
      'domain/**/*.test.ts',
      'directory/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
