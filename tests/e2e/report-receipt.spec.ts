// The receipt path on a phone (360×740), as a reporter lives it (issue #27, item 6): one code to keep, a reference
// that never breaks, times in the page's own words, a "Reply" to the unit's message signed by the unit, 44 px
// controls; and the JavaScript-off form: districts grouped under their province (the chosen one first when the
// form comes back), no character counter that would never move.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { formatDateTime, intlLocale } from '../../domain/format.ts';
import { DEFAULT_LANG, LANGS } from '../../domain/languages.ts';
import { adult, fillPlain, fillStepped, type Lang, SAMPLE, STRINGS } from '../fixtures/report-flow.ts';
import { createStaffAccount, enrolTotpViaApi } from '../fixtures/staff-account.ts';

const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };
const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE });
test.describe.configure({ timeout: 60_000 });

/** Every line box the element's text is laid out in: one top means one line. */
const lineTops = (l: Locator) =>
  l.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))];
  });

/** Visible controls smaller than 44×44 px. */
async function smallControls(scope: Locator) {
  const small: string[] = [];
  for (const c of await scope.locator('button, select, textarea, input:not([type="hidden"], [type="checkbox"], [type="radio"])').all()) {
    if (!(await c.isVisible())) continue;
    const box = (await c.boundingBox())!;
    if (box.height < 44 || box.width < 44) small.push(`${await c.evaluate((e) => e.outerHTML.slice(0, 60))}: ${box.width}×${box.height}`);
  }
  return small;
}

async function reportWithUnitReply(page: Page, lang: Lang, body: string) {
  const made = await page.request.post('/api/reports', {
    data: {
      locale: lang,
      reporter: 'teacher',
      category: 'physical_abuse',
      immediateDanger: false,
      child: { ageBand: '10-13', gender: 'boy' },
      location: { province: 'khyber-pakhtunkhwa', district: 'swat' },
      description: `${SAMPLE[lang].teacher} ${Date.now()}`,
    },
  });
  expect(made.status()).toBe(201);
  const { reference, receipt } = (await made.json()) as { reference: string; receipt: string };
  // The unit answers from its own session (a separate cookie jar: the reporter's page holds none).
  const staff = await page.context().browser()!.newContext();
  const officer = createStaffAccount('officer', 'cpu-swat');
  expect((await staff.request.post('/api/staff/session', { data: officer, headers: SAME_ORIGIN })).status()).toBe(204);
  await enrolTotpViaApi(staff.request);
  const { csrfToken } = (await (await staff.request.get('/api/staff/me')).json()) as { csrfToken: string };
  const sent = await staff.request.post(`/api/staff/reports/${reference}/actions`, {
    headers: { 'x-csrf-token': csrfToken, ...SAME_ORIGIN },
    data: { type: 'message', body },
  });
  expect(sent.status()).toBe(200);
  await staff.close();
  return { reference, receipt, officer };
}

