// A person confirms every report: an officer screens a new report in the console, in English and Urdu, and the
// queue lists unscreened reports first with how long they have waited.
import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { fillSignIn } from '../fixtures/console-session.ts';
import { type Account, createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

const load = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
const S: Record<string, Record<string, unknown>> = { en: load('en', 'staff'), ur: load('ur', 'staff') };
const str = (lang: string, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], S[lang]) as string;

async function submitReport(request: APIRequestContext, district: string, extra: Record<string, unknown> = {}) {
  const res = await request.post('/api/reports', {
    data: {
      locale: 'en',
      reporter: 'teacher',
      category: 'neglect',
      immediateDanger: false,
      child: { ageBand: '5-9', gender: 'boy' },
      location: { province: 'punjab', district },
      description: 'A boy in my class often comes to school without lunch.',
      ...extra,
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { reference: string; receipt: string; priority: string };
}

const signIn = (page: Page, lang: string, account: Account) => fillSignIn(page, lang, account, signInCode(account)!);

for (const { lang, queue, district } of [
  { lang: 'en', queue: 'cpu-gujranwala', district: 'gujranwala' },
  { lang: 'ur', queue: 'cpu-sialkot', district: 'sialkot' },
]) {
  test(`${lang}: an officer screens a report in the console; screened reports move below the unscreened`, async ({ page, request }) => {
    test.setTimeout(60_000);
    const routine = await submitReport(request, district);
    // A P1 from a risk answer: first in the queue until screened, then below the unscreened routine report.
    const risky = await submitReport(request, district, { risks: { withoutCare: 'yes' } });
    expect(risky.priority).toBe('P1');
    const officer = createEnrolledAccount('officer', queue);

    await page.goto(`/${lang}/staff/`);
    await signIn(page, lang, officer);
    const rows = page.locator('table.app-staff__queue tbody tr');
    await expect(rows).toHaveCount(2);
    // Both unscreened: most urgent first, each saying it is not screened and for how long it has waited.
    await expect(rows.first()).toHaveAttribute('data-reference', risky.reference);
    await expect(rows.first().getByTestId('unscreened')).toContainText(str(lang, 'queue.unscreened'));
    await expect(page.getByTestId('unscreened-count')).toBeVisible();

    await rows.first().getByRole('link', { name: risky.reference }).click();
    const panel = page.getByTestId('screening');
    await expect(panel).toContainText(str(lang, 'screening.notYet'));
    await expect(panel.getByLabel(str(lang, 'queue.priority'))).toHaveValue('P1');
    await panel.getByRole('button', { name: str(lang, 'screening.submit') }).click();
    await expect(panel).toHaveAttribute('data-screened', 'yes');
    await expect(panel).toContainText(officer.username);
    await expect(page.getByTestId('history')).toContainText(str(lang, 'event.screen').replace('{{to}}', 'P1'));
    // The reporter still sees "received": screening is internal.
    const seen = await (await request.post('/api/reports/lookup', { data: { receipt: risky.receipt } })).json();
    expect(seen.status).toBe('received');

    await page.getByRole('button', { name: str(lang, 'report.back') }).click();
    await expect(rows.first()).toHaveAttribute('data-reference', routine.reference);
    await expect(page.locator(`tr[data-reference="${risky.reference}"]`).getByTestId('unscreened')).toHaveCount(0);

    // Screening may change the priority: the routine report confirmed as P2.
    await rows.first().getByRole('link', { name: routine.reference }).click();
    await panel.getByLabel(str(lang, 'queue.priority')).selectOption('P2');
    await panel.getByRole('button', { name: str(lang, 'screening.submit') }).click();
    await expect(panel).toHaveAttribute('data-screened', 'yes');
    await expect(page.locator('.app-staff__facts .app-priority')).toHaveClass(/app-priority--p2/);
  });
}

for (const { lang, queue, district, harm } of [
  {
    lang: 'en',
    queue: 'cpu-faisalabad',
    district: 'faisalabad',
    harm: "My neighbour's boy has bruises on his arms; his stepfather hits him.",
  },
  {
    lang: 'ur',
    queue: 'cpu-rawalpindi',
    district: 'rawalpindi',
    harm: 'پڑوس کے بچے کو اس کا سوتیلا باپ مارتا ہے، اس کے بازو پر نیل کے نشان ہیں۔',
  },
]) {
  test(`${lang}: a report whose text shows harm is alerted at once and to be screened within 15 minutes, any other within the hour`, async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const harmed = await submitReport(request, district, { locale: lang, category: 'physical_abuse', description: harm });
    expect(harmed.priority).not.toBe('P1');
    const routine = await submitReport(request, district);
    const officer = createEnrolledAccount('officer', queue);
    await page.goto(`/${lang}/staff/`);
    await signIn(page, lang, officer);
    const panel = page.getByTestId('screening');
    const due = page.getByTestId('screening-due');
    const [harmDue] = str(lang, 'screening.harmDue').split(':');
    // The on-duty officer is alerted to it in the console as soon as it arrives (the routine report is not).
    const banner = page.getByRole('alert');
    await expect(banner).toContainText(harmed.reference, { timeout: 20_000 });
    await expect(banner).toContainText(str(lang, 'alerts.banner.harm').replace('{{minutes}}', '15'));
    await expect(banner).not.toContainText(routine.reference);
    const open = (reference: string) => page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference });
    // The queue's Due column shows the harm report's 15-minute screening deadline, in words, and still fits 1,280 px.
    await page.setViewportSize({ width: 1280, height: 800 });
    const harmCell = page.locator(`tr[data-reference="${harmed.reference}"]`).getByTestId('queue-due');
    const words = str(lang, 'queue.harmDue_other').replace('{{count}}', '15');
    await expect(harmCell).toHaveAttribute('data-minutes', '15');
    await expect(harmCell.getByText(words)).toBeVisible();
    const view = (await (await page.request.get(`/api/staff/reports/${harmed.reference}`)).json()) as { createdAt: string };
    const dueAt = await harmCell.locator('time').getAttribute('datetime');
    expect(Date.parse(dueAt!) - Date.parse(view.createdAt)).toBe(15 * 60_000);
    const routineCell = page.locator(`tr[data-reference="${routine.reference}"]`).getByTestId('queue-due');
    await expect(routineCell).not.toContainText(words);
    expect(Date.parse((await routineCell.locator('time').getAttribute('datetime'))!) - Date.parse(view.createdAt)).toBeGreaterThan(
      60 * 60_000,
    );
    const fit = await page.locator('.app-staff__queue-box').evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    const th = (await page.getByRole('columnheader', { name: str(lang, 'queue.due'), exact: true }).boundingBox())!;
    expect(th.x + th.width).toBeLessThanOrEqual(1280);
    await open(harmed.reference).click();
    await expect(due).toHaveAttribute('data-minutes', '15');
    await expect(due).toContainText(harmDue!);
    await expect(panel).toContainText(str(lang, 'screening.notYet'));
    await page.getByRole('button', { name: str(lang, 'report.back') }).click();
    await open(routine.reference).click();
    await expect(due).toHaveAttribute('data-minutes', '60');
    await expect(due).not.toContainText(harmDue!);
  });
}
