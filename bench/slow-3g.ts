// The report page on slow 3G (issue 27: 400 kbps down and up, 400 ms round trip; DevTools' network emulation,
// Network.emulateNetworkConditions, in a fresh context with an empty cache), without a local Nastaliq face, so
// the subset web font is fetched over the same link. Measured in the page, from navigation start:
// - first step: first contentful paint, i.e. the server-rendered form (every step, usable without script) painted;
// - web font: the subset woff2 arrived (asked for once the form is ready; until then the metric-matched local
//   fallback draws the text);
// - ready: the island has mounted and shows one step at a time (ReportForm sets data-stepped on its form).
// Each page RUNS times, the median printed; on the phone's CPU too (4× slowdown, as Lighthouse's mobile profile).
import { loadavg } from 'node:os';
import { type Browser, chromium } from '@playwright/test';

const RUNS = 3;
const LINK = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

interface Timing {
  firstStep: number;
  font: number | null;
  ready: number;
  bytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sec = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);

async function once(browser: Browser, url: string, cpu: number): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  // The moment the island marks its form, seen by an observer installed before any of the page's own scripts run.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('form[data-stepped]')) return;
      document.documentElement.dataset.benchReady = String(performance.now());
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-stepped'] });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', LINK);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('form[data-stepped]', { timeout: 60_000 });
  await page.waitForLoadState('load');
  // The web face is asked for once the form is alive (FontHead's late mode): wait for it to arrive.
  await page
    .waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.woff2')), undefined, { timeout: 20_000 })
    .catch(() => {});
  const t = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const font = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.woff2')) as PerformanceResourceTiming | undefined;
    return { firstStep: fcp, font: font ? font.responseEnd : null, ready: Number(document.documentElement.dataset.benchReady) };
  });
  await context.close();
  return { ...t, bytes };
}

/** Times each page on slow 3G; returns the printed table. */
export async function slow3g(base: string, paths: readonly string[], chromiumPath: string, fontconfig: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-quic'],
    env: { ...process.env, FONTCONFIG_FILE: fontconfig },
  });
  const rows: string[] = [];
  try {
    for (const cpu of [1, 4]) {
      for (const path of paths) {
        const runs: Timing[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await once(browser, `${base}${path}`, cpu));
        const pick = (k: 'firstStep' | 'ready') => median(runs.map((r) => r[k]));
        const fonts = runs.map((r) => r.font).filter((f): f is number => f !== null);
        rows.push(
          `${path.padEnd(12)} ${(cpu === 1 ? 'network only' : `CPU ${cpu}× slower`).padEnd(16)} ${sec(pick('firstStep')).padStart(8)} ${sec(
            pick('ready'),
          ).padStart(
            8,
          )} ${sec(fonts.length ? median(fonts) : null).padStart(9)} ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1).padStart(7)} KB`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return `\nSlow 3G (400 kbps, 400 ms RTT; median of ${RUNS}; no local Nastaliq face) · load: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}\npage         case             1st step    ready  web font  on wire\n${rows.join('\n')}\n`;
}
