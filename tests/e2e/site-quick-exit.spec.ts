// Quick exit (GOV.UK "Exit this page"): the exit URL is answered by page.route, so no network is needed.
import { expect, test, type Page } from '@playwright/test';
import { adult, fillStepped } from '../fixtures/report-flow.ts';

const EXIT = 'https://www.google.com/';
const NEUTRAL = 'https://neutral.example/';
const blank = (title: string) => ({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${title}</title><p>${title}</p>` });

async function routeOutside(page: Page, exitDelayMs = 0) {
  await page.route(`${EXIT}**`, async (route) => {
    if (exitDelayMs) await new Promise((r) => setTimeout(r, exitDelayMs));
    await route.fulfill(blank('exit'));
  });
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill(blank('neutral')));
}

for (const lang of ['en', 'ur'] as const) {
  test(`${lang}: clicking exit blanks the page at once, leaves, and Back does not return`, async ({ page }) => {
    await routeOutside(page, 400);
    await page.goto(NEUTRAL);
    await page.goto(`/${lang}/helplines/`);
    const exit = page.locator('[data-exit-link]');
    await expect(exit).toBeVisible();
    // The click blanks this page in the same task, while the exit page (held back 400 ms) is still loading.
    const afterClick = await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-exit-link]')!.click();
      return { visibility: getComputedStyle(document.body).visibility, title: document.title, url: location.pathname };
    });
    expect(afterClick).toEqual({ visibility: 'hidden', title: '', url: `/${lang}/helplines/` });
    await page.waitForURL(EXIT);
    await page.goBack();
    expect(page.url()).toBe(NEUTRAL);
    await page.goForward();
    expect(page.url()).toBe(EXIT);
  });

  test(`${lang}: a real click on the exit leaves and Back does not return`, async ({ page }) => {
    await routeOutside(page);
    await page.goto(NEUTRAL);
    await page.goto(`/${lang}/`);
    await page.locator('[data-exit-link]').click();
    await page.waitForURL(EXIT);
    await page.goBack();
    expect(page.url()).toBe(NEUTRAL);
  });

  test(`${lang}: pressing Shift three times exits`, async ({ page }) => {
    await routeOutside(page);
    await page.goto(NEUTRAL);
    await page.goto(`/${lang}/`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT);
    await page.goBack();
    expect(page.url()).toBe(NEUTRAL);
  });
}

test('Shift pressed twice, a pause, then once more does not exit', async ({ page }) => {
  await routeOutside(page);
  await page.goto('/en/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(1200);
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('h1')).toBeVisible();
});

test('typing capitals (Shift with letters) in the report form does not exit', async ({ page }) => {
  await routeOutside(page);
  await page.goto('/en/report/');
  // The form is stepped: walk to the step with the description box, where people type the most.
  await fillStepped(page, 'en', adult(''), { until: 'text' });
  const box = page.locator('textarea[name="description"]');
  await box.click();
  // Each capital as a person types it: Shift down, the letter, Shift up; four Shift presses within a second.
  for (const letter of 'HELP') {
    await page.keyboard.down('Shift');
    await page.keyboard.press(`Key${letter}`);
    await page.keyboard.up('Shift');
  }
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/en\/report\/$/);
  await expect(box).toHaveValue('HELP');
});

test('without JavaScript the exit is a plain link that still leaves', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await routeOutside(page);
  await page.goto('/ur/helplines/');
  await page.locator('[data-exit-link]').click();
  await page.waitForURL(EXIT);
  await expect(page.locator('p')).toHaveText('exit');
  await context.close();
});

test('a page restored from the back/forward cache shows itself again', async ({ page }) => {
  await page.goto('/en/helplines/');
  const title = await page.title();
  // What the exit leaves behind, then the event a bfcache restore fires.
  await page.evaluate(() => {
    document.documentElement.classList.add('app-exit--active');
    document.title = '';
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page.locator('h1')).toBeVisible();
  await expect(page).toHaveTitle(title);
});

test('the exit is reached by keyboard right after the skip link, and its hint is announced', async ({ page }) => {
  await routeOutside(page);
  await page.goto('/ur/');
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => (document.activeElement as HTMLElement).className));
  }
  expect(names[0]).toBe('app-skip-link');
  expect(names).toContain('app-exit__button');
  await expect(page.locator('[data-exit-link]')).toHaveAccessibleDescription(/شفٹ/);
  while ((await page.evaluate(() => (document.activeElement as HTMLElement).className)) !== 'app-exit__button') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(EXIT);
});
