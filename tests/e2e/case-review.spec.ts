// A case whose review date has passed is flagged in the queue and in the report view, and the queue's review-overdue
// filter finds it (issue #24); the supervisor's dashboard counts it for the unit. In English and Urdu.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addDays } from '../../domain/case-cycle.ts';
import { pktDay } from '../../domain/pakistan-time.ts';
import { consoleStrings, openAction, signInToConsole } from '../fixtures/console-session.ts';
import { createEnrolledAccount } from '../fixtures/staff-account.ts';

// Each language in its own unit, so the dashboard's counts are this test's alone.
for (const [lang, district] of [
  ['en', 'faisalabad'],
  ['ur', 'bahawalpur'],
] as const) {
  test(`${lang}: a review past its date flags the case in the queue, the view and the dashboard`, async ({ page, browser, request }) => {
    test.setTimeout(90_000);
    const str = consoleStrings(lang);
    const res = await request.post('/api/reports', {
      data: {
        locale: lang,
        reporter: 'relative',
        category: 'neglect',
        immediateDanger: false,
        child: { ageBand: '0-4', gender: 'girl' },
        location: { province: 'punjab', district },
        description: 'The baby is left alone all day while the mother works.',
      },
    });
    expect(res.status()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    await signInToConsole(page, lang, createEnrolledAccount('officer', `cpu-${district}`));
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();

    const assess = await openAction(page, str('casePanel.assessTitle'));
    await assess.getByLabel(str('riskLevel.label')).selectOption('medium');
    await assess.getByLabel(str('casePanel.summary')).fill('Mother agrees to day care.');
    await assess.getByRole('button', { name: str('actions.submit') }).click();
    await expect(page.getByTestId('case')).toHaveAttribute('data-stage', 'assessment');
    const plan = await openAction(page, str('casePanel.planTitle'));
    await plan.getByLabel(str('casePanel.goalText')).fill('A place at the day-care centre');
    await plan.getByLabel(str('casePanel.goalDue'), { exact: true }).fill(addDays(pktDay(Date.now()), 7));
    await plan.getByLabel(str('casePanel.reviewBy'), { exact: true }).fill(addDays(pktDay(Date.now()), 30));
    await plan.getByRole('button', { name: str('actions.submit') }).click();
    // Medium risk: the plan counts at once.
    await expect(page.getByTestId('case')).toHaveAttribute('data-stage', 'implementation');
    await expect(page.getByTestId('review-overdue')).toHaveCount(0);

    // The review date lapses (written straight to the database: the clock cannot be moved for the server).
    const { createDb } = await import('../../db/client.ts');
    const handle = await createDb(process.env.E2E_DATABASE_URL!);
    await handle.client.execute({ sql: 'UPDATE reports SET next_review_by = ? WHERE reference = ?', args: ['2020-01-01', reference] });
    handle.close();

    await page.getByRole('button', { name: str('report.back') }).click();
    await page.getByLabel(str('casePanel.reviewOverdueOnly')).check();
    await page.getByRole('button', { name: str('queue.filters.apply') }).click();
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await expect(row.getByTestId('queue-stage')).toContainText(str('casePanel.reviewOverdue'));
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await row.getByRole('link', { name: reference }).click();
    await expect(page.getByTestId('review-overdue')).toHaveText(str('casePanel.reviewOverdue'));

    // The unit's supervisor sees it among the reviews overdue on the dashboard, which stays axe-clean.
    const sup = await (await browser.newContext()).newPage();
    await signInToConsole(sup, lang, createEnrolledAccount('supervisor', `cpu-${district}`));
    await sup.goto(`/${lang}/staff/dashboard/`);
    const unit = sup.locator(`[data-chart="steps-overdue"] tr[data-key="cpu-${district}"]`);
    await expect(unit.locator('td').nth(3)).toHaveText('1');
    await expect(sup.locator('[data-chart="cases-per-stage"] tr[data-key="implementation"] td')).toHaveText('1');
    // The time from report to plan is a median of this one case.
    await expect(sup.locator('[data-chart="to-plan"] tr[data-key="toPlan"] td').nth(1)).toHaveText('1');
    const axe = await new AxeBuilder({ page: sup })
      .include('#main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
