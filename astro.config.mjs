// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages work before JavaScript: no prefetching, no client router.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [react()],
  server: { port: 4321 },
});
