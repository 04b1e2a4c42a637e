// The public statistics page in every language, with JavaScript off: the server puts the day's figures into the
// built page; a province with 3 reports in a month is hidden (with a second figure, so the month's total does not
// give it away); bars agree with their tables; Urdu bars run right to left; axe finds nothing; the page stays
// within the content pages' byte budget; a date that does not exist is refused in the page's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { asc, eq } from 'drizzle-orm';
import { createDb } from '../../db/client.ts';
import { districts, provinces, queues } from '../../db/schema.ts';
import { type Lang, langDir, language } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';
import { seedReport } from '../fixtures/dashboard-seed.ts';
import { DIST, LANGS } from './site-pages.ts';

const strings = (lang: Lang) => resources[lang].statistics;

// One worker seeds once, before any request: the server computes a period's figures once a day.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const MONTH = '2025-07'; // no other spec writes reports in this month
const PERIOD = `?from=${MONTH}-01&to=${MONTH}-31`;
const COUNTS: Record<string, number> = {
  punjab: 9,
  sindh: 7,
  'khyber-pakhtunkhwa': 8,
  balochistan: 6,
  islamabad: 5,
  'azad-kashmir': 5,
  'gilgit-baltistan': 3,
};
const KB = 1024;

test.beforeAll(async () => {
  const { db, close } = await createDb(process.env.E2E_DATABASE_URL!);
  for (const p of await db.select().from(provinces).orderBy(asc(provinces.sort))) {
    const d = (await db.select().from(districts).where(eq(districts.provinceId, p.id)).orderBy(asc(districts.id)).all()).find(
      (x) => x.id !== 'unknown',
    )!;
    const q = (await db.select().from(queues).where(eq(queues.provinceId, p.id)).limit(1).get())!;
    for (let i = 0; i < COUNTS[p.id]!; i++) {
      const gb = p.id === 'gilgit-baltistan';
      await seedReport(db, {
        queueId: q.id,
        provinceId: p.id,
        districtId: d.id,
        createdAt: Date.parse(`${MONTH}-${String(3 + i).padStart(2, '0')}T10:00:00+05:00`),
        priority: gb ? 'P4' : 'P2',
        dueInMs: gb ? 7 * 24 * 3600_000 : 24 * 3600_000,
        firstActionAfterMs: (i + 1) * 3600_000,
        referrals: i < 1 ? [{ service: 'shelter', status: 'completed' }] : [],
      });
    }
  }
  close();
});

