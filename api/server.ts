// The only file that listens: config → database (migrate, seed) → static site + API on one port.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createDb, type DbHandle } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { seedReference } from '../db/seed.ts';
import { loadDirectory } from '../directory/routing.ts';
import { createAlertService } from './alerts/service.ts';
import { type AppConfig, createApp } from './app.ts';
import { seedDemoStaff } from './auth/demo-staff.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createSealer, generateKey } from './crypto/seal.ts';
import { jsonLogger } from './log.ts';
import { loadStaticSite } from './middleware/static-site.ts';
import { loadAnswerPages } from './pages.ts';
import { scheduleRetention } from './retention/schedule.ts';

function fail(message: string): never {
  process.stderr.write(`hifazat: ${message}\n`);
  process.exit(1);
}

/** Outside production, a missing REPORT_KEY is generated once into data/ so development data stays readable. */
function resolveReportKey(config: Config): string {
  if (config.REPORT_KEY) return config.REPORT_KEY;
  const file = resolve('data/dev-report-key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${generateKey()}\n`, { mode: 0o600 });
  }
  process.stderr.write(`hifazat: warning: REPORT_KEY is not set; using the development key in ${file}. Set REPORT_KEY in production.\n`);
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  let config: AppConfig;
  try {
    const loaded = loadConfig(process.env);
    config = { ...loaded, REPORT_KEY: resolveReportKey(loaded) };
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }

  if (config.DATABASE_URL.startsWith('file:')) {
    const path = config.DATABASE_URL.slice('file:'.length).split('?')[0]!;
    try {
      mkdirSync(dirname(resolve(path)), { recursive: true });
    } catch (err) {
      fail(`Invalid DATABASE_URL: cannot create the folder for ${path} (${(err as Error).message})`);
    }
  }
  let handle: DbHandle;
  try {
    handle = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
    await migrateDb(handle.db);
  } catch (err) {
    fail(`Invalid DATABASE_URL: cannot open or migrate ${config.DATABASE_URL} (${(err as Error).message.split('\n')[0]})`);
  }
  await seedReference(handle.db, loadDirectory());
  if (config.NODE_ENV !== 'production') {
    const accounts = await seedDemoStaff(handle.db);
    process.stdout.write('\nDemo staff accounts (development only; new passwords at every start):\n');
    for (const a of accounts)
      process.stdout.write(`  ${a.username.padEnd(28)} ${a.password}   ${a.role} ${a.queueId ?? a.provinceId ?? ''}\n`);
    process.stdout.write('\n');
  }

  const staticDir = resolve(config.STATIC_DIR);
  const site = existsSync(staticDir) ? await loadStaticSite(staticDir, { publicOrigin: config.PUBLIC_ORIGIN }) : undefined;
  if (!site) process.stderr.write(`hifazat: warning: no built site in ${staticDir}; run \`npm run build\`. Serving the API only.\n`);
  // The JavaScript-off answers and the statistics page: the site's components, bundled by the build beside the site.
  const pages = site ? await loadAnswerPages(staticDir, site, loadDirectory()) : undefined;

  const alerts = createAlertService({
    db: handle.db,
    sealer: createSealer(config.REPORT_KEY, config.REPORT_KEY_PREVIOUS),
    config,
    log: jsonLogger,
  });
  // One line at start-up says where alerts go, so a unit knows whether anyone is woken at night.
  const where = ['the console', ...(alerts.emailEnabled ? ['e-mail'] : []), ...(alerts.webhookEnabled ? ['the webhook'] : [])];
  process.stdout.write(
    alerts.emailEnabled
      ? `hifazat: alerts go to ${where.join(', ')}.\n`
      : `hifazat: SMTP_URL is not set: e-mail alerts are off; alerts go to ${alerts.webhookEnabled ? 'the console and the webhook' : 'the console only'}.\n`,
  );
  const app = createApp({ db: handle.db, config, log: jsonLogger, site, pages, alerts });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    jsonLogger('server.listening', { port: info.port });
    process.stdout.write(`Hifazat is running at http://localhost:${info.port}/\n`);
  });
  alerts.start();
  scheduleRetention(handle.client, { days: config.RETENTION_DAYS, log: jsonLogger, firstRunMs: 30_000 });
  const stop = () => {
    void alerts.stop();
    server.close(() => {
      handle.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
