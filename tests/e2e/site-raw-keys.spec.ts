// No raw i18n keys anywhere (issue #27): no `namespace.key`-looking text equal to a key in locales/ in any built page
// of any language (text, and the attributes a person reads or hears), nor in any island as rendered in Chromium: the
// report form's steps, its result and the status page in every language, the staff console's views and the
// dashboard in every console language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { LANGS, STAFF_LANGS } from '../../domain/languages.ts';
import { rawKeys } from '../fixtures/raw-keys.ts';
import { adult, receiptOf, STRINGS } from '../fixtures/report-flow.ts';
import { createStaffAccount, enrolTotpViaApi } from '../fixtures/staff-account.ts';
import { builtPages, DIST } from './site-pages.ts';

const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };
const staff = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/staff.json`, 'utf8'));

/** What a built page shows or says: its text without scripts and styles, and its read-out attributes. */
function shown(html: string): string {
  const attrs = [...html.matchAll(/\b(?:aria-label|title|placeholder|alt|aria-description)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<astro-island\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return `${text} ${attrs.join(' ')}`;
}

test('no built page of any language shows a raw key', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const found = pages.flatMap((p) => {
    const file = join(DIST, p.endsWith('/') ? `${p}index.html` : p);
    return rawKeys(shown(readFileSync(file, 'utf8'))).map((k) => `${p}: ${k}`);
  });
  expect(found).toEqual([]);
});

/** The page's visible text and read-out attributes, as rendered. */
async function rendered(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''),
    );
    return `${document.body.innerText} ${attrs.join(' ')} ${document.title}`;
  });
}
const expectNoKeys = async (page: Page, where: string) => expect(rawKeys(await rendered(page)), where).toEqual([]);

for (const lang of LANGS) {
  test(`${lang}: the report form's steps, its result and the status page show no raw key`, async ({ page }) => {
    test.setTimeout(60_000);
    const t = STRINGS[lang];
    const a = adult('A boy at the school comes with marks on his arms.');
    await page.goto(`/${lang}/report/`);
    await expect(page.locator('.app-step__count')).toBeVisible();
    const radio = (name: string, value: string) => page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
    const next = async (where: string) => {
      await expectNoKeys(page, where);
      await page.getByRole('button', { name: t.form.next, exact: true }).click();
    };
    await radio('reporter', a.reporter).check();
    await next('reporter');
    await radio('category', a.category).check();
    await next('category');
    await next('risks');
    await radio('immediateDanger', 'false').check();
    await next('danger');
    await radio('child.ageBand', a.ageBand).check();
    await next('child');
    await page.getByLabel(t.form.provinceLabel).selectOption(a.province);
    await page.getByLabel(t.form.districtLabel).selectOption(a.district);
    await next('place');
    await page.locator('textarea[name="description"]').fill(a.description);
    await next('description');
    await page.getByRole('button', { name: t.form.reviewSubmit }).click();
    await expect(page.getByRole('heading', { name: t.steps.review })).toBeVisible();
    await expectNoKeys(page, 'review');
    await page.getByRole('button', { name: t.form.submit, exact: true }).click();
    const receipt = await receiptOf(page);
    await expectNoKeys(page, 'result');
    await page.goto(`/${lang}/report/status/`);
    await page.getByLabel(t.status.receiptLabel).fill(receipt);
    await page.getByRole('button', { name: t.status.open }).click();
    await expect(page.getByTestId('status')).toBeVisible();
    await expectNoKeys(page, 'status');
  });
}

for (const [i, lang] of STAFF_LANGS.entries()) {
  test(`${lang}: the staff console's queue, report, alert settings and dashboard show no raw key`, async ({ page }) => {
    test.setTimeout(60_000);
    const S = staff(lang);
    const queue = ['cpu-multan', 'cpu-faisalabad'][i] ?? 'cpu-lahore';
    const district = queue.slice(4);
    const res = await page.request.post('/api/reports', {
      data: {
        locale: 'en',
        reporter: 'neighbour_or_community',
        category: 'neglect',
        immediateDanger: false,
        child: { ageBand: '5-9', gender: 'boy' },
        location: { province: 'punjab', district },
        description: 'The small boy next door is often left without food in the evening.',
      },
    });
    expect(res.status()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const account = createStaffAccount('supervisor', queue);
    expect((await page.request.post('/api/staff/session', { data: account, headers: SAME_ORIGIN })).status()).toBe(204);
    await enrolTotpViaApi(page.request);

    await page.goto(`/${lang}/staff/`);
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await expect(row).toBeVisible();
    await expectNoKeys(page, 'queue');
    await row.getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { name: S.report.reasons })).toBeVisible();
    await expectNoKeys(page, 'report');
    for (const d of await page.locator('details > summary').all()) await d.click();
    await expectNoKeys(page, 'report with every action open');

    await page.goto(`/${lang}/staff/`);
    await page.locator('summary', { hasText: S.alerts.settings }).click();
    await expectNoKeys(page, 'alert settings');

    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`/${lang}/staff/dashboard/?from=${today.slice(0, 8)}01&to=${today}`);
    await expect(page.locator('section[data-chart]').first()).toBeVisible();
    await expectNoKeys(page, 'dashboard');
  });
}
