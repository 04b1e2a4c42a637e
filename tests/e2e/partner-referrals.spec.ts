// Issue 17's journey in a real Chromium against the real server: a Rajanpur officer refers a report to the
// health desk; the desk's partner signs in, sees it without the reporter's words, accepts and completes it;
// the officer sees both steps; a partner of another desk gets 404 for it. In English and Urdu.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { recordConsentInConsole } from '../fixtures/console-consent.ts';
import { fillSignIn } from '../fixtures/console-session.ts';
import { type Account, createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

const load = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/staff.json`, 'utf8')) as Record<string, unknown>;
const S: Record<string, Record<string, unknown>> = { en: load('en'), ur: load('ur') };
const str = (lang: string, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], S[lang]) as string;

async function signIn(page: Page, lang: string, account: Account) {
  await page.goto(`/${lang}/staff/`);
  await fillSignIn(page, lang, account, signInCode(account)!);
  // Sign-in hashes the password (deliberately slow); the shared test machine is slower still.
  await expect(page.getByText(account.username)).toBeVisible({ timeout: 20_000 });
}
async function signOut(page: Page, lang: string) {
  await page.getByRole('button', { name: str(lang, 'console.signOut') }).click();
  await expect(page.getByLabel(str(lang, 'login.username'))).toBeVisible();
}
async function openAction(page: Page, title: string) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

for (const lang of ['en', 'ur']) {
  test(`${lang}: a Rajanpur officer refers to the health desk; the desk accepts and completes it; another desk gets 404`, async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const canary = `CANARY-${lang}-${Date.now()} the uncle beats the boy and locks him out at night`;
    const res = await request.post('/api/reports', {
      data: {
        locale: lang,
        reporter: 'neighbour_or_community',
        category: 'physical_abuse',
        immediateDanger: false,
        child: { ageBand: '10-13', gender: 'boy' },
        location: { province: 'punjab', district: 'rajanpur', details: `canary-place-${lang}` },
        description: canary,
        contact: `canary-contact-${lang}`,
      },
    });
    expect(res.status()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const officer = createEnrolledAccount('officer', 'cpu-rajanpur');
    const health = createEnrolledAccount('partner', 'rajanpur-health', 'dhq');
    const police = createEnrolledAccount('partner', 'rajanpur-police', 'police');
    const referNote =
      lang === 'ur' ? 'طبی معائنہ درکار ہے؛ یونٹ کا افسر ساتھ جائے گا۔' : 'Medical examination needed; a unit officer will come along.';
    const accepted = lang === 'ur' ? 'آج ڈی ایچ کیو میں دیکھا جائے گا۔' : 'Will be seen at DHQ today.';
    const completed = lang === 'ur' ? 'معائنہ ہو گیا؛ دو ہفتے بعد دوبارہ۔' : 'Examination done; follow-up in two weeks.';

    // The officer refers the report to the district's health desk, picked from GET /api/staff/desks.
    await signIn(page, lang, officer);
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();
    await recordConsentInConsole(page, (k) => str(lang, k));
    const refer = await openAction(page, str(lang, 'actions.refer'));
    await refer.getByLabel(str(lang, 'actions.desk')).selectOption('rajanpur-health');
    await expect(refer.getByLabel(str(lang, 'actions.service'))).toHaveValue('health');
    await refer.getByLabel(str(lang, 'actions.referNote')).fill(referNote);
    await refer.getByRole('button', { name: str(lang, 'actions.submit') }).click();
    await expect(page.locator('[data-testid="referrals"] li[data-service="health"]')).toHaveAttribute('data-status', 'requested');
    await signOut(page, lang);

    // The health desk sees it, with the officer's note and never the reporter's words, contact or place.
    await signIn(page, lang, health);
    const item = page.locator(`[data-testid="partner-referrals"] li[data-reference="${reference}"]`);
    await expect(item).toContainText(referNote);
    await expect(item).toContainText(str(lang, 'service.health'));
    const body = await page.locator('body').innerText();
    for (const secret of [canary, `canary-contact-${lang}`, `canary-place-${lang}`, 'CANARY']) expect(body).not.toContain(secret);
    const referralId = await item.getAttribute('data-id');
    // The partner's desk view passes axe (WCAG 2.2 AA), as the rest of the console does.
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const axe = await new AxeBuilder({ page })
      .include('#main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await item.getByLabel(str(lang, 'partner.answer')).selectOption('accepted');
    await item.getByLabel(str(lang, 'partner.answerNote')).fill(accepted);
    await item.getByRole('button', { name: str(lang, 'partner.submit') }).click();
    await expect(item).toHaveAttribute('data-status', 'accepted');
    // Declining needs a reason: without one the form says so and nothing changes.
    await item.getByLabel(str(lang, 'partner.answer')).selectOption('declined');
    await item.getByRole('button', { name: str(lang, 'partner.submit') }).click();
    await expect(item.getByRole('alert')).toBeVisible();
    await expect(item).toHaveAttribute('data-status', 'accepted');
    await item.getByLabel(str(lang, 'partner.answer')).selectOption('completed');
    await item.getByLabel(str(lang, 'partner.answerNote')).fill(completed);
    await item.getByRole('button', { name: str(lang, 'partner.submit') }).click();
    // Completed referrals leave the "waiting" list; the announcement says what was saved.
    await expect(item).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: reference })).toContainText(str(lang, 'referralStatus.completed'));
    await signOut(page, lang);

    // A partner of another desk sees nothing of it, and the referral and the report answer 404.
    await signIn(page, lang, police);
    await expect(page.locator(`[data-testid="partner-referrals"] li[data-reference="${reference}"]`)).toHaveCount(0);
    const statuses = await page.evaluate(
      async ({ id, ref }) => {
        const me = (await (await fetch('/api/staff/me')).json()) as { csrfToken: string };
        const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
        const answer = await fetch(`/api/partner/referrals/${id}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ status: 'declined', note: 'not ours' }),
        });
        const report = await fetch(`/api/staff/reports/${ref}`);
        return [answer.status, report.status];
      },
      { id: referralId, ref: reference },
    );
    expect(statuses).toEqual([404, 404]);
    await signOut(page, lang);

    // The officer sees both steps, by the desk's account, with its notes, in the report's history.
    await signIn(page, lang, officer);
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();
    const history = page.getByTestId('history');
    await expect(history).toContainText(accepted);
    await expect(history).toContainText(completed);
    await expect(history).toContainText(health.username);
    await expect(history).toContainText(str(lang, 'referralStatus.accepted'));
    await expect(history).toContainText(str(lang, 'referralStatus.completed'));
    await expect(page.locator('[data-testid="referrals"] li[data-service="health"]')).toHaveAttribute('data-status', 'completed');
  });
}
