// Quick exit (GOV.UK "Exit this page"): the exit URL is answered by page.route, so no network is needed.
import { expect, type Page, test } from '@playwright/test';
import { exitDestination } from '../../site/scripts/exit-destination.ts';
import { adult, fillStepped } from '../fixtures/report-flow.ts';
import { contentPages } from './site-pages.ts';

// The neutral destination (mobile Wikipedia, in the page's language): any of them.
const EXIT = /^https:\/\/[a-z]+\.m\.wikipedia\.org\//;
const NEUTRAL = 'https://neutral.example/';
const blank = (title: string) => ({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${title}</title><p>${title}</p>` });

async function routeOutside(page: Page, exitDelayMs = 0) {
  await page.route(EXIT, async (route) => {
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
    expect(page.url()).toBe(exitDestination(lang));
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

test('Shift three times within 5 seconds exits, slowly; each press is counted on screen and aloud', async ({ page }) => {
  await routeOutside(page);
  await page.goto('/en/');
  const indicator = page.locator('[data-exit-indicator]');
  await expect(indicator).toBeHidden();
  await page.keyboard.press('Shift');
  await expect(indicator).toBeVisible();
  await expect(indicator).toHaveAttribute('data-count', '1');
  await expect(page.locator('[data-exit-status]')).toHaveText('Shift, press 2 more times to exit.');
  await page.waitForTimeout(1800);
  await page.keyboard.press('Shift');
  await expect(indicator).toHaveAttribute('data-count', '2');
  await expect(page.locator('[data-exit-status]')).toHaveText('Shift, press 1 more time to exit.');
  await page.waitForTimeout(1800);
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
});

test('Shift pressed twice, then more than 5 seconds, then once more does not exit', async ({ page }) => {
  await routeOutside(page);
  await page.goto('/ur/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(5300);
  await expect(page.locator('[data-exit-indicator]')).toBeHidden();
  await expect(page.locator('[data-exit-status]')).toHaveText('“یہ صفحہ فوراً چھوڑیں” کا وقت ختم ہو گیا۔');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/ur\/$/);
  await expect(page.locator('h1')).toBeVisible();
});

test('the report form explains the quick exit before it starts', async ({ page }) => {
  await page.goto('/en/report/');
  const explainer = page.locator('.app-exit-explainer');
  await expect(explainer).toContainText('Exit this page');
  await expect(explainer).toContainText('Shift three times');
  // It no longer promises Back will not return (the browser keeps its history): it says so and links how to clear it.
  await expect(explainer).toContainText('may still keep this site in its history');
  await expect(explainer.getByRole('link', { name: 'How to clear your history or use a private tab' })).toHaveAttribute(
    'href',
    '/en/online-safety/',
  );
  // Before the form: first in the document.
  expect(
    await explainer.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING)),
  ).toBe(true);
});

test("the report, status and children's pages carry a neutral tab title and no site icon", async ({ page }) => {
  const kids = [...contentPages('en'), ...contentPages('ur')].filter((p) => /\/kids-/.test(p));
  expect(kids.length).toBeGreaterThan(0);
  for (const path of ['/en/report/', '/ur/report/', '/en/report/status/', '/ur/report/status/', ...kids]) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(path.startsWith('/ur/') ? 'معلومات' : 'Information');
    expect(await page.locator('link[rel=icon]').getAttribute('href'), path).toBe('data:,');
    expect(await page.locator('meta[name=description]').getAttribute('content'), path).toBe(
      path.startsWith('/ur/') ? 'معلومات' : 'Information',
    );
  }
  // Other pages keep a descriptive title.
  await page.goto('/en/helplines/');
  await expect(page).toHaveTitle(/Hifazat/);
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
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => (document.activeElement as HTMLElement).className));
  }
  // GOV.UK's secondary exit link for screen-reader users comes right after "Skip to main content".
  expect(names[0]).toBe('app-skip-link');
  expect(names[1]).toBe('app-skip-link app-skip-link--exit');
  expect(names).toContain('app-exit__button');
  await expect(page.locator('[data-exit-link]')).toHaveAccessibleDescription(/شفٹ/);
  while ((await page.evaluate(() => (document.activeElement as HTMLElement).className)) !== 'app-exit__button')
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(EXIT);
});

test('the secondary exit link is first among the skip links, shown when focused, and leaves at once', async ({ page }) => {
  await routeOutside(page);
  await page.goto(NEUTRAL);
  await page.goto('/en/report/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const link = page.locator('.app-skip-link--exit');
  await expect(link).toBeFocused();
  await expect(link).toHaveAccessibleName('Exit this page');
  const box = (await link.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await page.waitForURL(EXIT);
  await page.goBack();
  expect(page.url()).toBe(NEUTRAL);
});
