// The report form on a 360×740 phone, in English and Urdu (issue #27): the quick exit is on screen at every step,
// the phone's Back returns to the previous step with its answers, and a risk yes puts the emergency box in view
// with focus.
import { expect, type Page, test } from '@playwright/test';
import { type Lang, STRINGS, waitForSteps } from '../fixtures/report-flow.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const next = (page: Page, lang: Lang) => page.getByRole('button', { name: STRINGS[lang].form.next, exact: true }).click();

/** The exit button lies wholly inside the viewport (not scrolled away, not off the side). */
async function exitOnScreen(page: Page, where: string) {
  const box = (await page.locator('[data-exit-link]').boundingBox())!;
  expect(box, where).not.toBeNull();
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, where).toBeLessThanOrEqual(740);
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, where).toBeLessThanOrEqual(360);
  expect(box.height, where).toBeGreaterThanOrEqual(44);
}

for (const lang of ['en', 'ur'] as const) {
  const t = STRINGS[lang];

  test(`${lang}: the quick exit is on screen at every step, scrolled to the end too`, async ({ page }) => {
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    const answers: [string, string][] = [
      ['reporter', 'teacher'],
      ['category', 'physical_abuse'],
    ];
    for (let step = 1; step <= 3; step++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await exitOnScreen(page, `step ${step}, bottom`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await exitOnScreen(page, `step ${step}, top`);
      const a = answers[step - 1];
      if (a) await page.locator(`input[name="${a[0]}"][value="${a[1]}"]`).check();
      await next(page, lang);
    }
    // The bar covers nothing: scrolled to the end, the step's Next button sits above it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const nav = (await page.getByRole('button', { name: t.form.next, exact: true }).boundingBox())!;
    const exit = (await page.locator('[data-exit-link]').boundingBox())!;
    expect(nav.y + nav.height).toBeLessThanOrEqual(exit.y);
  });

  test(`${lang}: Back from step 3 shows step 2 with its answer; Forward returns`, async ({ page }) => {
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    await page.locator('input[name="reporter"][value="teacher"]').check();
    await next(page, lang);
    await page.locator('input[name="category"][value="neglect"]').check();
    await next(page, lang);
    await expect(page.getByRole('heading', { name: t.steps.risks })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: t.steps.what })).toBeVisible();
    await expect(page.locator('input[name="category"][value="neglect"]')).toBeChecked();
    await expect(page).toHaveURL(new RegExp(`/${lang}/report/$`));
    await page.goForward();
    await expect(page.getByRole('heading', { name: t.steps.risks })).toBeVisible();
    await page.goBack();
    await page.goBack();
    await expect(page.locator('input[name="reporter"][value="teacher"]')).toBeChecked();
    // Nothing written to the device.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  });

  test(`${lang}: a child's risk yes puts the emergency box in view with focus, then the province's lines, child line first`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    await page.locator('input[name="reporter"][value="self"]').check();
    await next(page, lang);
    await page.getByLabel(t.childCategory.hurtBody).check();
    await next(page, lang);
    await page.getByRole('group', { name: t.risk.selfHarm_child }).getByLabel(t.risks.yes, { exact: true }).check();
    const panel = page.locator('.app-emergency');
    await expect(panel).toBeFocused();
    await expect(panel).toBeInViewport();
    await expect(panel).toContainText(t.emergency.title_child);
    await panel.getByLabel(t.emergency.province_child).selectOption('punjab');
    const numbers = await panel.locator('.app-emergency__number').allTextContents();
    expect(numbers[0]).toBe('1121');
    expect(numbers).toContain('15');
  });
}

test('ur: the exit on step 3 leaves past every step entry, so Back does not reopen the form', async ({ page }) => {
  const blank = { status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title><p>x</p>' };
  await page.route(/^https:\/\/[a-z]+\.m\.wikipedia\.org\//, (route) => route.fulfill(blank));
  await page.route('https://neutral.example/**', (route) => route.fulfill(blank));
  await page.goto('https://neutral.example/');
  await page.goto('/ur/report/');
  await waitForSteps(page);
  await page.locator('input[name="reporter"][value="teacher"]').check();
  await next(page, 'ur');
  await page.locator('input[name="category"][value="neglect"]').check();
  await next(page, 'ur');
  await page.locator('[data-exit-link]').tap();
  await page.waitForURL(/wikipedia/);
  await page.goBack();
  expect(page.url()).toBe('https://neutral.example/');
});
