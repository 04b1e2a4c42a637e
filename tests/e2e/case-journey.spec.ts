// Issue 24's journey in a real Chromium against the real server, in English and Urdu: a call-taker (role helpline)
// records a call in Urdu in the console's intake form; the caller's receipt opens the public status page; a Lahore
// officer assesses, records consent, plans, refers, reviews and records the Child Protection Court's orders; the unit's
// supervisor approves the high-risk plan and closure from the report's address; the officer closes the case and the
// caller's status page says so.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { addDays } from '../../domain/case-cycle.ts';
import { pktDay } from '../../domain/pakistan-time.ts';
import { recordConsentInConsole } from '../fixtures/console-consent.ts';
import { consoleStrings, openAction, signInToConsole } from '../fixtures/console-session.ts';
import { type Account, createEnrolledAccount } from '../fixtures/staff-account.ts';

const CALL = 'فون کرنے والی پڑوسن: بچی کو اس کا سوتیلا باپ ہر رات مارتا ہے، آج اس کے بازو پر نشان ہیں۔';

/** The call-taker records the call in the console's intake form, and reads the receipt and reference it shows. */
async function recordCall(page: Page, lang: string): Promise<{ reference: string; receipt: string }> {
  const str = consoleStrings(lang);
  await page.getByRole('link', { name: str('console.nav.intake') }).click();
  const form = page.locator('form.app-intake');
  // A call-taker's channel is the helpline already, and the province the account's own.
  await expect(form.locator('#intake-channel-helpline')).toBeChecked();
  await form.getByLabel(str('intake.callLanguage')).selectOption('ur');
  await form.locator('#intake-reporter-neighbour_or_community').check();
  await form.locator('#intake-immediateDanger-true').check();
  await form.locator('#intake-category-physical_abuse').check();
  await form.getByLabel(str('intake.description')).fill(CALL);
  await form.locator('#intake-child-ageBand-10-13').check();
  await form.locator('#intake-child-gender-girl').check();
  await form.getByLabel(str('report:form.districtLabel')).selectOption('lahore');
  await form.getByRole('button', { name: str('intake.submit') }).click();
  const receipt = ((await page.getByTestId('intake-receipt').textContent({ timeout: 15_000 })) ?? '').replace(/\D/g, '');
  const reference = ((await page.getByTestId('intake-reference').textContent()) ?? '').trim();
  await expect(page.getByTestId('intake-priority')).toHaveText(str('priority.P1'));
  return { reference, receipt };
}

