// Listen (Web Speech API) on guidance pages and on each question of the report form: shown only where the device has an on-device voice for the page's
// language, reads the title and text in that voice, stops when pressed again. The device's voices are stubbed in
// the page (Chromium in CI has none): a fake speechSynthesis records what would be spoken; nothing leaves the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../domain/languages.ts';
import { REPORT_FIELDS, REPORT_STEPS, type ReportField, type ReportStep } from '../../domain/report-form.ts';
import { STRINGS, waitForSteps } from '../fixtures/report-flow.ts';

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

async function stubVoices(page: Page, voices: FakeVoice[] | null) {
  await page.addInitScript((list) => {
    const w = window as unknown as Record<string, unknown>;
    if (list === null) {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    const spoken: { text: string; lang: string; voice: string }[] = [];
    w.__spoken = spoken;
    w.__cancelled = 0;
    class Utterance {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    let loaded = false;
    const listeners: (() => void)[] = [];
    const fake = {
      // Like Chrome: the list is empty at first and filled with a voiceschanged event.
      getVoices: () => (loaded ? list : []),
      addEventListener: (type: string, fn: () => void) => type === 'voiceschanged' && listeners.push(fn),
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' }),
      cancel: () => (w.__cancelled as number)++,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    setTimeout(() => {
      loaded = true;
      for (const fn of listeners) fn();
    }, 50);
  }, voices);
}

const voice = (lang: string, localService = true, name = `Voice ${lang}`): FakeVoice => ({
  name,
  lang,
  localService,
  default: false,
  voiceURI: name,
});

test('ur: with an Urdu voice on the device, Listen reads the page in it and stops when pressed again', async ({ page }) => {
  await stubVoices(page, [voice('en-US'), voice('ur-IN', true, 'Urdu India'), voice('ur-PK', true, 'Urdu Pakistan')]);
  await page.goto('/ur/recognising-abuse/');
  await expect(page.getByRole('button', { name: 'سنیں' })).toBeVisible();
  const button = page.locator('.app-listen__button');
  await button.click();
  await expect(button).toHaveText('روکیں');
  await expect(button).toHaveAccessibleDescription(/آواز/);
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: string }[] }).__spoken);
  expect(spoken.length).toBeGreaterThan(3);
  expect(spoken[0]!.text).toBe((await page.locator('main h1').textContent())!.trim());
  expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Urdu Pakistan']));
  expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['ur-PK']));
  // Every utterance short enough for Chrome to finish, and the page's own controls are not read.
  expect(Math.max(...spoken.map((s) => s.text.length))).toBeLessThanOrEqual(220);
  expect(spoken.map((s) => s.text).join(' ')).not.toContain('آپ کے فون کی اپنی آواز');
  await button.click();
  await expect(button).toHaveText('سنیں');
  expect(await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)).toBeGreaterThanOrEqual(2);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('en: reads in an English voice on an English page', async ({ page }) => {
  await stubVoices(page, [voice('ur-PK'), voice('en-GB', true, 'English')]);
  await page.goto('/en/helplines/');
  await page.getByRole('button', { name: 'Listen' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: { voice: string }[] }).__spoken);
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((s) => s.voice === 'English')).toBe(true);
});

