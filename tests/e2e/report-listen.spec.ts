// Listen on the report form for a child, on a Chromium with no speech voice (Debian's has none; any it might
// have are hidden): each question plays its recorded clip (site/public/audio/), fetched only when pressed, and
// every Listen button of the child's path has its clip on the server.
import { expect, type Page, test } from '@playwright/test';
import { CHILD_CATEGORY_CHOICES } from '../../domain/child-categories.ts';
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import psCommon from '../../locales/ps/common.json' with { type: 'json' };
import urCommon from '../../locales/ur/common.json' with { type: 'json' };
import { type Lang, STRINGS, waitForSteps } from '../fixtures/report-flow.ts';

const COMMON = { en: enCommon, ur: urCommon, ps: psCommon };

/** No device voice, whatever this machine has: Listen must not depend on one. */
async function noVoices(page: Page) {
  await page.addInitScript(() => {
    const synth = window.speechSynthesis;
    if (synth) Object.defineProperty(synth, 'getVoices', { value: () => [], configurable: true });
  });
}

/** Every clip the buttons on screen would play answers 200 with Ogg audio. */
async function clipsOnServer(page: Page) {
  const srcs = await page.locator('audio').evaluateAll((els) => els.map((e) => (e as HTMLAudioElement).getAttribute('src')!));
  expect(srcs.length).toBeGreaterThan(0);
  for (const src of srcs) {
    const res = await page.request.get(src);
    expect(res.status(), src).toBe(200);
    expect(res.headers()['content-type']).toBe('audio/ogg');
  }
}

/** Presses the first Listen button in `scope` and waits until its clip has really played some of its sound. */
async function plays(page: Page, lang: Lang, scope = page.locator('form')) {
  const button = scope.locator('.app-listen__button').first();
  await expect(button).toHaveText(COMMON[lang].listen.play);
  const audio = scope.locator('audio').first();
  expect(await audio.getAttribute('preload')).toBe('none');
  await button.click();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.2);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.played.length)).toBeGreaterThan(0);
  await expect(button).toHaveText(COMMON[lang].listen.stop);
}

for (const lang of ['en', 'ur', 'ps'] as Lang[]) {
  const t = STRINGS[lang];
  const next = (page: Page) => page.getByRole('button', { name: t.form.next, exact: true }).click();

  test(`${lang}: with no voice on the device, Listen plays the child's questions from recordings`, async ({ page }) => {
    await noVoices(page);
    const clips: string[] = [];
    page.on('request', (r) => r.url().includes('/audio/') && clips.push(r.url()));
    await page.goto(`/${lang}/report/`);
    await waitForSteps(page);
    expect(await page.evaluate(() => window.speechSynthesis?.getVoices().length ?? 0)).toBe(0);
    // Nothing is fetched before Listen is pressed: the page's byte budget carries no sound.
    await page.waitForTimeout(300);
    expect(clips).toEqual([]);

    // The first question, before anyone says who they are.
    await clipsOnServer(page);
    await plays(page, lang);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toContain(`/audio/${lang}/`);

    await page.locator('input[name="reporter"][value="self"]').check();
    await next(page);
    // The child's plain choices, each with its picture (decorative: the words beside it say the same).
    await expect(page.locator('input[name="category"]')).toHaveCount(CHILD_CATEGORY_CHOICES.length);
    await expect(page.locator('.app-choice svg[aria-hidden="true"]')).toHaveCount(CHILD_CATEGORY_CHOICES.length);
    await clipsOnServer(page);
    await plays(page, lang);
    await page.locator('input[name="category"][value="child_marriage"]').check();
    await next(page);

    // Seven risk questions, one recording each; one plays.
    await expect(page.locator('audio')).toHaveCount(7);
    await clipsOnServer(page);
    await plays(page, lang, page.getByRole('group', { name: t.risk.withoutCare_child }));
    await next(page);
    await clipsOnServer(page);
    await page.locator('input[name="immediateDanger"][value="false"]').check();
    await next(page);
    await clipsOnServer(page);
    await page.locator('input[name="child.ageBand"][value="14-17"]').check();
    await next(page);
    await clipsOnServer(page);
    await page.getByLabel(t.form.provinceLabel).selectOption('punjab');
    await page.getByLabel(t.form.districtLabel).selectOption('lahore');
    await next(page);
    await clipsOnServer(page);
    await plays(page, lang);
    await page.locator('textarea[name="description"]').fill(lang === 'en' ? 'They want me to marry next month' : 'اگلے مہینے میری شادی');
    await next(page);
    await clipsOnServer(page);
    // To the end in one form of address (Pashto: ته, not تاسو, on the buttons too).
    await page.getByRole('button', { name: t.form.reviewSubmit_child, exact: true }).click();
    await expect(page.getByRole('heading', { name: t.steps.review_child })).toBeVisible();
    await expect(page.locator('.app-review')).toContainText(t.childCategory.marriage);
    await expect(page.getByRole('button', { name: t.form.submit_child, exact: true })).toBeVisible();
    await expect(page.locator('.app-review button').first()).toContainText(t.review.change_child);
  });
}
