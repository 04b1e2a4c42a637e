// Issue 25: every page that says what happens to a report shows the deployment's statement, in every language, and
// with the default (nobody has confirmed reading this queue) says so and gives the numbers to call now.
import { expect, test } from '@playwright/test';
import { LANGS } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';

const ADULT = ['', 'report/', 'report/status/', 'after-you-report/', 'privacy/', 'what-the-cpu-does/'];

for (const lang of LANGS) {
  const s = resources[lang].common.service;
  test(`${lang}: the statement on every page that speaks of a report`, async ({ page }) => {
    for (const path of ADULT) {
      await page.goto(`/${lang}/${path}`);
      // The report page gives the short form in its intro paragraph (its byte budget); the others a titled region.
      const region = path === 'report/' ? page.locator('main p').first() : page.getByRole('region', { name: s.heading });
      await expect(region, `/${lang}/${path}`).toContainText(path === 'report/' ? s.unconfirmedShort : s.unconfirmed);
      // The report page points to the helpline strip above it (its byte budget); the others list the numbers.
      if (path === 'report/') {
        await expect(page.locator('.app-helplines a[href="tel:15"]')).toBeVisible();
      } else {
        await expect(region.locator('a[href="tel:15"]')).toBeVisible();
        await expect(region.locator('a[href="tel:1122"]')).toBeVisible();
      }
    }
  });

  test(`${lang}: the children's page says it in a child's words and names no helpline it cannot keep`, async ({ page }) => {
    await page.goto(`/${lang}/kids-if-someone-hurts-you/`);
    const region = page.getByRole('region', { name: s.childHeading });
    await expect(region).toContainText(s.childUnconfirmed);
    await expect(region.locator('a[href^="tel:"]')).toHaveCount(1);
    await expect(region.locator('a[href="tel:15"]')).toBeVisible();
  });
}
