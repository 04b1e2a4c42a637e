// The staff view at a glance (issue #27), at 1280×800 in English and Urdu: alerts stack into one line with a count and
// tell their reasons in words, never codes; the queue table fits its box with Due, Status and Assigned on screen;
// times carry no AM/PM (which a right-to-left line puts before the time).
import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { createEnrolledAccount, signInCode } from '../fixtures/staff-account.ts';

const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/staff.json`, 'utf8'));
const api = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/api.json`, 'utf8'));

async function p1Report(request: APIRequestContext, province: string, district: string, n: number) {
  const res = await request.post('/api/reports', {
    data: {
      locale: 'en',
      reporter: 'neighbour_or_community',
      category: 'physical_abuse',
      immediateDanger: true,
      child: { ageBand: '5-9', gender: 'girl' },
      location: { province, district },
      description: `Report ${n}: the neighbours have locked the small girl in a store room since yesterday.`,
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

// Queues no other spec reports into: the e2e server is shared, and another spec's alerts would change the count.
for (const { lang, queue, province, district } of [
  { lang: 'en', queue: 'cpu-rahim-yar-khan', province: 'punjab', district: 'rahim-yar-khan' },
  { lang: 'ur', queue: 'cpu-gilgit', province: 'gilgit-baltistan', district: 'gilgit' },
]) {
  test(`${lang}: four alerts stack into one line with a count, in words; the queue fits 1280 px`, async ({ page, request }) => {
    test.setTimeout(60_000);
    const S = strings(lang);
    const A = api(lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    const officer = createEnrolledAccount('officer', queue);
    await page.goto(`/${lang}/staff/`);
    await page.getByLabel(S.login.username).fill(officer.username);
    await page.getByLabel(S.login.password, { exact: true }).fill(officer.password);
    await page.getByLabel(S.login.totp).fill(signInCode(officer)!);
    await page.getByRole('button', { name: S.login.submit }).click();
    await expect(page.getByRole('button', { name: S.console.signOut })).toBeVisible();
    await page.waitForTimeout(500); // let the event stream connect

    const refs: string[] = [];
    const banner = page.getByRole('alert');
    const heading = page.locator('#queue-heading');
    refs.push(await p1Report(request, province, district, 1));
    await expect(banner).toContainText(refs[0]!, { timeout: 10_000 });
    await expect(page.locator(`tr[data-reference="${refs[0]}"]`)).toBeVisible({ timeout: 10_000 });
    const queueTopOne = (await heading.boundingBox())!.y;
    for (let n = 2; n <= 4; n++) refs.push(await p1Report(request, province, district, n));
    await expect(banner).toContainText(refs[3]!, { timeout: 10_000 });
    await expect(page.locator(`tr[data-reference="${refs[3]}"]`)).toBeVisible({ timeout: 10_000 });
    await expect(banner.locator('.app-alert__item')).toHaveCount(0);
    await expect(banner).not.toContainText(queue); // the queue's name, not its id
    const expand = banner.getByRole('button', { name: S.alerts.banner.expand.replace('{{count}}', '4') });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    // Stacked: the title with its count and the newest alert take two short lines.
    const box = (await banner.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(140);
    // Four alerts take no more room than one: the queue stays where it was.
    expect(Math.abs((await heading.boundingBox())!.y - queueTopOne)).toBeLessThanOrEqual(2);

    await expand.click();
    await expect(banner.locator('.app-alert__item')).toHaveCount(4);
    const text = await banner.innerText();
    expect(text).toContain(A.triage.immediateDanger);
    expect(text).not.toMatch(/concept:|immediate-danger|category:|model:|\+[a-z]+/);
    await banner.getByRole('button', { name: S.alerts.banner.collapse }).click();
    await expect(banner.locator('.app-alert__item')).toHaveCount(0);

    // The table fits its box; Due, Status and Assigned are on screen.
    const fit = await page.locator('.app-staff__queue-box').evaluate((box) => ({
      scroll: box.scrollWidth,
      client: box.clientWidth,
      table: box.querySelector('table')!.getBoundingClientRect().width,
    }));
    console.log(`${lang}: queue table ${Math.round(fit.table)} px wide in a ${fit.client} px box`);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    for (const col of [S.queue.due, S.queue.status, S.queue.assignedTo]) {
      const th = (await page.getByRole('columnheader', { name: col, exact: true }).boundingBox())!;
      expect(th.x, col).toBeGreaterThanOrEqual(0);
      expect(th.x + th.width, col).toBeLessThanOrEqual(1280);
    }
    // Times on a 24-hour clock, in every row.
    const dues = await page.locator('.app-staff__due').allInnerTexts();
    expect(dues.length).toBeGreaterThanOrEqual(4);
    for (const d of dues) expect(d).not.toMatch(/AM|PM|am|pm/);
  });
}
