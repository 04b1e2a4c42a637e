// Every language of the registry, one structure: lang/dir from the locale, canonical and hreflang, a no-JS language
// switch that keeps the page, navigation by audience from the content collection, Nastaliq only on Urdu pages and
// Naskh only on Pashto pages.
import { type BrowserType, expect, type Page, test } from '@playwright/test';
import { langDir, language, otherLangs } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';
import { type PlatformFont, renderedFonts, withLocalNastaliq, withoutLocalNastaliq } from './site-fonts.ts';
import { contentPages, LANGS, slugsOf } from './site-pages.ts';

for (const lang of LANGS) {
  const others = otherLangs(lang);

  test(`${lang}: every page has lang, dir, canonical and hreflang alternates`, async ({ page }) => {
    for (const path of [...contentPages(lang), `/${lang}/report/`, `/${lang}/search/`]) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.locator('html'), path).toHaveAttribute('dir', langDir(lang));
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!).pathname, path).toBe(path);
      for (const other of others)
        expect(new URL((await page.locator(`link[rel=alternate][hreflang=${other}]`).getAttribute('href'))!).pathname).toBe(
          path.replace(`/${lang}/`, `/${other}/`),
        );
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
    await expect(
      page.getByRole('navigation', { name: resources[lang].common.nav.label }).locator(`a[href="/${lang}/search/"]`),
    ).toBeVisible();
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
  await page.goto('/ur/helplines/');
  await page.evaluate(() => document.fonts.ready);
  const style = await page.locator('main h1').evaluate((el) => {
    const cs = getComputedStyle(el);
    return {
      family: cs.fontFamily,
      lineHeight: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize),
      letterSpacing: cs.letterSpacing,
      direction: cs.direction,
    };
  });
  expect(style.family).toMatch(/^"?Noto Nastaliq Urdu/);
  expect(style.lineHeight).toBeGreaterThanOrEqual(2);
  expect(style.letterSpacing).toBe('normal');
  expect(style.direction).toBe('rtl');
  const bodyLine = await page
    .locator('main p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(bodyLine).toBeGreaterThanOrEqual(2);
  // Whatever this machine has installed, the Urdu text is drawn in Noto Nastaliq Urdu (local or web).
  expect(urduFace(await renderedFonts(page, 'main h1'))).toMatchObject({ familyName: 'Noto Nastaliq Urdu' });
  // Phone numbers stay left to right inside the Urdu text.
  expect(await page.locator('.app-helplines a[href="tel:1122"]').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});

// Pashto is set in Naskh (site/i18n/fonts.ts, the registry's `naskh` key): right to left, its own line height,
// no letter-spacing, and the Naskh subset fetched once (on a machine without the face) drawing its letters.
for (const lang of LANGS.filter((l) => language(l).font === 'naskh')) {
  test(`${lang}: pages are right to left in Naskh, the Naskh subset alone is fetched and draws the text`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname));
    await page.goto(`/${lang}/helplines/`);
    await page.evaluate(() => document.fonts.ready);
    const style = await page.locator('main h1').evaluate((el) => {
      const cs = getComputedStyle(el);
      return {
        family: cs.fontFamily,
        lineHeight: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize),
        letterSpacing: cs.letterSpacing,
        direction: cs.direction,
      };
    });
    expect(style.family).toMatch(/Noto Naskh Arabic/);
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(style.letterSpacing).toBe('normal');
    expect(style.direction).toBe('rtl');
    // Never the Urdu face: a Pashto page loads only its own.
    expect(
      fonts.every((f) => /^\/_astro\/noto-naskh-arabic-subset\.[\w-]+\.woff2$/.test(f)),
      fonts.join(),
    ).toBe(true);
    expect(await page.content()).not.toContain('Nastaliq');
    const faces = await renderedFonts(page, 'main h1');
    const [main] = [...faces].sort((a, b) => b.glyphCount - a.glyphCount);
    expect(main).toMatchObject({ familyName: 'Noto Naskh Arabic' });
    expect(await page.locator('.app-helplines a[href="tel:1122"]').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });
}

// The face that draws the Urdu letters of a heading: the one with most glyphs; any other face there draws only
// the spaces (outside the web font's unicode-range) and must not be an Arabic-script fallback. DejaVu Serif, the
// spaces' face on a machine with only DejaVu, has no Arabic letters (`fc-list :lang=ar` names only DejaVu Sans).
function urduFace(faces: PlatformFont[]): PlatformFont | undefined {
  const [main, ...rest] = [...faces].sort((a, b) => b.glyphCount - a.glyphCount);
  expect(
    rest.filter((f) => /Arabic|Naskh|DejaVu Sans|Nastaliq/.test(f.familyName)),
    'fallback faces drawing Urdu letters',
  ).toEqual([]);
  return main;
}

