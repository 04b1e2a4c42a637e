// WCAG 2.2 AA checks (axe) on the report flow's pages, with JavaScript on and off, in both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../domain/languages.ts';
import { adult, fillStepped, STRINGS, waitForSteps } from '../fixtures/report-flow.ts';

// The shared header's language link is the layout's (its visible text and label differ on purpose); checked there.
const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('.app-header__lang').analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const lang of LANGS) {
  test(`${lang}: the stepped form, its errors, the danger panel and the review pass axe`, async ({ page }) => {
    // Seven axe scans (the risk step added one) on a shared two-core machine.
    test.setTimeout(60_000);
    const t = STRINGS[lang];
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: t.form.next, exact: true }).click();
    expect(await scan(page)).toEqual([]);
    await page.locator('input[name="reporter"][value="self"]').check();
    await page.getByRole('button', { name: t.form.next, exact: true }).click();
    // A child is offered a few choices in their own words; "I have to work" stands for child labour.
    await page.locator('input[name="category"][value="child_labour"]').check();
    await page.getByRole('button', { name: t.form.next, exact: true }).click();
    // The risk questions, with a yes: the emergency panel appears in the step.
    await page.locator('input[name="risks.withoutCare"][value="yes"]').check();
    await page.locator('input[name="risks.selfHarm"][value="unsure"]').check();
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: t.form.next, exact: true }).click();
    await page.locator('input[name="immediateDanger"][value="true"]').check();
    expect(await scan(page)).toEqual([]);
    await page.goto(`/${lang}/report/`);
    await fillStepped(page, lang, adult('A long enough description for the review step'));
    expect(await scan(page)).toEqual([]);
    await page.goto(`/${lang}/report/status/`);
    expect(await scan(page)).toEqual([]);
  });

  test(`${lang}: JavaScript off, the long form and the page that gives it back with errors pass axe`, async ({ browser, page }) => {
    // axe runs as script, so each JavaScript-off page is captured and then checked, scripts removed, in a normal page.
    const t = STRINGS[lang];
    const off = await browser.newContext({ javaScriptEnabled: false });
    const plain = await off.newPage();
    await plain.goto(`/${lang}/report/`);
    const form = await plain.content();
    await plain.getByRole('button', { name: t.form.submit }).click();
    await expect(plain.getByRole('heading', { name: t.error.title })).toBeVisible();
    const errors = await plain.content();
    await off.close();
    for (const html of [form, errors]) {
      // Served from a path of our site (its stylesheets resolve) without a CSP, which would block axe's script.
      await page.route('**/__axe__/', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace(/<script[\s\S]*?<\/script>/gi, '') }),
      );
      await page.goto(`/${lang}/__axe__/`);
      expect(await scan(page)).toEqual([]);
      await page.unroute('**/__axe__/');
    }
  });
}
