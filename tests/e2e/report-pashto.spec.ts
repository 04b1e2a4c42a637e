// Pashto end to end: a reporter in Peshawar fills the Pashto form (right to left, Pashto wording) in a real
// Chromium, the real server triages the Pashto text and routes it to Peshawar's Child Protection Unit, and the
// demo officer of that queue reads it in the staff console, marked as written in Pashto. The console itself is
// offered in the registry's staff languages only; the Pashto pages say so and link to it.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { DEFAULT_LANG, language, STAFF_LANGS } from '../../domain/languages.ts';
import { fillSignIn } from '../fixtures/console-session.ts';
import { fillStepped, receiptOf, STRINGS } from '../fixtures/report-flow.ts';
import { createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

const PS = 'ps';
const load = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
const at = (tree: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string;
const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

const signIn = (page: Page, lang: string, username: string, password: string, totp: string) =>
  fillSignIn(page, lang, { username, password }, totp);

test('a report written in Pashto in Peshawar reaches the Peshawar officer, marked as Pashto, triaged from its Pashto words', async ({
  page,
}) => {
  test.setTimeout(60_000);
  expect(STAFF_LANGS).not.toContain(PS);
  const t = STRINGS[PS];
  // "The neighbours' girl is locked in a room and chained; she cries all night." Pashto letters (ځ ږ ړ ښ), no danger
  // ticked on the form: the priority comes from reading the Pashto words (concepts.yaml: confinement).
  const description = `د ګاونډيانو نجلۍ يې په کوټه کې بنده کړې او په ځنځير يې تړلې ده، ټوله شپه ژاړي ${stamp()}`;

  await page.goto(`/${PS}/report/`);
  await expect(page.locator('html')).toHaveAttribute('lang', PS);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The page says the staff console is in other languages, and links to it in the default one.
  const footer = page.locator('.app-footer__meta');
  await expect(footer.locator(`a[href="/${DEFAULT_LANG}/staff/"]`)).toBeVisible();
  await expect(footer).toContainText(STAFF_LANGS.map((l) => language(l).nativeName).join(language(PS).comma));

  await fillStepped(page, PS, {
    reporter: 'neighbour_or_community',
    category: 'neglect',
    danger: false,
    ageBand: '5-9',
    province: 'khyber-pakhtunkhwa',
    district: 'peshawar',
    description,
  });
  await expect(page.locator('.app-review')).toContainText(description);
  await page.getByRole('button', { name: t.form.submit }).click();
  await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
  await receiptOf(page);
  const reference = (await page.getByTestId('reference').textContent())!.trim();

  // The demo officer of Peshawar's unit, in the console's default language.
  const officer = createEnrolledAccount('officer', 'cpu-peshawar');
  await page.goto(`/${DEFAULT_LANG}/staff/`);
  await signIn(page, DEFAULT_LANG, officer.username, officer.password, signInCode(officer)!);
  const row = page.locator(`tr[data-reference="${reference}"]`);
  await expect(row).toBeVisible();
  // Pashto words read by triage: a child locked up and chained is an emergency whatever the form's category.
  await expect(row).toHaveAttribute('data-priority', 'P1');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeFocused();

  const text = page.getByTestId('report-description');
  await expect(text).toHaveText(description);
  await expect(text).toHaveAttribute('lang', PS);
  const written = page.getByTestId('report-language');
  await expect(written).toContainText(language(PS).nativeName);
  await expect(written).toContainText(language(PS).englishName);
  await expect(written.locator(`bdi[lang="${PS}"]`)).toHaveAttribute('dir', 'rtl');
  // The reason staff read is in the console's language (every reason is stored in every registry language).
  const reason = at(load(DEFAULT_LANG, 'api'), 'triage.concept.severe').replace('{{harm}}', 'a child locked up or tied');
  await expect(page.getByText(reason)).toBeVisible();
});
