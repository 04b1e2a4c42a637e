// The staff forms' errors as a screen-reader or keyboard user meets them (issue 19: the shared GOV.UK-style form
// components): a focused error summary with the localised hidden "Error:" prefix and links to the fields, and each
// field's own error beside it, describing the control. Real Chromium, the real server and database.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createEnrolledAccount, createStaffAccount, enrolTotpViaApi, signInCode } from '../fixtures/staff-account.ts';

const load = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };

for (const [lang, province, district] of [
  ['en', 'punjab', 'multan'],
  ['ur', 'khyber-pakhtunkhwa', 'chitral-lower'],
] as const) {
  const staff = load(lang, 'staff');
  const prefix: string = load(lang, 'api').field.errorPrefix;

  test(`${lang}: a refused sign-in is announced and focused; an empty close form links its error to the reason field`, async ({
    page,
    request,
  }) => {
    const officer = createEnrolledAccount('officer', `cpu-${district}`);
    const res = await request.post('/api/reports', {
      data: {
        locale: 'en',
        reporter: 'neighbour_or_community',
        category: 'neglect',
        immediateDanger: false,
        child: { ageBand: '5-9', gender: 'boy' },
        location: { province, district },
        description: 'A boy next door is often left alone without food for the whole day.',
      },
    });
    expect(res.status()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };

    await page.goto(`/${lang}/staff/`);
    await page.getByLabel(staff.login.username).fill(officer.username);
    await page.getByLabel(staff.login.password, { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: staff.login.submit }).click();
    const refused = page.getByRole('alert');
    await expect(refused).toBeFocused();
    await expect(refused).toContainText(prefix);
    // What was typed stays; the right password then signs in.
    await expect(page.getByLabel(staff.login.username)).toHaveValue(officer.username);
    await page.getByLabel(staff.login.password, { exact: true }).fill(officer.password);
    await page.getByLabel(staff.login.totp).fill(signInCode(officer)!);
    await page.getByRole('button', { name: staff.login.submit }).click();

    await page.getByRole('link', { name: reference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeFocused();
    const close = page.locator('details[data-action="close"]');
    await close.locator('summary').click();
    await close.getByRole('button', { name: staff.actions.submit }).click();

    const summary = close.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(prefix);
    const reason = close.getByLabel(staff.actions.closeReason);
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    // The field's error is read with the field, and the summary's link to it moves focus there.
    const fieldError = await reason.getAttribute('aria-describedby');
    expect(fieldError).toBeTruthy();
    await expect(page.locator(`[id="${fieldError}"]`)).toContainText(prefix);
    const linkText = (await page.locator(`[id="${fieldError}"]`).innerText()).replace(prefix, '').trim();
    await summary.getByRole('link', { name: linkText }).click();
    await expect(reason).toBeFocused();

    // Fixed, the form is accepted and the errors go away.
    await reason.selectOption('resolved');
    await close.getByRole('button', { name: staff.actions.submit }).click();
    await expect(page.getByTestId('staff-status')).toContainText(staff.status.closed);
  });
}

test('en: a refused new account shows the username error beside the field and in the focused summary', async ({ page }) => {
  const admin = createStaffAccount('admin', null);
  expect((await page.request.post('/api/staff/session', { data: admin, headers: SAME_ORIGIN })).status()).toBe(204);
  await enrolTotpViaApi(page.request);
  await page.goto('/en/staff/accounts/');
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Username').fill('No Spaces Allowed!');
  await form.getByRole('button', { name: 'Create account' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Error:');
  const username = form.getByLabel('Username');
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toHaveValue('No Spaces Allowed!');
  await expect(username).toHaveAttribute('aria-describedby', 'acc-username-hint acc-username-error');
  await summary.getByRole('link').first().click();
  await expect(username).toBeFocused();
});
