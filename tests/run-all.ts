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

// Every system binary a test spawns, with the Debian package that brings it. Installed with apt when run as root
// (as CI is), else the run stops and names the command: a fresh machine has none of them.
interface SystemTool {
  binary: string;
  probe: string[];
  aptPackage: string;
  why: string;
  /** The probe exits non-zero even when installed (chattr -V): only a failure to start means missing. */
  anyExit?: true;
}
const SYSTEM_TOOLS: SystemTool[] = [
  { binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', probe: ['--version'], aptPackage: 'chromium', why: 'browser tests' },
  { binary: 'java', probe: ['-version'], aptPackage: 'default-jre-headless', why: 'the HTML checker (vnu-jar)' },
  { binary: 'nginx', probe: ['-v'], aptPackage: 'nginx', why: 'the reverse-proxy tests (tests/proof/proxy.test.ts)' },
  { binary: 'openssl', probe: ['version'], aptPackage: 'openssl', why: "the proxy tests' throwaway certificate" },
  // Without these the disk-full and read-only tests skip (and say so) instead of running: install them too.
  { binary: 'mount', probe: ['--version'], aptPackage: 'mount', why: 'the disk-full test’s tmpfs (tests/proof/disk-full.test.ts)' },
  {
    binary: 'chattr',
    probe: ['-V'],
    aptPackage: 'e2fsprogs',
    why: 'the read-only database test (tests/proof/disk-full.test.ts)',
    anyExit: true,
  },
];

function present(tool: SystemTool): boolean {
  const r = spawnSync(tool.binary, tool.probe, { stdio: 'ignore', env });
  return !r.error && (r.status === 0 || tool.anyExit === true);
}

let aptUpdated = false;
function ensureSystemTools(): boolean {
  const missing = SYSTEM_TOOLS.filter((t) => !present(t));
  if (missing.length === 0) return true;
  const packages = missing.map((t) => t.aptPackage);
  for (const t of missing) process.stdout.write(`${t.binary} is missing (${t.why}).\n`);
  if (process.getuid?.() !== 0) {
    process.stderr.write(`Install them with: sudo apt-get install -y ${packages.join(' ')}\n`);
    return false;
  }
  if (!aptUpdated) aptUpdated = run('apt-get update', 'apt-get', ['update', '-q']);
  run(`apt-get install ${packages.join(' ')}`, 'apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages]);
  const still = missing.filter((t) => !present(t));
  for (const t of still) process.stderr.write(`${t.binary} is still missing after installing ${t.aptPackage}.\n`);
  return still.length === 0;
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

const tools = ensureSystemTools();
ok = tools && ok;
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
if (built && tools) {
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
