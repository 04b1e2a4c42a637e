// Both languages, one structure: lang/dir from the locale, canonical and hreflang, a no-JS language switch that
// keeps the page, navigation by audience from the content collection, and Nastaliq only on Urdu pages.
import { expect, test } from '@playwright/test';
import { contentPages, LOCALES, slugsOf } from './site-pages.ts';
import { langDir, otherLangs } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';

for (const lang of LOCALES) {
  const others = otherLangs(lang);

  test(`${lang}: every page has lang, dir, canonical and hreflang alternates`, async ({ page }) => {
    for (const path of [...contentPages(lang), `/${lang}/report/`, `/${lang}/search/`]) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.locator('html'), path).toHaveAttribute('dir', langDir(lang));
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!).pathname, path).toBe(path);
      for (const other of others) expect(new URL((await page.locator(`link[rel=alternate][hreflang=${other}]`).getAttribute('href'))!).pathname).toBe(path.replace(`/${lang}/`, `/${other}/`));
      expect(new URL((await page.locator(`link[rel=alternate][hreflang=${lang}]`).getAttribute('href'))!).pathname).toBe(path);
    }
  });

  test(`${lang}: the language switch keeps the page, without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const other of others) {
      await page.goto(`/${lang}/helplines/`);
      // One link per other language, named in that language.
      await expect(page.locator('.app-header__lang')).toHaveCount(others.length);
      await page.locator(`.app-header__lang[hreflang="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/helplines/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('h1')).toBeVisible();
    }
    await context.close();
  });

  test(`${lang}: navigation by audience links to every guidance page`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const nav = page.locator('#app-guidance');
    const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const slug of slugsOf(lang).filter((s) => s !== 'home')) expect(hrefs, slug).toContain(`/${lang}/${slug}/`);
    expect(hrefs).toContain(`/${lang}/report/`);
    // Every link goes to a page that exists.
    for (const href of hrefs) expect((await page.request.get(href!)).status(), href!).toBe(200);
    // The header reaches the audience navigation, the search and the helplines.
    await expect(page.getByRole('navigation', { name: resources[lang].common.nav.label }).locator(`a[href="/${lang}/search/"]`)).toBeVisible();
  });

  test(`${lang}: the helplines strip offers the emergency numbers as tel: links`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const numbers = page.locator('.app-helplines a[href^="tel:"]');
    await expect(numbers.first()).toBeVisible();
    await expect(page.locator('.app-helplines a[href="tel:15"]')).toHaveAttribute('dir', 'ltr');
  });

  test(`${lang}: unknown pages answer 404 with a page in the same language`, async ({ page }) => {
    const res = await page.goto(`/${lang}/no-such-page/`);
    expect(res!.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator(`main a[href="/${lang}/"]`)).toBeVisible();
  });
}

test('Urdu pages are right to left in Nastaliq, line-height at least 2, no letter-spacing', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto('/ur/helplines/');
  await page.evaluate(() => document.fonts.ready);
  const style = await page.locator('main h1').evaluate((el) => {
    const cs = getComputedStyle(el);
    return { family: cs.fontFamily, lineHeight: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), letterSpacing: cs.letterSpacing, direction: cs.direction };
  });
  expect(style.family).toMatch(/^"?Noto Nastaliq Urdu/);
  expect(style.lineHeight).toBeGreaterThanOrEqual(2);
  expect(style.letterSpacing).toBe('normal');
  expect(style.direction).toBe('rtl');
  const bodyLine = await page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(bodyLine).toBeGreaterThanOrEqual(2);
  // The self-hosted face is the one rendering: loaded from this site, one file.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Nastaliq Urdu"', 'حفاظت'))).toBe(true);
  expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Nastaliq') && f.status === 'loaded').length)).toBe(1);
  expect(fonts).toHaveLength(1);
  expect(new URL(fonts[0]!).pathname).toMatch(/^\/_astro\/noto-nastaliq-urdu-arabic-400-normal\.[\w-]+\.woff2$/);
  // Phone numbers stay left to right inside the Urdu text.
  expect(await page.locator('.app-helplines a[href="tel:1122"]').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});

test('English pages download no web font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto('/en/helplines/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
  expect(await page.content()).not.toContain('@font-face');
});

test('the root page links to both languages without a redirect', async ({ page }) => {
  const res = await page.goto('/');
  expect(res!.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  for (const lang of LOCALES) await expect(page.locator(`a[href="/${lang}/"]`)).toBeVisible();
  await expect(page.locator('[data-exit-link]')).toBeVisible();
});

test('robots.txt keeps staff and API out; sitemap lists both languages with alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  for (const path of ['/en/staff/', '/ur/staff/', '/api/']) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const lang of LOCALES) {
    for (const path of contentPages(lang)) expect(sitemap, path).toContain(`${path}</loc>`);
  }
  expect(sitemap).toContain('hreflang="ur"');
  for (const lang of LOCALES) expect(sitemap).toContain(`/${lang}/report/</loc>`);
  expect(sitemap).not.toContain('/staff/');
  expect(sitemap).not.toContain('/report/status/');
});
