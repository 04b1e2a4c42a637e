// An admin creates and disables an account on the accounts page; the API then shows the effect. Failed sign-ins
// lock no account (issue #28), so the page has nothing to unlock.
import { expect, test } from '@playwright/test';

// Sign-in takes JSON from the site's own origin only (login CSRF): say so as a browser would.
const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };

import AxeBuilder from '@axe-core/playwright';
import { createStaffAccount, enrolTotpViaApi } from '../fixtures/staff-account.ts';

test.describe.configure({ timeout: 90_000 });

test('an admin creates an account, which can sign in, failed sign-ins do not lock it, then disables it, which locks it out', async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = createStaffAccount('admin', null);
  expect((await page.request.post('/api/staff/session', { data: admin, headers: SAME_ORIGIN })).status()).toBe(204);
  await enrolTotpViaApi(page.request);
  await page.goto('/en/staff/accounts/');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();

  const username = `officer.new${Date.now() % 100000}`;
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Role').selectOption('officer');
  await form.getByLabel(/^Unit/).selectOption('cpu-swat');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Account ${username} created.`)).toBeVisible();
  const temporaryPassword = (await page.getByTestId('temporary-password').textContent())!.trim();
  const row = page.locator(`tr[data-username="${username}"]`);
  await expect(row.getByTestId('status')).toHaveText('Active (Must change password)');
  await expect(row).toContainText('Child Protection Unit, Swat');

  const asNew = await playwright.request.newContext({ baseURL });
  expect((await asNew.post('/api/staff/session', { data: { username, password: temporaryPassword }, headers: SAME_ORIGIN })).status()).toBe(
    204,
  );
  expect((await asNew.get('/api/staff/me')).status()).toBe(200);

  // Five wrong passwords lock nothing (before issue #28: 423 and an unlock button): the right one still signs in.
  for (let i = 0; i < 5; i++)
    expect(
      (await asNew.post('/api/staff/session', { data: { username, password: 'wrong-password-here' }, headers: SAME_ORIGIN })).status(),
    ).toBe(401);
  expect((await asNew.post('/api/staff/session', { data: { username, password: temporaryPassword }, headers: SAME_ORIGIN })).status()).toBe(
    204,
  );
  await page.reload();
  await expect(row.getByTestId('status')).toHaveText('Active (Must change password)');
  await expect(row.getByRole('button', { name: /^Unlock/ })).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await row.getByRole('button', { name: `Disable ${username}` }).click();
  await expect(row.getByTestId('status')).toHaveText(/^Disabled/);
  await expect(page.getByRole('status')).toContainText(`Saved: ${username}.`);
  expect((await asNew.get('/api/staff/me')).status()).toBe(401);
  expect((await asNew.post('/api/staff/session', { data: { username, password: temporaryPassword }, headers: SAME_ORIGIN })).status()).toBe(
    401,
  );
  await asNew.dispose();

  // The same page in Urdu, for the same admin.
  await page.goto('/ur/staff/accounts/');
  await expect(page.getByRole('heading', { level: 1, name: 'اسٹاف اکاؤنٹس' })).toBeVisible();
  await expect(page.locator(`tr[data-username="${username}"]`).getByTestId('status')).toHaveText(/^بند/);
});

test('the accounts page tells a supervisor it is for administrators only', async ({ page }) => {
  const supervisor = createStaffAccount('supervisor', 'cpu-swat');
  expect((await page.request.post('/api/staff/session', { data: supervisor, headers: SAME_ORIGIN })).status()).toBe(204);
  await enrolTotpViaApi(page.request);
  await page.goto('/en/staff/accounts/');
  await expect(page.getByRole('alert')).toHaveText('Only administrators manage accounts.');
});

test('an admin who has not finished signing in (two-step not set up) is sent back to the console', async ({ page }) => {
  const admin = createStaffAccount('admin', null);
  expect((await page.request.post('/api/staff/session', { data: admin, headers: SAME_ORIGIN })).status()).toBe(204);
  await page.goto('/ur/staff/accounts/');
  await expect(page.getByRole('alert')).toHaveText(/پہلے اسٹاف کنسول پر سائن اِن مکمل کریں/);
  expect((await page.request.get('/api/staff/accounts')).status()).toBe(403);
});