for (const lang of LANGS) {
  const t = STRINGS[lang];

  test(`${lang}: the status page shows one code, whole; the unit's reply signed by the unit, in local time; Reply; 44 px controls`, async ({
    page,
  }) => {
    const reply = `Is the child safe tonight? ${Date.now()}`;
    const { reference, receipt, officer } = await reportWithUnitReply(page, lang, reply);
    const seen = await (await page.request.post('/api/reports/lookup', { data: { receipt } })).json();
    const unit = seen.messages[0].unit[lang] as string;
    if (lang === 'en') expect(unit).toBe('Child Protection Unit, Swat');

    await page.goto(`/${lang}/report/status/`);
    // The island has taken over the plain form (Astro drops `ssr` once it has hydrated).
    await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
    await page.getByLabel(t.status.receiptLabel).fill(receipt);
    await page.getByRole('button', { name: t.status.open }).click();
    await expect(page.getByRole('heading', { name: t.status.reportTitle, exact: true })).toBeFocused();

    // One code: the receipt is not shown back; the reference is a quiet note, on one line, spelled for screen readers.
    const island = page.locator('.app-island');
    await expect(island.getByText(receipt)).toHaveCount(0);
    const ref = page.getByTestId('status-reference');
    await expect(ref).toHaveText(reference);
    expect(await lineTops(ref)).toHaveLength(1);
    await expect(page.locator('.app-code__spoken')).toHaveText([...reference.replace(/-/g, '')].join(' '));
    // Selected whole (as a long press does), it copies as the code alone, not its spelled copy.
    const selected = await ref.evaluate((el) => {
      getSelection()!.selectAllChildren(el.parentElement!);
      return getSelection()!.toString();
    });
    expect(selected.trim()).toBe(reference);
    await expect(page.getByRole('paragraph').filter({ hasText: t.status.referenceLabel })).toBeVisible();

    // The reply is signed by its unit, never by the officer, at a time in the page's own words (Pakistan time).
    const thread = page.getByTestId('thread');
    const first = thread.locator('li').first();
    await expect(first.locator('strong')).toHaveText(unit);
    await expect(first).toContainText(reply);
    await expect(thread).not.toContainText(officer.username);
    const time = first.locator('time');
    const at = (await time.getAttribute('datetime'))!;
    // In the language's words where Chromium has its data (not Pashto's: then numbers only, in Pakistan time).
    const numbers = new Intl.DateTimeFormat(intlLocale(DEFAULT_LANG), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Karachi' });
    expect([formatDateTime(at, lang), numbers.format(new Date(at))]).toContain(await time.textContent());
    if (lang !== DEFAULT_LANG) expect(await time.textContent()).not.toMatch(/[A-Za-z]/);

    // Answering is a reply.
    await expect(page.getByRole('heading', { name: t.status.addTitle })).toBeVisible();
    expect(await smallControls(island)).toEqual([]);
    const answer = `${SAMPLE[lang].again} ${Date.now()}`;
    await page.getByLabel(t.status.addLabel).fill(answer);
    await page.getByRole('button', { name: t.status.addSubmit }).click();
    await expect(page.getByText(t.status.added)).toBeVisible();
    const mine = thread.locator('li').last();
    await expect(mine).toContainText(answer);
    await expect(mine.locator('strong')).toHaveText(t.status.fromYou);
  });

  test(`${lang}, JavaScript off: districts grouped by province, no dead counter; the result keeps one code, whole`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`/${lang}/report/`);
    const provinces = await page.locator('select[name="location.province"] option:not([value=""])').allTextContents();
    const groups = page.locator('select[name="location.district"] optgroup');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual(provinces);
    expect(await page.locator('select[name="location.district"] > option:not([value=""])').count()).toBe(0);
    // No count that would never move: the box's limit is its maxlength.
    await expect(page.locator('#f-description-counter')).toHaveCount(0);
    await expect(page.getByText(t.form.counter.replace('{{count}}', '0').replace('{{max}}', '5000'))).toHaveCount(0);
    for (const select of await page.locator('select').all()) expect((await select.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // The form given back (description too short) lists the chosen province's districts first, the choice kept.
    const answers = {
      reporter: 'teacher',
      category: 'neglect',
      danger: false,
      ageBand: '10-13',
      province: 'sindh',
      district: 'karachi-south',
      description: 'short',
    };
    await fillPlain(page, lang, answers);
    await page.locator('form button[type="submit"]').last().click();
    await expect(page.getByRole('heading', { name: t.error.title })).toBeVisible();
    const sindh = await page.locator('select[name="location.province"] option[value="sindh"]').textContent();
    await expect(page.locator('select[name="location.district"] optgroup').first()).toHaveAttribute('label', sindh!);
    await expect(page.locator('select[name="location.district"]')).toHaveValue('karachi-south');

    // Sent: the receipt is the one code to keep, with why; the reference follows, quiet and whole.
    await page.locator('textarea[name="description"]').fill(`${SAMPLE[lang].neighbour} ${Date.now()}`);
    await page.locator('form button[type="submit"]').last().click();
    await expect(page.getByRole('heading', { level: 1, name: t.result.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: t.result.receiptLabel })).toBeVisible();
    await expect(page.getByTestId('receipt')).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
    await expect(page.getByText(t.result.receiptWarning)).toBeVisible();
    const ref = page.getByTestId('reference');
    await expect(ref).toHaveText(/^CP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await lineTops(ref)).toHaveLength(1);
    // The receipt stands out; the reference does not.
    const size = (l: Locator) => l.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(await size(ref)).toBeLessThan(await size(page.getByTestId('receipt')));
    await context.close();
  });

  test(`${lang}, JavaScript on: the character count moves as the reporter types, politely`, async ({ page }) => {
    await page.goto(`/${lang}/report/`);
    await fillStepped(page, lang, adult(''), { until: 'text' });
    const box = page.locator('textarea[name="description"]');
    const counter = page.locator('#f-description-counter');
    await expect(counter).toHaveAttribute('aria-live', 'polite');
    await expect(box).toHaveAttribute('aria-describedby', /f-description-counter/);
    const count = (n: number) => t.form.counter.replace('{{count}}', String(n)).replace('{{max}}', '5000');
    await expect(counter).toHaveText(count(0));
    await box.pressSequentially('abc');
    await expect(counter).toHaveText(count(3));
    await box.fill(SAMPLE[lang].teacher);
    await expect(counter).toHaveText(count([...SAMPLE[lang].teacher].length));
  });
}
