// Every channel into one queue (issue #24), in a real Chromium against the real server: a helpline call-taker
// records a phone call in Urdu in the console, reads the caller the receipt, which then opens the public status
// page; later the caller reads the receipt out again, hears the unit's message and the call-taker relays the answer.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { consoleStrings, signInOnConsole } from '../fixtures/console-session.ts';
import { staffLogin } from '../fixtures/server-process.ts';
import { createEnrolledAccount, createStaffAccount } from '../fixtures/staff-account.ts';

const str = consoleStrings('ur');
const base = () => `http://localhost:${process.env.E2E_PORT}`;
const CANARY = 'CANARY-intake-41d9';

test('ur: a call-taker records a phone call, the receipt works on the status page, and the caller’s messages are relayed', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const callTaker = createEnrolledAccount('helpline', 'balochistan');
  const officer = await staffLogin({ url: base() }, createStaffAccount('officer', 'cpu-quetta'));

  // A call-taker has no queue: the console opens on the intake form.
  await page.goto('/ur/staff/');
  await signInOnConsole(page, 'ur', callTaker);
  await expect(page.getByRole('heading', { level: 1, name: str('intake.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: str('console.nav.intake') })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: str('console.nav.queues') })).toHaveCount(0);

  const radio = (name: string, value: string) => page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  await expect(radio('channel', 'helpline')).toBeChecked();
  await expect(page.getByLabel(str('intake.callLanguage'))).toHaveValue('ur');
  await expect(page.getByLabel(str('report:form.provinceLabel'))).toHaveValue('balochistan');
  await radio('reporter', 'neighbour_or_community').check();
  await radio('immediateDanger', 'false').check();
  await radio('risks.withHarmerSoon', 'unsure').check();
  await radio('category', 'physical_abuse').check();
  await radio('child.ageBand', '5-9').check();
  await page.getByLabel(str('report:form.districtLabel')).selectOption('quetta');
  const description = page.getByLabel(str('intake.description'));
  await description.fill('مارا');
  await page.getByRole('button', { name: str('intake.submit') }).click();

  // The API's field error in Urdu, beside the field and in the focused summary; what was typed is kept.
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('کم از کم');
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(description).toHaveValue('مارا');
  await expect(radio('category', 'physical_abuse')).toBeChecked();

  const said = `پڑوس کا آدمی بچے کو روز ڈنڈے سے مارتا ہے اور آج رات وہ اکیلا ہوگا ${CANARY}`;
  await description.fill(said);
  // Keyboard: the submit button reached and pressed without a mouse.
  await page.getByRole('button', { name: str('intake.submit') }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: str('intake.createdTitle') })).toBeFocused();
  const shown = page.getByTestId('intake-receipt');
  // The same grouped code as the reporter's own receipt screen (form/Code.tsx), large: four groups of four.
  await expect(shown).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expect(page.locator('.app-receipt .app-code--large')).toBeVisible();
  const receipt = (await shown.textContent())!.replace(/\D/g, '');
  expect(receipt).toMatch(/^\d{16}$/);
  // A screen reader hears it a digit at a time, in groups.
  const groups = receipt.match(/\d{4}/g)!;
  await expect(page.locator('.app-receipt .app-u-visually-hidden')).toHaveText(groups.map((g) => [...g].join(' ')).join(', '));
  const reference = (await page.getByTestId('intake-reference').textContent())!.trim();
  expect(reference).toMatch(/^CP-/);
  // "Not sure" to a risk question: at least urgent, with that reason given in Urdu.
  expect([str('priority.P1'), str('priority.P2')]).toContain((await page.getByTestId('intake-priority').textContent())!.trim());
  await expect(page.getByTestId('intake-reasons').locator('li').first()).toHaveText(/[\u0600-\u06FF]/);
  expect(page.url()).not.toContain(receipt);
  const axe = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The caller, on their own phone: the receipt read to them opens the public status page.
  const caller = await browser.newContext();
  const status = await caller.newPage();
  await status.goto('/ur/report/status/');
  await status.getByLabel(str('report:status.receiptLabel')).fill(groups.join(' '));
  await status.getByRole('button', { name: str('report:status.open') }).click();
  await expect(status.getByTestId('status-reference')).toHaveText(reference);
  await expect(status.getByTestId('status')).toHaveText(str('report:status.state.received'));
  await caller.close();

  // The unit asks a question; the caller rings again and reads the receipt out.
  const question = 'کیا بچہ آج اسکول آیا؟';
  const asked = await fetch(`${base()}/api/staff/reports/${reference}/actions`, {
    method: 'POST',
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, origin: base(), 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', body: question }),
  });
  expect(asked.status).toBe(200);

  await page.getByRole('link', { name: str('console.nav.receipt') }).click();
  await expect(page).toHaveURL(/\/ur\/staff\/\?view=receipt$/);
  await expect(page.getByRole('heading', { level: 1, name: str('relay.title') })).toBeFocused();
  const field = page.getByLabel(str('relay.receiptLabel'));
  await field.fill('1234 5678 1234 5678');
  await page.getByRole('button', { name: str('relay.open') }).click();
  await expect(page.locator('.app-error-summary')).toContainText(str('relay.notFound'));
  await expect(field).toHaveValue('1234 5678 1234 5678');
  await field.fill(groups.join(' '));
  await page.getByRole('button', { name: str('relay.open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeFocused();
  await expect(page.getByTestId('relay-thread')).toContainText(question);
  await expect(page.getByTestId('relay-status')).not.toBeEmpty();
  expect(page.url()).not.toContain(receipt);

  const answer = `جی نہیں، وہ آج گھر پر بند ہے ${CANARY}`;
  await page.getByLabel(str('relay.replyLabel')).fill(answer);
  await page.getByRole('button', { name: str('relay.send') }).click();
  await expect(page.getByRole('status').filter({ hasText: str('relay.sent') })).toBeVisible();
  await expect(page.getByTestId('relay-thread')).toContainText(answer);
  const relayAxe = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(relayAxe.violations.map((v) => v.id)).toEqual([]);

  // The unit reads the caller's answer as the reporter's own message, on a report that came in by telephone.
  const view = (await (await fetch(`${base()}/api/staff/reports/${reference}`, { headers: { cookie: officer.cookie } })).json()) as {
    channel: string;
    messages: { from: string; body: string }[];
  };
  expect(view.channel).toBe('helpline');
  expect(view.messages.at(-1)).toEqual(expect.objectContaining({ from: 'reporter', body: answer }));
});