async function noJs(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

/** Bar values (what the eye reads) and the table's value column (what a screen reader reads), by row key. */
async function chartAndTable(page: Page, chart: string, column: number) {
  const section = page.locator(`section[data-chart="${chart}"]`);
  const bars = await section
    .locator('.app-chart__plot [data-key]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.querySelector('.app-bars__value')?.textContent ?? '']));
  const table = await section
    .locator('table tbody tr')
    .evaluateAll((rows, col) => rows.map((r) => [r.getAttribute('data-key'), r.children[col]?.textContent ?? '']), column);
  return { bars: Object.fromEntries(bars), table: Object.fromEntries(table) };
}

for (const lang of LANGS) {
  // axe needs script in the page, so this one runs with JavaScript on; the page itself loads none (checked below).
  test(`${lang}: the figures, Gilgit-Baltistan's 3 reports hidden and not derivable, axe-clean`, async ({ page }) => {
    const res = await page.goto(`/${lang}/statistics/${PERIOD}`);
    expect(res!.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', langDir(lang));
    await expect(page.locator('script[src]')).toHaveCount(0);
    await expect(page.locator('[data-testid="summary"]')).toBeVisible();

    const month = page.locator(`section[data-chart="per-month"] tbody tr[data-key="${MONTH}"]`);
    const cells = month.locator('td');
    await expect(cells).toHaveCount(8); // seven provinces and the total
    const texts = await cells.evaluateAll((tds) => tds.map((td) => (td.hasAttribute('data-hidden') ? null : td.textContent)));
    // Gilgit-Baltistan comes last among the provinces; with it alone hidden, total − the rest would be 3.
    expect(texts[6]).toBeNull();
    expect(texts.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    expect(texts).not.toContain('3');
    await expect(month.locator('td[data-hidden] .app-u-visually-hidden').first()).toHaveText(strings(lang).page.hidden);
    // The province's total for the period is hidden as well, and no district is named.
    await expect(page.locator('section[data-chart="by-province"] tbody tr[data-key="gilgit-baltistan"] td')).toHaveAttribute(
      'data-hidden',
      '',
    );
    // The share and the median that would rest on those 3 reports alone (the only P4 reports) are hidden.
    await expect(page.locator('section[data-chart="sla"] tbody tr[data-key="P4"] td')).toHaveAttribute('data-hidden', '');
    await expect(page.locator('section[data-chart="medians"] tbody tr[data-key="P4"] td')).toHaveAttribute('data-hidden', '');
    await expect(page.locator('section[data-chart="sla"] tbody tr[data-key="P2"] td')).toHaveText('100%');

    // Bars agree with their tables.
    const byProvince = await chartAndTable(page, 'by-province', 1);
    expect(byProvince.bars).toEqual(byProvince.table);
    expect(byProvince.table.punjab).toBe('9');
    const sla = await chartAndTable(page, 'sla', 1);
    expect(sla.bars).toEqual(sla.table);

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`${lang}: bars grow from the reading side, tables scroll inside the page at 320 px, within the byte budget`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const res = await page.goto(`/${lang}/statistics/${PERIOD}`);
    await page.evaluate(() => document.fonts.ready);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);

    const row = page.locator('section[data-chart="by-province"] .app-bars__row[data-key="punjab"]');
    const box = async (sel: string) => (await row.locator(sel).boundingBox())!;
    const [label, track, bar] = [await box('.app-bars__label'), await box('.app-bars__track'), await box('.app-bars__bar')];
    if (langDir(lang) === 'rtl') {
      expect(label.x).toBeGreaterThan(track.x + track.width - 1);
      expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1.5);
    } else {
      expect(label.x + label.width).toBeLessThan(track.x + 1);
      expect(Math.abs(bar.x - track.x)).toBeLessThan(1.5);
    }

    // What a first visit costs (gzip -9; the Urdu font is outside the content budget, as in site-dist.spec.ts).
    const html = await res!.body();
    const css = await page
      .locator('link[rel=stylesheet]')
      .evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    const cssBytes = css.reduce((s, p) => s + gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length, 0);
    const total = gzipSync(html, { level: 9 }).length + cssBytes;
    // As in site-dist.spec.ts: 35 KB with everything for Latin pages, 40 KB without the web font for the others.
    const limit = language(lang).font ? 40 * KB : 35 * KB;
    console.log(
      `/${lang}/statistics/${PERIOD}: html ${(gzipSync(html, { level: 9 }).length / KB).toFixed(1)} KB + css ${(cssBytes / KB).toFixed(1)} KB gzip ≤ ${limit / KB} KB`,
    );
    expect(total).toBeLessThanOrEqual(limit);
    await context.close();
  });

  test(`${lang}: a date that does not exist is refused in the page's language, the typed value kept`, async ({ browser, page: withJs }) => {
    const { context, page } = await noJs(browser);
    await page.goto(`/${lang}/`);
    await page.locator('.app-footer').getByRole('link', { name: resources[lang].common.footer.statistics }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/statistics/$`));
    await page.locator('#stats-from').fill('2025-07-01');
    await page.locator('#stats-to').fill('2025-07-31');
    await page.locator('.app-statistics__filter button').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/statistics/\\?from=2025-07-01&to=2025-07-31$`));
    await expect(page.locator(`section[data-chart="per-month"] tbody tr[data-key="${MONTH}"]`)).toBeVisible();

    const res = await page.goto(`/${lang}/statistics/?from=2025-02-30&to=2025-07-31`);
    expect(res!.status()).toBe(400);
    await expect(page.locator('.app-error-summary')).toContainText(strings(lang).filter.invalidDate);
    await expect(page.locator('#stats-from')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.locator('#stats-from').getAttribute('value')).toBe('2025-02-30');
    await context.close();

    expect((await withJs.goto(`/${lang}/statistics/?from=2025-02-30&to=2025-07-31`))!.status()).toBe(400);
    const axe = await new AxeBuilder({ page: withJs }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the JSON behind the page: same figures, public cache, no district', async ({ request }) => {
  const res = await request.get(`/api/statistics${PERIOD}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=3600');
  const body = await res.json();
  const row = body.reportsPerMonth[0];
  expect(row.month).toBe(MONTH);
  expect(row.byProvince['gilgit-baltistan']).toBeNull();
  expect(JSON.stringify(body)).not.toMatch(/district/i);
});