for (const [what, voices] of [
  ['no Urdu voice', [voice('en-US'), voice('hi-IN')]],
  ['only a network Urdu voice (it would send the text away)', [voice('ur-PK', false)]],
  ['no speech synthesis at all', null],
] as const) {
  test(`ur: with ${what}, there is no Listen button and nothing breaks`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await stubVoices(page, voices as FakeVoice[] | null);
    await page.goto('/ur/recognising-abuse/');
    await page.waitForTimeout(1800); // past the wait for voiceschanged
    await expect(page.locator('[data-listen]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'سنیں' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('without JavaScript there is no Listen button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/recognising-abuse/');
  await expect(page.locator('[data-listen]')).toBeHidden();
  await context.close();
});

// The report form: a Listen button beside every question (domain/report-form.ts lists them), reading the question
// first and then its choices, in the page's language; none where the device has no voice for it.
const keyOf = (strings: object, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings) as string;
const spokenSince = (page: Page, from: number) =>
  page.evaluate((n) => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken.slice(n), from);
const spokenCount = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length);

for (const lang of LANGS) {
  test(`${lang}: on the report form every question has a Listen button that reads that question`, async ({ page }) => {
    test.setTimeout(90_000);
    const t = STRINGS[lang];
    await stubVoices(page, [voice(lang === 'en' ? 'en-GB' : `${lang}-PK`, true, `Voice of ${lang}`)]);
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    const answer: Partial<Record<ReportStep, () => Promise<void>>> = {
      who: () => page.locator('input[name="reporter"][value="teacher"]').check(),
      what: () => page.locator('input[name="category"][value="neglect"]').check(),
      danger: () => page.locator('input[name="immediateDanger"][value="false"]').check(),
      child: () => page.locator('input[name="child.ageBand"][value="5-9"]').check(),
      where: async () => {
        await page.getByLabel(t.form.provinceLabel).selectOption('punjab');
        await page.getByLabel(t.form.districtLabel).selectOption('lahore');
      },
      text: () => page.locator('textarea[name="description"]').fill('A long enough description'),
    };
    for (const step of REPORT_STEPS.filter((s) => s !== 'review')) {
      await expect(page.getByRole('heading', { name: keyOf(t, `steps.${step}`), exact: true })).toBeVisible();
      const questions = (REPORT_FIELDS as readonly ReportField[])
        .filter((f) => f.step === step)
        .flatMap((f) => (f.kind === 'risks' ? (f.questions ?? []).map((q) => `risk.${q}`) : [f.label]))
        .map((key) => keyOf(t, key));
      const buttons = page.locator('.app-listen__button');
      await expect(buttons).toHaveCount(questions.length);
      for (const [i, question] of questions.entries()) {
        const before = await spokenCount(page);
        await buttons.nth(i).click();
        const spoken = await spokenSince(page, before);
        expect(spoken[0]?.text, `${step}: question ${i + 1}`).toBe(question.replace(/\s+/g, ' ').trim());
        expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set([lang === 'en' ? 'en-GB' : `${lang}-PK`]));
      }
      if (step === 'who') {
        // The choices follow the question.
        const spoken = (await spokenSince(page, 0)).map((s) => s.text);
        for (const r of Object.values(t.reporter)) expect(spoken).toContain(r);
      }
      if (step === 'risks') {
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .exclude('.app-header__lang')
          .analyze();
        expect(violations.map((v) => v.id)).toEqual([]);
      }
      await answer[step]?.();
      const next = step === 'contact' ? t.form.reviewSubmit : t.form.next;
      await page.getByRole('button', { name: next, exact: true }).click();
    }
    await expect(page.getByRole('heading', { name: t.steps.review })).toBeVisible();
    await expect(page.locator('.app-listen__button')).toHaveCount(0);
  });
}

test('ur: on the report form without an Urdu voice only recorded wording has a Listen button, and nothing breaks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await stubVoices(page, [voice('en-US')]);
  await page.goto('/ur/report/');
  await waitForSteps(page);
  await page.waitForTimeout(1800); // past the wait for voiceschanged
  // The first question is recorded (a child may not read it): its button plays the clip, never the English voice.
  await expect(page.locator('.app-listen__button')).toHaveCount(1);
  await expect(page.locator('audio[src^="/audio/ur/"]')).toHaveCount(1);
  // An adult's questions after it have no recording: no button where no voice can read them.
  await page.locator('input[name="reporter"][value="teacher"]').check();
  await page.getByRole('button', { name: STRINGS.ur.form.next, exact: true }).click();
  await expect(page.getByRole('heading', { name: STRINGS.ur.steps.what })).toBeVisible();
  await expect(page.locator('.app-listen__button')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(0);
  expect(errors).toEqual([]);
});
