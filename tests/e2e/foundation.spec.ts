import { expect, test } from '@playwright/test';
import { fillStepped } from '../fixtures/report-flow.ts';
import { createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

test('a report sent in Urdu lands in the district queue where staff see it', async ({ page, browser }) => {
  const description = `پڑوس میں ایک بچے کو روز مارا جاتا ہے ${Date.now()}`;
  await page.goto('/ur/report/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The stepped report flow (tests/fixtures/report-flow.ts walks it in either language).
  await fillStepped(page, 'ur', {
    reporter: 'neighbour_or_community',
    category: 'physical_abuse',
    danger: false,
    ageBand: '5-9',
    province: 'khyber-pakhtunkhwa',
    district: 'mardan',
    description,
  });
  await page.getByRole('button', { name: 'رپورٹ بھیجیں' }).click();
  await expect(page.getByRole('heading', { name: 'آپ کی رپورٹ موصول ہو گئی ہے' })).toBeVisible();
  const reference = (await page.getByTestId('reference').textContent())!.trim();
  await expect(page.getByTestId('receipt')).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);

  const officer = createEnrolledAccount('officer', 'cpu-mardan');
  const staff = await browser.newPage();
  await staff.goto('/ur/staff/');
  await staff.getByLabel('صارف نام').fill(officer.username);
  await staff.getByLabel('پاس ورڈ').fill(officer.password);
  await staff.getByLabel('تصدیقی کوڈ').fill(signInCode(officer)!);
  await staff.getByRole('button', { name: 'سائن اِن کریں' }).click();
  await expect(staff.getByRole('heading', { name: /مردان/ })).toBeVisible();
  await expect(staff.locator(`tr[data-reference="${reference}"]`)).toBeVisible();
});

test('English and Urdu home pages and the health check answer', async ({ page, request }) => {
  expect((await request.get('/api/health')).status()).toBe(200);
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/ur/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
});
