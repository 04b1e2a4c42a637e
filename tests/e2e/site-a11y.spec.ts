// Accessibility in both languages: axe (WCAG 2.0–2.2 A/AA rules) on every built page, no horizontal scrolling at
// 320 px or at 200 % zoom, a skip link that works, focus that can be seen, headings that do not skip levels.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, contentPages, LANGS } from './site-pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const pages = builtPages().filter((p) => p.endsWith('/') || p === '/404.html');

for (const path of pages) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 10_000 });
    await page.evaluate(() => document.fonts.ready);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

const layoutPages = LANGS.flatMap((l) => [...contentPages(l), `/${l}/report/`, `/${l}/report/status/`, `/${l}/search/`]);

test('no horizontal scrolling at 320 px wide or at 200 % zoom (1280 px window)', async ({ browser }) => {
  test.setTimeout(90_000);
  // 200 % zoom of a 1280 px window lays the page out in 640 CSS px: the same as a 640 px viewport.
  for (const width of [320, 640]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of layoutPages) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${path} at ${width}px`).toBeLessThanOrEqual(client);
    }
    await context.close();
  }
});

for (const lang of LANGS) {
  test(`${lang}: the skip link is first, visible when focused, and moves focus to the content`, async ({ page }) => {
    await page.goto(`/${lang}/helplines/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.app-skip-link:not(.app-skip-link--exit)');
    await expect(skip).toBeFocused();
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.height).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main, footer'));
    expect(inMain).toBe(true);
  });

  test(`${lang}: keyboard focus is visible on every control of the header`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return {
          tag: el.tagName,
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
          shadow: cs.boxShadow !== 'none',
        };
      });
      expect(style.outline || style.shadow, `${style.tag} #${i}`).toBe(true);
    }
  });

  test(`${lang}: headings start at h1 and never skip a level`, async ({ page }) => {
    for (const path of contentPages(lang)) {
      await page.goto(path);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0], path).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path} ${levels.join(',')}`).toBeLessThanOrEqual(1);
    }
  });
}
