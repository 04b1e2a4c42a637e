// hCaptcha in the browser. The real widget cannot be reached from here, so its script URL is answered with
// a small stand-in following the documented JS API (render(container, { sitekey, callback }), reset(),
// the onload callback named in the URL); the server checks tokens against our loopback siteverify fixture,
// which knows hCaptcha's documented test keys. Serial: one test switches the fixture into an outage.
import { createClient } from '@libsql/client';
import { expect, type Page, test } from '@playwright/test';
import { adult, fillStepped, type Lang, receiptOf, STRINGS } from '../fixtures/report-flow.ts';
import { TEST_TOKEN } from '../fixtures/siteverify-server.ts';

test.describe.configure({ mode: 'serial' });

const siteverify = `http://127.0.0.1:${process.env.E2E_SITEVERIFY_PORT}`;
const FAKE_WIDGET = `(() => {
  window.hcaptcha = {
    render(el, params) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'I am human';
      b.onclick = () => params.callback(window.__hcaptchaToken);
      el.appendChild(b);
      return 'widget-1';
    },
    reset() {},
  };
  const m = /[?&]onload=([A-Za-z0-9_]+)/.exec(document.currentScript.src);
  if (m) window[m[1]]();
})();`;

async function withWidget(page: Page, token: string) {
  await page.route('https://js.hcaptcha.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_WIDGET }));
  await page.addInitScript((t) => ((window as unknown as { __hcaptchaToken: string }).__hcaptchaToken = t), token);
}

async function verifiedOf(reference: string): Promise<boolean> {
  const db = createClient({ url: process.env.E2E_DATABASE_URL! });
  try {
    const rs = await db.execute({ sql: 'SELECT verified FROM reports WHERE reference = ?', args: [reference] });
    return Number(rs.rows[0]!.verified) === 1;
  } finally {
    db.close();
  }
}

const setMode = (mode: 'ok' | 'down' | 'hang') => fetch(`${siteverify}/__mode`, { method: 'POST', body: mode });

for (const lang of ['en', 'ur'] as Lang[]) {
  const t = STRINGS[lang];
  const api = async () =>
    (await import(`../../locales/${lang}/api.json`, { with: { type: 'json' } })).default as { error: Record<string, string> };

  test(`${lang}: an invalid token shows the error and keeps the text; the retry with a passing token is verified`, async ({ page }) => {
    await withWidget(page, 'not-the-test-token');
    const description = lang === 'ur' ? `یہ لکھا ہوا باقی رہنا چاہیے ${Date.now()}` : `This text must survive ${Date.now()}`;
    await page.goto(`/${lang}/report/`);
    await fillStepped(page, lang, adult(description));
    await page.getByRole('button', { name: 'I am human' }).click();
    await page.getByRole('button', { name: t.form.submit }).click();
    await expect(page.getByRole('alert')).toContainText((await api()).error.captchaFailed!);
    await expect(page.locator('.app-review')).toContainText(description);

    await page.evaluate((tok) => ((window as unknown as { __hcaptchaToken: string }).__hcaptchaToken = tok), TEST_TOKEN);
    await page.getByRole('button', { name: 'I am human' }).click();
    await page.getByRole('button', { name: t.form.submit }).click();
    await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
    await receiptOf(page);
    expect(await verifiedOf((await page.getByTestId('reference').textContent())!.trim())).toBe(true);
  });

  test(`${lang}: a siteverify outage still queues the report, unverified`, async ({ page }) => {
    await withWidget(page, TEST_TOKEN);
    await setMode('down');
    try {
      await page.goto(`/${lang}/report/`);
      await fillStepped(page, lang, adult(`Outage ${Date.now()} the child is locked in a room`));
      await page.getByRole('button', { name: 'I am human' }).click();
      await page.getByRole('button', { name: t.form.submit }).click();
      await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
      expect(await verifiedOf((await page.getByTestId('reference').textContent())!.trim())).toBe(false);
    } finally {
      await setMode('ok');
    }
  });

  test(`${lang}: when the widget cannot load the report is still sent`, async ({ page }) => {
    await page.route('https://js.hcaptcha.com/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`/${lang}/report/`);
    await fillStepped(page, lang, adult(`No widget ${Date.now()} the child is left alone for days`));
    await expect(page.getByText(t.captcha.unavailable)).toBeVisible();
    await page.getByRole('button', { name: t.form.submit }).click();
    await expect(page.getByRole('heading', { name: t.result.title })).toBeVisible();
    expect(await verifiedOf((await page.getByTestId('reference').textContent())!.trim())).toBe(false);
  });
}
