// `npm run bench:site`: Lighthouse (mobile profile, simulated slow 4G and a mid-range phone's CPU, as Lighthouse
// defaults) against the real server on a free loopback port and a temporary database, with Debian's Chromium.
// Prints Performance, Accessibility, Best Practices and SEO for home, a guidance page, helplines and report, in
// English and Urdu. Not part of `npm test`: it takes a minute or two and measures, it does not assert.
// Two font cases, each with Chromium given a private fontconfig (tests/e2e/site-fonts.ts): without any local
// Nastaliq face (a desktop or an older phone: the subset web font is fetched), and with Debian's
// fonts-noto-core (fetched with apt-get download, unpacked into .tmp/, never installed; an Android phone).
// BENCH_FONTS=none|local runs one case only. First, the report form's timing on slow 3G (bench/slow-3g.ts;
// BENCH_SLOW3G=0 leaves it out, BENCH_LIGHTHOUSE=0 runs only it).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { DEFAULT_LANG, LANGS, language } from '../domain/languages.ts';
import { withLocalNastaliq, withoutLocalNastaliq } from '../tests/e2e/site-fonts.ts';
import { freePort } from '../tests/fixtures/free-port.ts';
import { slow3g } from './slow-3g.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as playwright.config.ts, headless.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

function launchChromium(fontconfig: string): Promise<{ proc: ChildProcess; port: number; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hifazat-lh-chrome-'));
  const proc = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${dir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, FONTCONFIG_FILE: fontconfig },
  });
  return new Promise((resolve, reject) => {
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) resolve({ proc, port: Number(m[1]), dir });
    });
    proc.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${err}`)));
  });
}

function guidancePage(): string {
  const slugs = readdirSync(`content/${DEFAULT_LANG}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
  const prefer = ['recognising-abuse', 'parents-if-your-child-tells', 'kids-your-rights'];
  return (
    prefer.find((s) => slugs.includes(s) && LANGS.every((l) => existsSync(`content/${l}/${s}.md`))) ??
    slugs.find((s) => s !== 'home' && s !== 'helplines') ??
    'helplines'
  );
}

async function main() {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
  if (!existsSync('dist/index.html')) {
    process.stdout.write('dist/ is missing: building the site first…\n');
    if (spawnSync('astro', ['build'], { stdio: 'inherit', env }).status !== 0) throw new Error('astro build failed');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'hifazat-bench-'));
  const server = spawn(process.execPath, ['api/server.ts'], {
    env: {
      ...env,
      PORT: String(port),
      DATABASE_URL: `file:${join(dataDir, 'bench.db')}`,
      NODE_ENV: 'test',
      REPORT_KEY: randomBytes(32).toString('base64'),
      HCAPTCHA_SITEKEY: '',
      HCAPTCHA_SECRET: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server.once('exit', (code) => code && process.stderr.write(`bench:site: the server exited with ${code}\n`));
  let chrome: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`);
    const guidance = guidancePage();
    const cases: { name: string; fontconfig: string; pages: string[] }[] = [];
    const only = process.env.BENCH_FONTS;
    if (only !== 'local')
      cases.push({
        name: 'no local Nastaliq face (web font)',
        fontconfig: withoutLocalNastaliq(),
        pages: LANGS.flatMap((l) => [`/${l}/`, `/${l}/${guidance}/`, `/${l}/helplines/`, `/${l}/report/`]),
      });
    if (only !== 'none') {
      const local = withLocalNastaliq();
      if (local.file === null) process.stdout.write(`local-font case left out: ${local.reason}\n`);
      else
        cases.push({
          name: 'Noto Nastaliq Urdu installed (fonts-noto-core)',
          fontconfig: local.file,
          // The pages of the languages written in Nastaliq: the case is about that face being installed locally.
          pages: LANGS.filter((l) => language(l).font === 'nastaliq').flatMap((code) => [
            `/${code}/`,
            `/${code}/${guidance}/`,
            `/${code}/helplines/`,
            `/${code}/report/`,
          ]),
        });
    }
    // The report form on slow 3G, in the right-to-left languages with a web face (issue 27: ready in 2.5 s).
    const slow = LANGS.filter((l) => language(l).font && language(l).dir === 'rtl').map((l) => `/${l}/report/`);
    if (process.env.BENCH_SLOW3G !== '0') process.stdout.write(await slow3g(base, slow, CHROMIUM, withoutLocalNastaliq()));
    for (const c of process.env.BENCH_LIGHTHOUSE === '0' ? [] : cases) {
      chrome = await launchChromium(c.fontconfig);
      const rows: string[][] = [];
      for (const path of c.pages) {
        const result = await lighthouse(`${base}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result!.lhr;
        const score = (k: string) => (lhr.categories[k]?.score == null ? '–' : String(Math.round(lhr.categories[k]!.score! * 100)));
        const failing = CATEGORIES.filter((k) => k !== 'performance').flatMap((k) =>
          lhr.categories[k]!.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id),
        );
        const metric = (id: string) => String(lhr.audits[id]?.displayValue ?? '').replace(/\s/g, ' ');
        const runtimeError = lhr.runtimeError ? `runtime error: ${lhr.runtimeError.code}` : '';
        rows.push([
          path,
          ...CATEGORIES.map(score),
          metric('first-contentful-paint'),
          metric('largest-contentful-paint'),
          metric('total-blocking-time'),
          metric('cumulative-layout-shift'),
          [runtimeError, ...failing].filter(Boolean).join(' '),
        ]);
        process.stdout.write(`  ${path} done\n`);
      }
      const stopped = new Promise((r) => chrome!.proc.once('exit', r));
      chrome.proc.kill();
      await stopped;
      rmSync(chrome.dir, { recursive: true, force: true, maxRetries: 5 });
      chrome = undefined;
      const head = ['page', 'Perf', 'A11y', 'BestPr', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'notes'];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (r: string[]) =>
        r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
      process.stdout.write(
        `\nLighthouse ${lhrVersion()} · mobile profile · ${CHROMIUM} · ${c.name} · load: ${loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}\n${line(head)}\n${rows.map(line).join('\n')}\n`,
      );
    }
  } finally {
    chrome?.proc.kill();
    server.kill();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dataDir, { recursive: true, force: true });
    if (chrome) rmSync(chrome.dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

function lhrVersion(): string {
  try {
    return (
      JSON.parse(
        spawnSync(process.execPath, ['-e', "process.stdout.write(JSON.stringify(require('lighthouse/package.json')))"]).stdout.toString(),
      ) as { version: string }
    ).version;
  } catch {
    return '';
  }
}

main().catch((err) => {
  process.stderr.write(`bench:site: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
