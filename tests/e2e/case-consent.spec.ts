// A referral is refused without consent and goes through once consent is recorded in the console (issue #24): the
// API's 409 consent_required message in the console's language, with the way to the consent form. The report view
// with its case panels open passes axe (WCAG 2.2 AA). In English and Urdu.
import { expect, test } from '@playwright/test';
import { recordConsentInConsole } from '../fixtures/console-consent.ts';
import { consoleStrings, openAction, signInToConsole } from '../fixtures/console-session.ts';
import { createEnrolledAccount } from '../fixtures/staff-account.ts';

for (const lang of ['en', 'ur']) {
  test(`${lang}: a referral without consent is refused with the way to record it, and allowed after`, async ({ page, request }) => {
    test.setTimeout(90_000);
    const str = consoleStrings(lang);
    const res = await request.post('/api/reports', {
      data: {
        locale: lang,
        reporter: 'teacher',
        category: 'neglect',
        immediateDanger: false,
        child: { ageBand: '5-9', gender: 'boy' },
        location: { province: 'punjab', district: 'lahore' },
        description: 'The boy comes to school hungry every day and sleeps in class.',
      },
    });
    expect(res.status()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    await signInToConsole(page, lang, createEnrolledAccount('officer', 'cpu-lahore'));
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();

    const refer = await openAction(page, str('actions.refer'));
    await refer.getByLabel(str('actions.service'), { exact: true }).selectOption('education');
    await refer.getByRole('button', { name: str('actions.submit') }).click();
    const summary = refer.getByRole('alert');
    await expect(summary).toContainText(str('api:error.consentRequired'));
    await expect(summary).toBeFocused();
    await expect(page.locator('[data-testid="referrals"]')).toHaveCount(0);

    // The summary's button opens the consent form and moves focus to it; from the keyboard alone.
    await summary.getByRole('button', { name: str('casePanel.recordConsent') }).press('Enter');
    const consent = page.locator('details[data-action="consent"]');
    await expect(consent).toHaveAttribute('open', '');
    await expect(consent.locator('summary')).toBeFocused();

    // The case panels, their forms open, are accessible.
    for (const title of ['casePanel.assessTitle', 'casePanel.courtTitle']) await openAction(page, str(title));
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const axe = await new AxeBuilder({ page })
      .include('#main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await recordConsentInConsole(page, str);
    await refer.getByRole('button', { name: str('actions.submit') }).click();
    await expect(page.locator('[data-testid="referrals"] li[data-service="education"]')).toHaveAttribute('data-status', 'requested');
    await expect(refer.getByRole('alert')).toHaveCount(0);
  });
}
