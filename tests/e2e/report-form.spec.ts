import { expect, test } from '@playwright/test';
import { LANGS } from '../../domain/languages.ts';
import { exitDestination } from '../../site/scripts/exit-destination.ts';
import {
  adult,
  childSelf,
  expectEmergencyFirst,
  expectNothingStored,
  fillPlain,
  fillStepped,
  receiptOf,
  SAMPLE,
  STRINGS,
  waitForSteps,
} from '../fixtures/report-flow.ts';

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

for (const lang of LANGS) {
  const t = STRINGS[lang];
  const say = SAMPLE[lang];

  test.describe(`${lang}, JavaScript on`, () => {
    test('an adult report goes through; the receipt, shown once, opens the status and takes a message', async ({ page }) => {
      const description = `${say.teacher} ${stamp()}`;
      await page.goto(`/${lang}/report/`);
      await expect(page.getByText(t.form.stepOf.replace('{{n}}', '1').replace('{{total}}', '9'))).toBeVisible();
      await fillStepped(page, lang, adult(description));
      // The review shows what was typed, and every answer can be changed.
      await expect(page.locator('.app-review')).toContainText(description);
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
      const receipt = await receiptOf(page);
      await expect(page.getByTestId('reference')).toHaveText(/^CP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

      // Leaving needs the "I have saved it" confirmation first.
      await page.getByRole('link', { name: t.result.statusLink }).click();
      await expect(page.getByText(t.result.savedFirst)).toBeVisible();
      await expectNothingStored(page);
      await page.getByLabel(t.result.saved).check();
      await page.getByRole('link', { name: t.result.statusLink }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/report/status/$`));
      await expect(page.getByText(receipt)).toHaveCount(0);

      await page.getByLabel(t.status.receiptLabel).fill(receipt);
      await page.getByRole('button', { name: t.status.open }).click();
      await expect(page.getByTestId('status')).toHaveText(t.status.state.received);
      expect(page.url()).not.toContain(receipt.replace(/ /g, ''));
      const more = `${say.again} ${stamp()}`;
      await page.getByLabel(t.status.addLabel).fill(more);
      await page.getByRole('button', { name: t.status.addSubmit }).click();
      await expect(page.getByText(t.status.added)).toBeVisible();
      await expect(page.getByTestId('thread')).toContainText(more);
      await expectNothingStored(page);
    });

    test('a child-mode report: child wording, the danger answer shows the emergency numbers at once, P1 result shows them first', async ({
      page,
    }) => {
      await page.goto(`/${lang}/report/`);
      await waitForSteps(page);
      await page.locator('input[name="reporter"][value="self"]').check();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await expect(page.getByRole('heading', { name: t.steps.what_child })).toBeVisible();
      await expect(page.getByText(t.form.childIntro)).toBeVisible();
      await page.locator('input[name="category"][value="domestic_violence"]').check();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      // The risk questions are optional: a child may go straight on.
      await expect(page.getByRole('heading', { name: t.steps.risks_child })).toBeVisible();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await expect(page.getByRole('heading', { name: t.steps.danger_child })).toBeVisible();
      await page.locator('input[name="immediateDanger"][value="true"]').check();
      // The numbers appear before anything else is asked, as tel: links.
      const panel = page.locator('.app-emergency');
      await expect(panel.locator('a[href="tel:15"]')).toBeVisible();
      await expect(panel.locator('a[href="tel:1122"]')).toBeVisible();
      await expect(panel.locator('a[href="tel:1121"]').first()).toBeVisible();
      await expect(panel).toContainText(t.danger.callNow_child);
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await expect(page.getByText(t.form.ageLabel_child)).toBeVisible();
      await page.getByRole('button', { name: t.form.back }).click();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await page.locator('input[name="child.ageBand"][value="10-13"]').check();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await expect(page.getByRole('heading', { name: t.steps.where_child })).toBeVisible();
      await page.getByLabel(t.form.provinceLabel).selectOption('punjab');
      await page.getByLabel(t.form.districtLabel).selectOption('lahore');
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      const description = `${say.child} ${stamp()}`;
      await page.locator('textarea[name="description"]').fill(description);
      await expect(
        page.getByText(t.form.counter.replace('{{count}}', String([...description].length)).replace('{{max}}', '5000')),
      ).toBeVisible();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await expect(page.getByText(t.form.contactWarning_child)).toBeVisible();
      await page.getByRole('button', { name: t.form.reviewSubmit_child }).click();
      await page.getByRole('button', { name: t.form.submit_child }).click();
      // The result in a child's words: "your secret number".
      await expect(page.getByRole('heading', { name: t.result.title_child })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.result.receiptLabel_child })).toBeVisible();
      await expect(page.getByText(t.result.receiptWarning_child)).toBeVisible();
      await expectEmergencyFirst(page);
      const receipt = await receiptOf(page);
      // The status page reads a child's report back in a child's words.
      await page.getByLabel(t.result.saved_child).check();
      await page.getByRole('link', { name: t.result.statusLink_child }).click();
      await page.getByLabel(t.status.receiptLabel).fill(receipt);
      await page.getByRole('button', { name: t.status.open }).click();
      await expect(page.getByTestId('status')).toHaveText(t.status.state.received_child);
      await expect(page.getByRole('heading', { name: t.status.reportTitle_child })).toBeVisible();
      await expect(page.getByText(t.status.referenceLabel_child)).toBeVisible();
      await page.getByLabel(t.status.addLabel_child).fill(`${say.again} ${stamp()}`);
      await page.getByRole('button', { name: t.status.addSubmit_child, exact: true }).click();
      await expect(page.getByText(t.status.added_child)).toBeVisible();
      await expect(page.getByTestId('thread')).toContainText(t.status.fromYou);
    });

    test('per-field errors in the language, focus on the first error, and a network failure keeps everything', async ({ page }) => {
      await page.goto(`/${lang}/report/`);
      await waitForSteps(page);
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      const required = (await import(`../../locales/${lang}/api.json`, { with: { type: 'json' } })).default.field.required as string;
      await expect(page.getByText(required)).toBeVisible();
      await expect(page.locator('input[name="reporter"]').first()).toBeFocused();

      const description = `${say.lostNot} ${stamp()}`;
      await fillStepped(page, lang, adult(description));
      await page.route('**/api/reports', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByText(t.error.network)).toBeVisible();
      await expect(page.locator('.app-review')).toContainText(description);
      await page.unroute('**/api/reports');
      await page.getByRole('button', { name: t.error.retry }).click();
      await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
    });

    test('quick exit wipes the form', async ({ page }) => {
      // Keep the browser here (a 204 does not navigate) to look at what is left on the page.
      await page.route(`${exitDestination(lang)}**`, (route) => route.fulfill({ status: 204 }));
      await page.goto(`/${lang}/report/`);
      await waitForSteps(page);
      await page.locator('input[name="reporter"][value="teacher"]').check();
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
      await expect(page.getByRole('heading', { name: t.steps.what })).toBeVisible();
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expect(page.locator('html')).toHaveClass(/app-exit--active/);
      await expect(page.getByText(t.form.stepOf.replace('{{n}}', '1').replace('{{total}}', '9'))).toBeAttached();
      await expect(page.locator('input[name="reporter"][value="teacher"]')).not.toBeChecked();
      await expectNothingStored(page);
    });
  });

  test.describe(`${lang}, JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });

    test('an error gives the form back filled in with the errors; then the report, status and message go through', async ({ page }) => {
      const description = `${say.neighbour} ${stamp()}`;
      await page.goto(`/${lang}/report/`);
      // Everything is one long form; the danger question lists the numbers to call.
      await expect(page.locator('fieldset a[href="tel:15"]')).toBeVisible();
      await fillPlain(page, lang, { ...adult(description), category: '', details: 'gali 4 <b>' });
      await page.locator('input[name="reporter"][value="neighbour_or_community"]').check();
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.error.title })).toBeVisible();
      expect(page.url()).toMatch(/\/api\/reports$/);
      expect(page.url()).not.toContain('?');
      await expect(page.locator('textarea[name="description"]')).toHaveValue(description);
      await expect(page.locator('input[name="location.details"]')).toHaveValue('gali 4 <b>');
      await expect(page.locator('input[name="reporter"][value="neighbour_or_community"]')).toBeChecked();
      const { field } = (await import(`../../locales/${lang}/api.json`, { with: { type: 'json' } })).default;
      // The island's error message: its hidden "Error:" prefix, then the message.
      await expect(page.locator('#f-category-error')).toHaveText(`${field.errorPrefix} ${field.invalidChoice}`);

      await page.locator('input[name="category"][value="neglect"]').check();
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
      const receipt = await receiptOf(page);
      expect(page.url()).not.toContain(receipt.replace(/ /g, ''));

      await page.goto(`/${lang}/report/status/`);
      await page.getByLabel(t.status.receiptLabel).fill(receipt);
      await page.getByRole('button', { name: t.status.open }).click();
      await expect(page.getByTestId('status')).toHaveText(t.status.state.received);
      expect(page.url()).not.toContain(receipt.replace(/ /g, ''));
      const more = `${say.more} ${stamp()}`;
      await page.getByLabel(t.status.addLabel).fill(more);
      await page.getByRole('button', { name: t.status.addSubmit }).click();
      await expect(page.getByText(t.status.added)).toBeVisible();
      await expect(page.locator('.app-thread')).toContainText(more);
    });

    test('a child report with danger: the numbers are on the form and the P1 result shows them first', async ({ page }) => {
      const description = `${say.childDanger} ${stamp()}`;
      await page.goto(`/${lang}/report/`);
      await expect(page.getByRole('heading', { name: t.steps.what, exact: true })).toBeVisible();
      await fillPlain(page, lang, childSelf(description));
      // Ticking "this is happening to me" turns the questions to the child's wording, even without JavaScript.
      await expect(page.getByRole('heading', { name: t.steps.what_child })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.steps.what, exact: true })).toBeHidden();
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.result.title_child })).toBeVisible();
      // The result page in a child's words too: "your secret number".
      await expect(page.getByRole('heading', { name: t.result.receiptLabel_child })).toBeVisible();
      await expect(page.getByText(t.result.receiptWarning_child)).toBeVisible();
      await expect(page.locator('main > *').first()).toHaveClass(/app-emergency/);
      await expect(page.locator('.app-emergency a[href="tel:15"]')).toBeVisible();
      await receiptOf(page);
    });
  });
}

test('answers given before the script arrives are kept when the form comes alive (slow phone)', async ({ page }) => {
  const t = STRINGS.ur;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  // Hold back the islands' scripts until the reporter has already answered.
  await page.route(/\/_astro\/(ReportForm|ReportStatus)\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/ur/report/');
  await page.locator('input[name="reporter"][value="relative"]').check();
  await page.locator('textarea[name="description"]').fill('اسکرپٹ سے پہلے لکھا گیا متن');
  release();
  await waitForSteps(page);
  await expect(page.locator('input[name="reporter"][value="relative"]')).toBeChecked();
  await page.getByRole('button', { name: t.form.next, exact: true }).click();
  await expect(page.getByRole('heading', { name: t.steps.what })).toBeVisible();
});
