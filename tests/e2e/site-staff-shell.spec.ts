// The staff shell: its own header (service, page links, signed-in account, language switch, sign out, quick exit),
// no public helpline strip, and a wide main area (over 1200 px of a 1280 px window).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

// The API refuses a sign-in without a same-origin Origin header (CSRF), as a browser form would send it.
const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };

for (const lang of ['en', 'ur'] as const) {
  test(`${lang}: staff pages have the staff header, a quick exit and no helpline strip, and use the width`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const path of [`/${lang}/staff/`, `/${lang}/staff/dashboard/`, `/${lang}/staff/accounts/`]) {
      await page.goto(path);
      const header = page.locator('[data-staff-shell]');
      await expect(header.locator('.app-staff-header__service'), path).toHaveText(
        lang === 'en' ? 'Hifazat · Child Protection Unit staff' : 'حفاظت · چائلڈ پروٹیکشن یونٹ کا عملہ',
      );
      await expect(header.locator('[data-exit-link]'), path).toBeVisible();
      await expect(header.locator('.app-header__lang'), path).toHaveAttribute(
        'href',
        path.replace(`/${lang}/`, `/${lang === 'en' ? 'ur' : 'en'}/`),
      );
      await expect(header.locator('a[aria-current="page"]'), path).toHaveCount(1);
      await expect(page.locator('.app-helplines'), path).toHaveCount(0);
      // Signed out: no account and no sign-out button in the header.
      await expect(header.locator('[data-staff-account]'), path).toBeHidden();
      await expect(header.locator('[data-staff-signout]'), path).toBeHidden();
      const main = await page.locator('main').boundingBox();
      expect(main!.width, path).toBeGreaterThan(1200);
    }
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ur' ? 'rtl' : 'ltr');
  });
}

test('signed in, the header names the account and signs out', async ({ page }) => {
  const officer = createEnrolledAccount('officer', 'cpu-swat');
  const data = { username: officer.username, password: officer.password, totp: signInCode(officer) };
  expect((await page.request.post('/api/staff/session', { data, headers: SAME_ORIGIN })).status()).toBe(204);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/staff/');
  const header = page.locator('[data-staff-shell]');
  await expect(header.locator('[data-staff-account]')).toContainText(`Signed in as ${officer.username}`);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await header.locator('[data-staff-signout]').click();
  // The session ends on the server; the page comes back signed out.
  await expect.poll(async () => (await page.request.get('/api/staff/me')).status()).toBe(401);
  await expect(header.locator('[data-staff-account]')).toBeHidden();
});
