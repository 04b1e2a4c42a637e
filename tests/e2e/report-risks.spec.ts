// The risk questions in the report form: a child answering "yes" sees the emergency numbers at once and the
// report is an emergency; the child's plain category choices; and the same with JavaScript off.
import { expect, test } from '@playwright/test';
import { CHILD_CATEGORY_CHOICES } from '../../domain/child-categories.ts';
import { CATEGORIES } from '../../domain/vocabulary.ts';
import { childSelf, expectEmergencyFirst, fillPlain, type Lang, receiptOf, STRINGS, waitForSteps } from '../fixtures/report-flow.ts';

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
const next = (page: import('@playwright/test').Page, lang: Lang) =>
  page.getByRole('button', { name: STRINGS[lang].form.next, exact: true }).click();

for (const lang of ['en', 'ur'] as Lang[]) {
  const t = STRINGS[lang];

  test(`${lang}, JavaScript on: a child answers yes to one risk question and sees the emergency numbers at once`, async ({ page }) => {
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    await page.locator('input[name="reporter"][value="self"]').check();
    await next(page, lang);

    // A few choices in a child's words instead of the fourteen categories.
    await expect(page.getByRole('heading', { name: t.steps.what_child })).toBeVisible();
    await expect(page.locator('input[name="category"]')).toHaveCount(CHILD_CATEGORY_CHOICES.length);
    for (const { id } of CHILD_CATEGORY_CHOICES) await expect(page.getByLabel(t.childCategory[id])).toBeVisible();
    await page.getByLabel(t.childCategory.hurtBody).check();
    await next(page, lang);

    await expect(page.getByRole('heading', { name: t.steps.risks_child })).toBeVisible();
    await expect(page.getByText(t.risks.intro_child)).toBeVisible();
    // Child wording of every question, yes / no / not sure for each, nothing ticked.
    await expect(page.getByRole('group', { name: t.risk.selfHarm_child })).toBeVisible();
    await expect(page.locator('input[name^="risks."]')).toHaveCount(7 * 3);
    await expect(page.locator('input[name^="risks."]:checked')).toHaveCount(0);
    await expect(page.locator('.app-emergency')).toHaveCount(0);

    await page.getByRole('group', { name: t.risk.seriouslyHurt_child }).getByLabel(t.risks.no, { exact: true }).check();
    await expect(page.locator('.app-emergency')).toHaveCount(0);
    // Asked the safe way round, a child's Yes ("I have food, water and a grown-up") is no risk at all.
    const care = page.getByRole('group', { name: t.risk.withoutCare_child });
    await expect(care.locator('.app-choice label').first()).toHaveText(t.risks.yes);
    await care.getByLabel(t.risks.yes, { exact: true }).check();
    await expect(page.locator('input[name="risks.withoutCare"]:checked')).toHaveValue('no');
    await expect(page.locator('.app-emergency')).toHaveCount(0);
    await page.getByRole('group', { name: t.risk.selfHarm_child }).getByLabel(t.risks.yes, { exact: true }).check();
    // Comfort first, and lines that listen (no police number among them).
    const comfort = page.locator('.app-comfort');
    await expect(comfort).toContainText(t.selfHarm.title_child);
    await expect(comfort).toContainText(t.selfHarm.comfort_child);
    await expect(comfort.locator('a[href="tel:1166"]')).toBeVisible();
    await expect(comfort.locator('a[href="tel:1122"]')).toBeVisible();
    await expect(comfort.locator('a[href="tel:15"]')).toHaveCount(0);
    const panel = page.getByRole('alert').filter({ has: page.locator('a[href="tel:15"]') });
    await expect(panel).toBeVisible();
    await expect(panel.locator('a[href="tel:1122"]')).toBeVisible();
    await expect(panel).toContainText(t.risks.callNow_child);

    // On through the rest; "not in danger right now" does not undo the yes.
    await next(page, lang);
    await page.locator('input[name="immediateDanger"][value="false"]').check();
    await next(page, lang);
    await page.locator('input[name="child.ageBand"][value="10-13"]').check();
    await next(page, lang);
    await page.getByLabel(t.form.provinceLabel).selectOption('punjab');
    await page.getByLabel(t.form.districtLabel).selectOption('lahore');
    await next(page, lang);
    await page
      .locator('textarea[name="description"]')
      .fill(lang === 'ur' ? `میں بہت اداس ہوں ${stamp()}` : `I feel very sad at home ${stamp()}`);
    await next(page, lang);
    await page.getByRole('button', { name: t.form.reviewSubmit_child }).click();
    const review = page.locator('.app-review');
    await expect(review).toContainText(t.risk.selfHarm_child);
    // The child's own words for what is happening, not the category's name.
    await expect(review).toContainText(t.childCategory.hurtBody);
    await page.getByRole('button', { name: t.form.submit_child }).click();
    await expect(page.getByRole('heading', { name: t.result.title_child })).toBeVisible();
    await expectEmergencyFirst(page);
    await receiptOf(page);
  });

  test(`${lang}, JavaScript on: an adult gets the full category list and the adult wording`, async ({ page }) => {
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    await page.locator('input[name="reporter"][value="teacher"]').check();
    await next(page, lang);
    await expect(page.locator('input[name="category"]')).toHaveCount(CATEGORIES.length);
    await page.locator('input[name="category"][value="online_abuse"]').check();
    await next(page, lang);
    await expect(page.getByRole('heading', { name: t.steps.risks })).toBeVisible();
    await page.getByRole('group', { name: t.risk.imagesThreat }).getByLabel(t.risks.unsure).check();
    await expect(page.locator('.app-emergency')).toHaveCount(0);
  });

  test.describe(`${lang}, JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });

    test('a risk answer survives an error page and makes the report an emergency', async ({ page }) => {
      await page.goto(`/${lang}/report/`);
      const answers = {
        ...childSelf('short'),
        danger: false,
        category: 'child_labour',
        risks: { withHarmerSoon: 'yes', marriageSoon: 'unsure', selfHarm: 'no' },
      };
      await fillPlain(page, lang, answers);
      // Child wording once "this is happening to me" is ticked, even without JavaScript.
      await expect(page.getByText(t.risk.withHarmerSoon_child)).toBeVisible();
      await expect(page.getByText(t.risk.withHarmerSoon, { exact: true })).toBeHidden();
      // The comfort and the lines that listen are on the page from the start, in the child's words.
      await expect(page.getByText(t.selfHarm.noJs_child)).toBeVisible();
      await expect(page.locator('.app-comfort a[href="tel:1166"]')).toBeVisible();
      await expect(page.locator('.app-comfort a[href="tel:15"]')).toHaveCount(0);
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.error.title })).toBeVisible();
      for (const [id, answer] of Object.entries(answers.risks))
        await expect(page.locator(`input[name="risks.${id}"][value="${answer}"]`)).toBeChecked();
      await expect(page.locator('input[name="risks.seriouslyHurt"]:checked')).toHaveCount(0);

      await page
        .locator('textarea[name="description"]')
        .fill(lang === 'ur' ? `مجھے ایک دکان پر کام کرنا پڑتا ہے ${stamp()}` : `I have to work in a shop every day ${stamp()}`);
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.result.title_child })).toBeVisible();
      await expect(page.locator('main > *').first()).toHaveClass(/app-emergency/);
      await expect(page.locator('.app-emergency a[href="tel:15"]')).toBeVisible();
      await receiptOf(page);
    });
  });
}
