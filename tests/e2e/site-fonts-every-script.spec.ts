// Every page readable where it is shown (issue #27): on a machine without any local Urdu or Pashto face, the
// no-JavaScript result and error pages and the staff console draw a reporter's Urdu and Pashto words with the site's
// web faces — the Urdu result page, and an Urdu and a Pashto report opened in the English console — and a face is
// fetched only once its letters are on screen (the English console's language switch says اردو: Nastaliq only).
import { readFileSync } from 'node:fs';
import { type BrowserType, expect, type Page, test } from '@playwright/test';
import { adult, fillPlain, STRINGS } from '../fixtures/report-flow.ts';
import { createStaffAccount, enrolTotpViaApi } from '../fixtures/staff-account.ts';
import { type PlatformFont, renderedFonts, withoutLocalArabicScript } from './site-fonts.ts';

const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };
const staff = JSON.parse(readFileSync('locales/en/staff.json', 'utf8'));
test.describe.configure({ timeout: 60_000 });

async function withoutArabicFonts(browserType: BrowserType, run: (page: Page) => Promise<void>, javaScriptEnabled = true) {
  const launch = test.info().project.use.launchOptions ?? {};
  const browser = await browserType.launch({ ...launch, env: { ...process.env, FONTCONFIG_FILE: withoutLocalArabicScript() } });
  try {
    await run(await browser.newPage({ baseURL: test.info().project.use.baseURL, javaScriptEnabled }));
  } finally {
    await browser.close();
  }
}

/** The face drawing most of an element's glyphs, checked to be the web face, with no local face drawing any letter
 *  of the script (a box, .notdef, would come from a local face without the glyph). */
function drawnBy(faces: PlatformFont[], family: string) {
  const [main, ...rest] = [...faces].sort((a, b) => b.glyphCount - a.glyphCount);
  expect(main, JSON.stringify(faces)).toMatchObject({ familyName: family, isCustomFont: true });
  expect(rest.filter((f) => !f.isCustomFont && /Arabic|Naskh|Nastaliq|DejaVu Sans$/.test(f.familyName))).toEqual([]);
}

const loaded = (page: Page, family: string) =>
  page.evaluate(async (f) => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replace(/['"]/g, '') === f).map((face) => face.status);
  }, family);

test('the Urdu no-JavaScript result page draws its text with the Nastaliq web face', async ({ playwright }) => {
  await withoutArabicFonts(
    playwright.chromium,
    async (page) => {
      const t = STRINGS.ur;
      await page.goto('/ur/report/');
      await fillPlain(page, 'ur', adult('استاد نے بچے کو ڈنڈے سے مارا، ہاتھ پر نشان ہیں'));
      await page.getByRole('button', { name: t.form.submit }).click();
      const heading = page.getByRole('heading', { name: t.result.title });
      await expect(heading).toBeVisible();
      expect(await loaded(page, 'Noto Nastaliq Urdu')).toContain('loaded');
      drawnBy(await renderedFonts(page, 'main h1'), 'Noto Nastaliq Urdu');
    },
    false,
  );
});

test("the English console draws an Urdu report's words in Nastaliq and a Pashto one's in Naskh, fetching each only when needed", async ({
  playwright,
}) => {
  await withoutArabicFonts(playwright.chromium, async (page) => {
    const fonts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname));
    const reports: Record<string, string> = {};
    for (const [locale, description] of [
      ['ur', 'پڑوس میں بچہ رات بھر روتا ہے، اسے کوئی کھانا نہیں دیتا'],
      ['ps', 'د ګاونډ ماشوم ټوله شپه ژاړي، څوک ورته ډوډۍ نه ورکوي'],
    ] as const) {
      const res = await page.request.post('/api/reports', {
        data: {
          locale,
          reporter: 'neighbour_or_community',
          category: 'neglect',
          immediateDanger: false,
          child: { ageBand: '10-13', gender: 'boy' },
          location: { province: 'khyber-pakhtunkhwa', district: 'chitral-lower' },
          description,
        },
      });
      expect(res.status()).toBe(201);
      reports[locale] = ((await res.json()) as { reference: string }).reference;
    }
    const account = createStaffAccount('officer', 'cpu-chitral-lower');
    expect((await page.request.post('/api/staff/session', { data: account, headers: SAME_ORIGIN })).status()).toBe(204);
    await enrolTotpViaApi(page.request);

    await page.goto('/en/staff/');
    await expect(page.locator(`tr[data-reference="${reports.ur}"]`)).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(
      fonts.filter((f) => /naskh/.test(f)),
      'no Pashto letters on screen yet: no Naskh file',
    ).toEqual([]);

    for (const [locale, family] of [
      ['ur', 'Noto Nastaliq Urdu'],
      ['ps', 'Noto Naskh Arabic'],
    ] as const) {
      await page.locator(`tr[data-reference="${reports[locale]}"]`).getByRole('link', { name: reports[locale] }).click();
      await expect(page.getByRole('heading', { name: staff.report.reasons })).toBeVisible();
      await expect(page.getByTestId('report-description')).toHaveAttribute('lang', locale);
      expect(await loaded(page, family)).toContain('loaded');
      drawnBy(await renderedFonts(page, '[data-testid="report-description"]'), family);
      await page.goto('/en/staff/');
      await expect(page.locator(`tr[data-reference="${reports.ur}"]`)).toBeVisible();
    }
    expect(fonts.some((f) => /noto-nastaliq-urdu-subset/.test(f))).toBe(true);
    expect(fonts.some((f) => /noto-naskh-arabic-subset/.test(f))).toBe(true);
  });
});
