// The console has addresses (issue #24): the open report survives a reload, Back returns to the queue and Forward
// to the report, a report outside the account's scope says "not found", and the link in an alert e-mail (sent by
// the real server to a real SMTP receiver) opens that report after sign-in, two-step code or first enrolment included.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { mailText, startSmtpSink } from '../fixtures/alert-sinks.ts';
import { consoleStrings, signInOnConsole } from '../fixtures/console-session.ts';
import { freePort } from '../fixtures/free-port.ts';
import { startServer } from '../fixtures/server-process.ts';
import { createEnrolledAccount, createStaffAccount } from '../fixtures/staff-account.ts';

// The not-found message among the page's alerts (the alert banner is one too when the unit has open P1 alerts).
const notFound = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

const CANARY = 'CANARY-addr-7c2e';

function report(district: string, province: string, danger = false) {
  return {
    locale: 'en',
    reporter: 'teacher',
    category: 'physical_abuse',
    immediateDanger: danger,
    child: { ageBand: '10-13', gender: 'boy' },
    location: { province, district },
    description: `A boy in my class comes to school with belt marks on his back ${CANARY}.`,
  };
}

async function post(request: APIRequestContext, body: object, base = ''): Promise<string> {
  const res = await request.post(`${base}/api/reports`, { data: body });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

const reportHeading = (page: Page, reference: string) => page.getByRole('heading', { level: 1, name: new RegExp(reference) });

test('en: a report has its own address: reload keeps it, Back returns to the queue, Forward to the report; out of scope is not found', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const str = consoleStrings('en');
  const mine = await post(request, report('multan', 'punjab'));
  const elsewhere = await post(request, report('faisalabad', 'punjab'));
  const officer = createEnrolledAccount('officer', 'cpu-multan');

  await page.goto('/en/staff/?queue=cpu-multan');
  await signInOnConsole(page, 'en', officer);
  await expect(page).toHaveURL(/\?queue=cpu-multan$/);
  await page.getByRole('link', { name: mine }).click();
  await expect(page).toHaveURL(new RegExp(`\\?report=${mine}$`));
  await expect(reportHeading(page, mine)).toBeFocused();
  // Only the reference is in the address, never what the report says.
  expect(page.url()).not.toContain(CANARY);

  await page.reload();
  await expect(reportHeading(page, mine)).toBeVisible();
  await expect(page.getByTestId('report-description')).toContainText(CANARY);

  await page.goBack();
  await expect(page).toHaveURL(/\?queue=cpu-multan$/);
  const queueHeading = page.locator('#queue-heading');
  await expect(queueHeading).toBeVisible();
  await expect(queueHeading).toBeFocused();
  await expect(page.getByRole('link', { name: mine })).toBeVisible();
  await page.goForward();
  await expect(reportHeading(page, mine)).toBeFocused();
  // The report's own Back button goes back in the history too: one more Back would leave the console.
  await page.getByRole('button', { name: str('report.back') }).click();
  await expect(page).toHaveURL(/\?queue=cpu-multan$/);

  // A colleague's link to a report of another unit: the same answer as a reference that does not exist.
  await page.goto(`/en/staff/?report=${elsewhere}`);
  await expect(notFound(page, str('report.notFound'))).toHaveText(str('report.notFound'));
  await expect(page.getByText(CANARY)).toHaveCount(0);
  await page.goto('/en/staff/?report=CP-0000-0000');
  await expect(notFound(page, str('report.notFound'))).toHaveText(str('report.notFound'));
  await page.goto('/en/staff/?queue=cpu-faisalabad');
  await expect(page.getByRole('heading', { level: 1, name: str('console.queueNotFound') })).toBeVisible();

  // The console's views are links with addresses, in a named navigation; the language switch keeps the address.
  await page.goto(`/en/staff/?report=${mine}`);
  await expect(reportHeading(page, mine)).toBeVisible();
  await expect(page.locator('a[hreflang="ur"]').first()).toHaveAttribute('href', new RegExp(`/ur/staff/\\?report=${mine}$`));
  const { violations } = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test.describe('the link in an alert e-mail', () => {
  test('opens that report after sign-in: with the two-step code (en), and through the first enrolment (ur)', async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const smtp = await startSmtpSink();
    const port = await freePort();
    const server = await startServer({
      env: { PORT: String(port), SMTP_URL: smtp.url, STATIC_DIR: join(process.cwd(), 'dist'), ALERT_INTERVAL_MS: '500' },
    });
    try {
      const target = { databaseUrl: `file:${server.dbFile}`, baseURL: server.url, reportKey: server.reportKey };
      const officer = createEnrolledAccount('officer', 'cpu-quetta', 'officer', { server: target, alertEmail: 'officer@units.test' });
      // The supervisor has never signed in: the link survives the enrolment too.
      const supervisor = createStaffAccount('supervisor', 'cpu-quetta', 'supervisor', { server: target, alertEmail: 'sup@units.test' });

      const reference = await post(request, report('quetta', 'balochistan', true), server.url);

      // The alert e-mail of the P1, read from the SMTP receiver.
      await expect
        .poll(() => smtp.mails.find((m) => m.to.includes('officer@units.test') && mailText(m.raw).includes(reference)), {
          timeout: 20_000,
        })
        .toBeTruthy();
      const text = mailText(smtp.mails.find((m) => m.to.includes('officer@units.test') && mailText(m.raw).includes(reference))!.raw);
      expect(text).not.toContain(CANARY);
      const link = (lang: string) => text.match(new RegExp(`http://localhost:${port}/${lang}/staff/\\?report=${reference}`))?.[0];
      expect(link('en')).toBeTruthy();
      expect(link('ur')).toBeTruthy();

      for (const [lang, account] of [
        ['en', officer],
        ['ur', supervisor],
      ] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(link(lang)!);
        await signInOnConsole(page, lang, account);
        await expect(page).toHaveURL(link(lang)!);
        await expect(reportHeading(page, reference)).toBeFocused();
        await expect(page.getByTestId('report-description')).toContainText(CANARY);
        await context.close();
      }
    } finally {
      await server.stop();
      await smtp.stop();
    }
  });
});
