// Browser tests against the built site and the real server on a free loopback port with a temporary database.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The config is evaluated again in every worker: choose the port and database once and pass them down by env.
if (!process.env.E2E_PORT) {
  const freePort = () =>
    execFileSync(process.execPath, [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
    ])
      .toString()
      .trim();
  process.env.E2E_PORT = freePort();
  // Our own loopback stand-in for hCaptcha's siteverify (tests/fixtures/siteverify-server.ts).
  process.env.E2E_SITEVERIFY_PORT = freePort();
  process.env.E2E_DIR = mkdtempSync(join(tmpdir(), 'hifazat-e2e-'));
  process.env.E2E_DATABASE_URL = `file:${join(process.env.E2E_DIR, 'e2e.db')}`;
}
const port = Number(process.env.E2E_PORT);
export const baseURL = `http://localhost:${port}`;
export const siteverifyURL = `http://127.0.0.1:${process.env.E2E_SITEVERIFY_PORT}`;

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.tmp/playwright.json' }]]
    : [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/fixtures/siteverify-server.ts ${process.env.E2E_SITEVERIFY_PORT}`,
      url: `${siteverifyURL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node api/server.ts',
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(port),
        DATABASE_URL: process.env.E2E_DATABASE_URL!,
        NODE_ENV: 'test',
        REPORT_KEY: 'dGVzdC1rZXktZm9yLWUyZS10ZXN0cy1vbmx5LTMyYnk=',
        REPORT_RATE_LIMIT: '1000/60',
        // hCaptcha's documented test keys, verified against the loopback siteverify fixture.
        HCAPTCHA_SITEKEY: '10000000-ffff-ffff-ffff-000000000001',
        HCAPTCHA_SECRET: '0x0000000000000000000000000000000000000000',
        HCAPTCHA_VERIFY_URL: `${siteverifyURL}/siteverify`,
        HCAPTCHA_TIMEOUT_MS: '1500',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
