// P1 alerts in the console, in a real Chromium against the real server: the banner appears within seconds of a
// report (Server-Sent Events, no reload), in English and Urdu; the title changes; acknowledging clears it; no report text.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/staff.json`, 'utf8'));
const CANARY = 'CANARY-e2e-5d1c';

for (const { lang, queue, district } of [
  { lang: 'en', queue: 'cpu-khyber', district: 'khyber' },
  { lang: 'ur', queue: 'cpu-bajaur', district: 'bajaur' },
]) {
  test(`${lang}: the console shows a P1 alert within seconds, and acknowledging it clears the banner`, async ({ page, request }) => {
    const S = strings(lang);
    const officer = createEnrolledAccount('officer', queue);
    await page.goto(`/${lang}/staff/`);
    await page.getByLabel(S.login.username).fill(officer.username);
    await page.getByLabel(S.login.password, { exact: true }).fill(officer.password);
    await page.getByLabel(S.login.totp).fill(signInCode(officer)!);
    await page.getByRole('button', { name: S.login.submit }).click();
    await expect(page.getByRole('button', { name: S.console.signOut })).toBeVisible();
    // The title names the queue once it has loaded (then an alert goes before it, and leaves with it).
    const queueName = (await page.locator('#queue-heading').textContent())!.trim();
    await expect(page).toHaveTitle(new RegExp(`^${queueName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
    const title = await page.title();
    // Let the event stream connect before the report is sent.
    await page.waitForTimeout(500);

    const sentAt = Date.now();
    const res = await request.post('/api/reports', {
      data: {
        locale: lang,
        reporter: 'neighbour_or_community',
        category: 'physical_abuse',
        immediateDanger: true,
        child: { ageBand: '5-9', gender: 'girl' },
        location: { province: 'khyber-pakhtunkhwa', district, details: `Near ${CANARY}` },
        description: `The child is bleeding and locked in a room right now ${CANARY}.`,
        contact: `${CANARY} 0300-0000000`,
      },
    });
    expect(res.status()).toBe(201);
    const { reference, priority } = (await res.json()) as { reference: string; priority: string };
    expect(priority).toBe('P1');

    const banner = page.getByRole('alert');
    await expect(banner).toContainText(S.alerts.banner.title, { timeout: 5_000 });
    await expect(banner).toContainText(reference);
    const seconds = (Date.now() - sentAt) / 1000;
    console.log(`${lang}: banner shown ${seconds.toFixed(1)} s after the report was answered`);
    await expect(page).toHaveTitle(new RegExp(reference));
    await expect(banner).not.toContainText(CANARY);
    // The queue refreshed without a reload.
    await expect(page.locator(`tr[data-reference="${reference}"]`)).toBeVisible({ timeout: 5_000 });

    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const axe = await new AxeBuilder({ page })
      .include('.app-alert')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);

    await banner.getByRole('button', { name: S.alerts.banner.acknowledge }).click();
    await expect(page.getByRole('status').filter({ hasText: S.alerts.banner.acknowledged })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveTitle(title);

    // The officer sets their own alert e-mail in the console; a bad address is refused in the page's language.
    await page.locator('summary', { hasText: S.alerts.settings }).click();
    const field = page.getByLabel(S.alerts.emailField.label);
    await field.fill('not an address');
    await page.getByRole('button', { name: S.alerts.emailField.save }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('not an address');
    await field.fill(`${officer.username}@units.test`);
    await page.getByRole('button', { name: S.alerts.emailField.save }).click();
    await expect(page.getByRole('status').filter({ hasText: S.alerts.emailField.saved })).toBeVisible();
    const settingsAxe = await new AxeBuilder({ page })
      .include('.app-alert-settings')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(settingsAxe.violations).toEqual([]);
  });
}

for (const { lang, queue } of [
  { lang: 'en', queue: 'cpu-multan' },
  { lang: 'ur', queue: 'cpu-bahawalpur' },
]) {
  test(`${lang}: the on-duty list shows the hours it leaves uncovered while it is edited, and saving tells the supervisors`, async ({
    page,
  }) => {
    const S = strings(lang);
    const supervisor = createEnrolledAccount('supervisor', queue);
    await page.goto(`/${lang}/staff/`);
    await page.getByLabel(S.login.username).fill(supervisor.username);
    await page.getByLabel(S.login.password, { exact: true }).fill(supervisor.password);
    await page.getByLabel(S.login.totp).fill(signInCode(supervisor)!);
    await page.getByRole('button', { name: S.login.submit }).click();
    await expect(page.getByRole('button', { name: S.console.signOut })).toBeVisible();
    await page.locator('summary', { hasText: S.alerts.settings }).click();

    const day = (d: number) => S.alerts.onDuty.day[String(d)];
    const gaps = page.getByTestId('on-duty-uncovered');
    await expect(gaps.getByRole('heading', { name: S.alerts.onDuty.uncovered.title })).toBeVisible();
    // No list: the whole week.
    await expect(gaps.getByRole('listitem')).toHaveText([`${day(0)} 00:00 – ${day(6)} 24:00`]);
    // A row (every day, 09:00–17:00 as added): the nights, and Saturday night into Sunday morning as one stretch.
    await page.getByRole('button', { name: S.alerts.onDuty.add }).click();
    await expect(gaps.getByRole('listitem')).toHaveCount(7);
    await expect(gaps.getByRole('listitem').first()).toHaveText(`${day(0)} 17:00 – ${day(1)} 09:00`);
    await expect(gaps.getByRole('listitem').last()).toHaveText(`${day(6)} 17:00 – ${day(0)} 09:00`);
    await page.getByRole('button', { name: S.alerts.onDuty.save }).click();
    await expect(page.getByRole('status').filter({ hasText: S.alerts.onDuty.saved })).toBeVisible();
    // The supervisor (and any provincial account of the province) was told: the count is theirs.
    await expect(page.getByRole('status').filter({ hasText: S.alerts.onDuty.saved })).toContainText(
      S.alerts.onDuty.uncovered.told.split('{{count}}')[0].trim(),
    );
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="on-duty-uncovered"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);
  });
}
