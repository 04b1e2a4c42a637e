// Pagefind search: one index per language. A word from a page's own title finds that page, in every language of
// the registry, and each language's search returns only pages in that language. The word is read from the content
// so the test follows the pages as they change.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LANGS, langDir } from '../../domain/languages.ts';

function titleWord(lang: string, slug: string): string {
  const md = readFileSync(new URL(`../../content/${lang}/${slug}.md`, import.meta.url), 'utf8');
  const title = /^title:\s*(.+)$/m.exec(md)![1]!.trim();
  // The longest word of the title: distinctive enough, and a whole word as Pagefind splits them.
  return title.split(/[\s،,:()]+/).sort((a, b) => b.length - a.length)[0]!;
}

for (const lang of LANGS) {
  test(`${lang}: search finds the helplines page by a word from its title`, async ({ page }) => {
    const word = titleWord(lang, 'helplines');
    if (langDir(lang) === 'rtl') expect(word).toMatch(/[\u0600-\u06FF]/);
    await page.goto(`/${lang}/search/`);
    await page.locator('input[name=q]').fill(word);
    await page.locator('input[name=q]').press('Enter');
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`/${lang}/helplines/`);
    for (const href of hrefs) expect(href.startsWith(`/${lang}/`), href).toBe(true);
    await expect(page.locator('[data-search-status]')).toContainText(word);
    // The query is in the address, so the result can be reloaded or shared.
    await page.reload();
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  });
}

test('a search with no match says so in Urdu', async ({ page }) => {
  await page.goto('/ur/search/?q=zzzzqqq');
  await expect(page.locator('[data-search-status]')).toContainText('کوئی صفحہ نہیں ملا');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('without JavaScript the search page explains and still offers every page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.locator('#app-guidance a[href="/en/helplines/"]')).toBeVisible();
  await context.close();
});
