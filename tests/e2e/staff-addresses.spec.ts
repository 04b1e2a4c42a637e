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

// Sindh's units: no other spec reports into them (the e2e server is shared).
for (const { lang, queue, district } of [
  { lang: 'en', queue: 'cpu-hyderabad', district: 'hyderabad' },
  { lang: 'ur', queue: 'cpu-sukkur', district: 'sukkur' },
] as const) {
  test(`${lang}: references are links to the report (new tab by Ctrl-click or its href, in place by a click); the title follows the view`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const str = consoleStrings(lang);
    const site = str('common:site.name');
    const first = await post(request, report(district, 'sindh'));
    const second = await post(request, report(district, 'sindh'));
    const { createDb } = await import('../../db/client.ts');
    const handle = await createDb(process.env.E2E_DATABASE_URL!);
    await handle.client.execute({
      sql: 'UPDATE reports SET possible_duplicates = ? WHERE reference = ?',
      args: [JSON.stringify([first]), second],
    });
    handle.close();
    const supervisor = createEnrolledAccount('supervisor', queue);

    await page.goto(`/${lang}/staff/?queue=${queue}`);
    await signInOnConsole(page, lang, supervisor);
    // The queue's name is the page's one h1 and its title.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveCount(1);
    await expect(heading).toHaveId('queue-heading');
    const queueName = (await heading.textContent())!.trim();
    await expect(page).toHaveTitle(`${queueName} – ${site}`);

    const href = `/${lang}/staff/?report=${first}`;
    const row = page.locator(`tr[data-reference="${first}"]`);
    const link = row.getByRole('link', { name: first, exact: true });
    await expect(link).toHaveAttribute('href', href);
    await expect(page.locator(`tr[data-reference="${second}"] .app-staff__dups`).getByRole('link', { name: first })).toHaveAttribute(
      'href',
      href,
    );

    // Ctrl-click: the report in a new tab, the queue stays in this one.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
    await tab.waitForLoadState();
    await expect(tab).toHaveURL(new RegExp(`${href.replace('?', '\\?')}$`));
    await expect(reportHeading(tab, first)).toBeVisible();
    await tab.close();
    await expect(page).toHaveURL(new RegExp(`\\?queue=${queue}$`));
    // Its href opened anew (a copied link, a bookmark) shows the same report.
    const other = await page.context().newPage();
    await other.goto(href);
    await expect(reportHeading(other, first)).toBeVisible();
    await expect(other).toHaveTitle(`${str('report.title', { reference: first })} – ${site}`);
    await other.close();

    // A plain click opens it in place, through the history, without reloading the page.
    await page.evaluate(() => {
      (window as unknown as { stay: number }).stay = 1;
    });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace('?', '\\?')}$`));
    await expect(reportHeading(page, first)).toBeFocused();
    await expect(page).toHaveTitle(`${str('report.title', { reference: first })} – ${site}`);
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);
    await page.goBack();
    await expect(page).toHaveTitle(`${queueName} – ${site}`);

    // The report's possible-duplicates list links too.
    await page.locator(`tr[data-reference="${second}"]`).getByRole('link', { name: second, exact: true }).click();
    await expect(reportHeading(page, second)).toBeFocused();
    const dup = page.locator('.app-staff__facts').getByRole('link', { name: first });
    await expect(dup).toHaveAttribute('href', href);
    await dup.click();
    await expect(reportHeading(page, first)).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);

    // Every other view names itself in its h1 and in the title.
    for (const [view, key] of [
      ['intake', 'intake.title'],
      ['receipt', 'relay.title'],
      ['audit', 'audit.title'],
    ] as const) {
      await page.goto(`/${lang}/staff/?view=${view}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(str(key));
      await expect(page).toHaveTitle(`${str(key)} – ${site}`);
    }
    await page.goto(`/${lang}/staff/dashboard/`);
    await expect(page).toHaveTitle(`${str('dashboard:page.title')} – ${site}`);
  });

  test(`${lang}: a call-taker's front page is headed and titled as the intake form, never as a queue`, async ({ page }) => {
    const str = consoleStrings(lang);
    const callTaker = createEnrolledAccount('helpline', lang === 'en' ? 'sindh' : 'azad-kashmir');
    await page.goto(`/${lang}/staff/`);
    await signInOnConsole(page, lang, callTaker);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(str('intake.title'));
    await expect(h1).toHaveCount(1);
    await expect(page.getByRole('heading', { name: lang === 'en' ? 'Intake queue' : 'انٹیک قطار' })).toHaveCount(0);
    await expect(page).toHaveTitle(`${str('intake.title')} – ${str('common:site.name')}`);
  });
}