async function statusOf(browser: Browser, lang: string, receipt: string): Promise<string> {
  const str = consoleStrings(lang);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/${lang}/report/status/`);
  await page.getByLabel(str('report:status.receiptLabel')).fill(receipt);
  await page.getByRole('button', { name: str('report:status.open') }).click();
  const text = (await page.getByTestId('status').textContent({ timeout: 15_000 })) ?? '';
  await context.close();
  return text;
}

async function consoleAs(browser: Browser, lang: string, account: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInToConsole(page, lang, account);
  return page;
}

async function openReport(page: Page, reference: string) {
  await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();
  await expect(page.getByTestId('case')).toBeVisible();
}

for (const lang of ['en', 'ur']) {
  test(`${lang}: a call recorded in Urdu is assessed, consented, planned, referred, reviewed, taken to court, approved and closed`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const str = consoleStrings(lang);
    const today = pktDay(Date.now());
    const callTaker = createEnrolledAccount('helpline', 'punjab');
    const officer = createEnrolledAccount('officer', 'cpu-lahore');
    const supervisor = createEnrolledAccount('supervisor', 'cpu-lahore');

    // The call-taker records the call; the caller's receipt works on the public status page.
    const desk = await consoleAs(browser, lang, callTaker);
    const call = await recordCall(desk, lang);
    expect(call.reference).toMatch(/^CP-/);
    expect(call.receipt).toMatch(/^\d{16}$/);
    expect(await statusOf(browser, lang, call.receipt)).toBe(str('report:status.state.received'));

    // The officer finds it in the queue at intake, with the assessment's deadline for its (presumed high) risk.
    const page = await consoleAs(browser, lang, officer);
    const row = page.locator(`tr[data-reference="${call.reference}"]`);
    await expect(row.getByTestId('queue-stage')).toHaveAttribute('data-stage', 'intake');
    await openReport(page, call.reference);
    const panel = page.getByTestId('case');
    await expect(panel.getByTestId('case-deadline')).toContainText(str('casePanel.step.assessment'));

    const assess = await openAction(page, str('casePanel.assessTitle'));
    await assess.getByLabel(str('riskLevel.label')).selectOption('high');
    for (const need of ['shelter', 'psychological_counselling']) await assess.getByLabel(str(`service.${need}`), { exact: true }).check();
    await assess.getByLabel(str('casePanel.summary')).fill('سوتیلا باپ روز مارتا ہے؛ ماں بچی کو بچانا چاہتی ہے۔');
    await assess.getByLabel(str('casePanel.immediateSafety')).fill('بچی آج رات خالہ کے گھر۔');
    await assess.getByRole('button', { name: str('actions.submit') }).click();
    await expect(panel).toHaveAttribute('data-stage', 'assessment');
    await expect(panel.getByTestId('case-risk')).toHaveText(str('riskLevel.high'));
    await expect(panel.getByTestId('case-deadline')).toContainText(str('casePanel.step.plan'));

    await recordConsentInConsole(page, str);
    await expect(panel.getByTestId('case-consents').locator('li')).toHaveCount(1);

    const plan = await openAction(page, str('casePanel.planTitle'));
    await plan.getByLabel(str('casePanel.goalText')).fill('پناہ گاہ میں جگہ اور نفسیاتی مشاورت');
    await plan.getByLabel(str('casePanel.goalService')).selectOption('shelter');
    await plan.getByLabel(str('casePanel.goalDue'), { exact: true }).fill(addDays(today, 3));
    await plan.getByLabel(str('casePanel.reviewBy'), { exact: true }).fill(addDays(today, 14));
    await plan.getByRole('button', { name: str('actions.submit') }).click();
    // High risk: the plan waits for the supervisor, and the officer is told so.
    await expect(panel).toHaveAttribute('data-stage', 'planning');
    await expect(panel.getByTestId('awaiting-approval')).toContainText(str('casePanel.awaiting', { what: str('approval.plan') }));

    const refer = await openAction(page, str('actions.refer'));
    await refer.getByLabel(str('actions.service'), { exact: true }).selectOption('psychological_counselling');
    await refer.getByRole('button', { name: str('actions.submit') }).click();
    await expect(page.locator('[data-testid="referrals"] li[data-service="psychological_counselling"]')).toHaveAttribute(
      'data-status',
      'requested',
    );

    const review = await openAction(page, str('casePanel.reviewTitle'));
    await review.getByLabel(str('casePanel.reviewOutcome')).selectOption('goals_met');
    await review.getByLabel(str('casePanel.reviewNote')).fill('گھر جا کر دیکھا: بچی خالہ کے پاس محفوظ ہے۔');
    await review.getByRole('button', { name: str('actions.submit') }).click();
    await expect(panel).toHaveAttribute('data-stage', 'follow_up');
    await expect(panel.getByTestId('case-next-review')).not.toHaveText(str('casePanel.noReview'));

    // The court's orders each become a referral to follow.
    const court = await openAction(page, str('casePanel.courtTitle'));
    await court.getByLabel(str('casePanel.courtDate')).fill(today);
    for (const order of ['shelter', 'family_counselling']) await court.getByLabel(str(`service.${order}`), { exact: true }).check();
    await court.getByRole('button', { name: str('actions.submit') }).click();
    await expect(panel.getByTestId('case-court').locator('li')).toHaveCount(1);
    for (const order of ['shelter', 'family_counselling'])
      await expect(page.locator(`[data-testid="referrals"] li[data-service="${order}"]`)).toHaveAttribute('data-status', 'requested');

    // Closing a high-risk case before the supervisor approves it is refused, in the console's language.
    const close = await openAction(page, str('actions.close'));
    await expect(close.getByTestId('closure-criteria').locator('li[data-met="false"]')).toHaveCount(2);
    await close.getByLabel(str('actions.closeReason')).selectOption('resolved');
    await close.getByRole('button', { name: str('actions.submit') }).click();
    await expect(close.getByRole('alert')).toContainText(str('api:error.approvalRequired'));

    // The queue shows the stage and finds the case by it.
    await page.getByRole('button', { name: str('report.back') }).click();
    await page.getByLabel(str('stage.label')).selectOption('follow_up');
    await page.getByRole('button', { name: str('queue.filters.apply') }).click();
    await expect(row.getByTestId('queue-stage')).toHaveAttribute('data-stage', 'follow_up');

    // The unit's supervisor approves the plan and the closure.
    // The supervisor follows the report's own address (as an alert e-mail's link), through sign-in.
    const sup = await (await browser.newContext()).newPage();
    await signInToConsole(sup, lang, supervisor, `?report=${call.reference}`);
    await expect(sup.getByTestId('case')).toBeVisible();
    for (const what of ['plan', 'closure']) {
      const form = await openAction(sup, str(`casePanel.approve.${what}`));
      await form.getByRole('button', { name: str('casePanel.approveSubmit') }).click();
      await expect(sup.locator(`details[data-action="approve-${what}"]`)).toHaveCount(0);
    }
    await expect(sup.getByTestId('case-plan')).toHaveAttribute('data-counts', 'true');

    // The officer closes the case; the caller's status page says it is closed.
    await openReport(page, call.reference);
    await expect(panel.getByTestId('awaiting-approval')).toHaveCount(0);
    const closing = await openAction(page, str('actions.close'));
    await expect(closing.getByTestId('closure-criteria').locator('li[data-met="false"]')).toHaveCount(1);
    await closing.getByLabel(str('actions.closeReason')).selectOption('resolved');
    await closing.getByRole('button', { name: str('actions.submit') }).click();
    await expect(page.getByTestId('case')).toHaveAttribute('data-stage', 'closed');
    expect(await statusOf(browser, lang, call.receipt)).toBe(str('report:status.state.closed'));
  });
}
