import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