// A browser of its own whose fontconfig is given: one without any Nastaliq face, one with fonts-noto-core.
async function withFonts(browserType: BrowserType, fontconfig: string, run: (page: Page) => Promise<void>) {
  const launch = test.info().project.use.launchOptions ?? {};
  const browser = await browserType.launch({ ...launch, env: { ...process.env, FONTCONFIG_FILE: fontconfig } });
  try {
    await run(await browser.newPage({ baseURL: test.info().project.use.baseURL }));
  } finally {
    await browser.close();
  }
}

test('without a local Nastaliq face, the subset web font of the site is fetched once and draws the Urdu text', async ({ playwright }) => {
  await withFonts(playwright.chromium, withoutLocalNastaliq(), async (page) => {
    const fonts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname));
    await page.goto('/ur/helplines/');
    await page.evaluate(() => document.fonts.ready);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^\/_astro\/noto-nastaliq-urdu-subset\.[\w-]+\.woff2$/);
    expect(urduFace(await renderedFonts(page, 'main h1'))).toMatchObject({ familyName: 'Noto Nastaliq Urdu', isCustomFont: true });
    // Latin inside the page (the numbers) keeps the system face: the web font covers Urdu letters only.
    expect((await renderedFonts(page, '.app-helplines a[href="tel:1122"]')).every((f) => !f.isCustomFont)).toBe(true);
  });
});

test('with Noto Nastaliq Urdu installed (fonts-noto-core), the local face draws the Urdu text', async ({ playwright }) => {
  const conf = withLocalNastaliq();
  test.skip(conf.file === null, conf.file === null ? conf.reason : '');
  await withFonts(playwright.chromium, conf.file!, async (page) => {
    await page.goto('/ur/helplines/');
    await page.evaluate(() => document.fonts.ready);
    expect(urduFace(await renderedFonts(page, 'main h1'))).toMatchObject({ familyName: 'Noto Nastaliq Urdu', isCustomFont: false });
  });
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
  for (const lang of LANGS) await expect(page.locator(`a[href="/${lang}/"]`)).toBeVisible();
  await expect(page.locator('[data-exit-link]')).toBeVisible();
});

test('robots.txt keeps staff and API out; sitemap lists both languages with alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  for (const path of [...LANGS.map((l) => `/${l}/staff/`), '/api/']) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const lang of LANGS) {
    for (const path of contentPages(lang)) expect(sitemap, path).toContain(`${path}</loc>`);
  }
  expect(sitemap).toContain('hreflang="ur"');
  for (const lang of LANGS) expect(sitemap).toContain(`/${lang}/report/</loc>`);
  expect(sitemap).not.toContain('/staff/');
  expect(sitemap).not.toContain('/report/status/');
});

// The fallback faces take the web font's room (size-adjust and the ascent/descent overrides from
// font-metrics.ts): layout shifts summed while the web font is held back 1.5 s, as on a slow connection.
// Lines are as tall in both faces and the header's rows do not depend on text width, so what can still move
// is a line that wraps differently: measured at most 0.031 (/ur/recognising-abuse/ at 412 px, whose title
// wraps onto two lines in the fallback and fits one in Nastaliq), most pages 0.000–0.011. The bound is 0.05,
// half of what Core Web Vitals call good; Lighthouse (bench:site, font preloaded) measures 0.
test('without a local Nastaliq face, the swap to the web font barely shifts anything (CLS ≤ 0.05) and nothing scrolls sideways', async ({
  playwright,
}) => {
  test.setTimeout(90_000);
  await withFonts(playwright.chromium, withoutLocalNastaliq(), async (page) => {
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    for (const width of [320, 360, 412]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/ur/', '/ur/helplines/', '/ur/recognising-abuse/', '/ur/after-you-report/', '/ur/report/']) {
        await page.goto(path, { waitUntil: 'commit' });
        await page.evaluate(() => {
          (window as unknown as { cls: number }).cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.waitForLoadState('load');
        // The report form asks for the web face only once its island is alive (FontHead's late mode).
        if (path.endsWith('/report/')) await page.waitForSelector('form[data-stepped]');
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(200);
        const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
        expect(urduFace(await renderedFonts(page, 'main h1'))).toMatchObject({ isCustomFont: true });
        expect(cls, `${path} at ${width}px`).toBeLessThanOrEqual(0.05);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `${path} at ${width}px: no horizontal scrolling`).toBeLessThanOrEqual(client);
      }
    }
  });
});

test('with the local face (fonts-noto-core), nothing scrolls sideways at 320 px on Urdu pages', async ({ playwright }) => {
  const conf = withLocalNastaliq();
  test.skip(conf.file === null, conf.file === null ? conf.reason : '');
  await withFonts(playwright.chromium, conf.file!, async (page) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of contentPages('ur')) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${path} at 320px`).toBeLessThanOrEqual(client);
    }
  });
});
