// Browser tests against the built site and the real server on a free loopback port with a temporary database.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The config is evaluated again in every worker: choose the port and database once and pass them down by env.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"]).toString().trim();
  process.env.E2E_DIR = mkdtempSync(join(tmpdir(), 'hifazat-e2e-'));
  process.env.E2E_DATABASE_URL = `file:${join(process.env.E2E_DIR, 'e2e.db')}`;
}
const port = Number(process.env.E2E_PORT);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.tmp/playwright.json' }]] : [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
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
      HCAPTCHA_SITEKEY: '',
      HCAPTCHA_SECRET: '',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
