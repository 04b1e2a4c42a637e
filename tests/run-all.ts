// `npm test`: lint and format check (Biome), type check, unit and API tests (vitest), build, browser tests
// (Playwright, with the vnu-jar HTML check among them), then one line
// `N passed, N failed` over vitest and Playwright together.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
mkdirSync('.tmp', { recursive: true });

function run(title: string, cmd: string, args: string[]): boolean {
  process.stdout.write(`\n▶ ${title}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

function ensureChromium(): boolean {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0) {
    process.stdout.write("Chromium is missing: installing Debian's chromium package…\n");
    return (
      run('apt-get update', 'apt-get', ['update', '-q']) &&
      run('apt-get install chromium', 'apt-get', ['install', '-y', '-q', 'chromium']) &&
      existsSync(path)
    );
  }
  process.stderr.write(
    `Chromium is missing at ${path}. Install it with: sudo apt-get install -y chromium (Debian), or set CHROMIUM_PATH.\n`,
  );
  return false;
}

// vnu-jar (the HTML checker in tests/e2e/site-valid-html.spec.ts) runs on Java: installed like Chromium when
// root; elsewhere that test skips and says how to install it.
function ensureJava(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore', env });
  if (!probe.error && probe.status === 0) return;
  if (process.getuid?.() === 0) {
    process.stdout.write("Java is missing (the HTML checker needs it): installing Debian's default-jre-headless…\n");
    run('apt-get install default-jre-headless', 'apt-get', ['install', '-y', '-q', 'default-jre-headless']) ||
      (run('apt-get update', 'apt-get', ['update', '-q']) &&
        run('apt-get install default-jre-headless', 'apt-get', ['install', '-y', '-q', 'default-jre-headless']));
  } else
    process.stderr.write(
      'Java is missing: the valid-HTML test will be skipped. Install it with: sudo apt-get install -y default-jre-headless\n',
    );
}

let passed = 0;
let failed = 0;
let ok = true;

// Biome: the linter and the formatter's check (biome.jsonc), read-only. Counted as one check; `npx biome check
// --write .` fixes what it can.
const linted = run('lint and format check (biome ci)', 'biome', ['ci', '--reporter=summary', '.']);
if (linted) passed += 1;
else failed += 1;
ok = linted && ok;

// astro sync writes .astro/types.d.ts (astro:content types) that tsc needs on a fresh clone.
ok = run('generate Astro types (astro sync)', 'astro', ['sync']) && ok;
ok = run('type check (tsc)', 'tsc', ['--noEmit']) && ok;
ok = run('type check (astro check)', 'astro', ['check', '--minimumSeverity', 'error']) && ok;

rmSync('.tmp/vitest.json', { force: true });
ok =
  run('unit and API tests (vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']) &&
  ok;
if (existsSync('.tmp/vitest.json')) {
  const v = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites?: number;
  };
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numFailedTests === 0 ? (v.numFailedTestSuites ?? 0) : 0);
} else failed += 1;

const built = run('build the site (astro build)', 'astro', ['build']);
ok = built && ok;
if (built) ensureJava();
if (built && ensureChromium()) {
  rmSync('.tmp/playwright.json', { force: true });
  ok = run('browser tests (Playwright)', 'playwright', ['test']) && ok;
  if (existsSync('.tmp/playwright.json')) {
    const p = JSON.parse(readFileSync('.tmp/playwright.json', 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
  } else failed += 1;
} else {
  ok = false;
  failed += 1;
}

if (!ok && failed === 0) failed = 1; // a type-check or build failure counts against the run
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(ok && failed === 0 ? 0 : 1);
