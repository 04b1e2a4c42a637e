// The built guidance pages show exactly the structured data: every helpline number, body and law name on the
// helplines page comes from content/helplines.json, content/laws.json and content/directory/, in every language of
// the registry.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import helplinesFile from '../../content/helplines.json' with { type: 'json' };
import lawsFile from '../../content/laws.json' with { type: 'json' };
import { loadDirectory } from '../../directory/routing.ts';
import { DEFAULT_LANG, LANGS, type Lang, langDir, language } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';
import { notPashtoLetters } from '../site/pashto-text.ts';

type Names = Record<Lang, string>;
const helplines = helplinesFile.helplines as {
  id: string;
  number: string;
  name: Names;
  where: Names;
  law?: string;
  tollFree: boolean | null;
  checked: string;
  sources: { title: string; url?: string }[];
  areas?: Names;
}[];
const laws = lawsFile.laws as { id: string; name: Names; establishes?: string[] }[];
const known = new Set(helplines.map((h) => h.number));
const excluded = new Set(helplinesFile.excluded.map((x) => x.number));
const slugs = readdirSync(new URL('../../content/en/', import.meta.url)).map((f) => f.replace(/\.md$/, ''));

for (const lang of LANGS) {
  test(`${lang}: the helplines page lists every helpline as in content/helplines.json`, async ({ page }) => {
    await page.goto(`/${lang}/helplines/`);
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toBeVisible();
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(helplines.length);
    for (const [i, h] of helplines.entries()) {
      const row = rows.nth(i);
      await expect(row).toHaveAttribute('data-helpline', h.id);
      const link = row.getByRole('link', { name: h.number, exact: true });
      await expect(link).toHaveAttribute('href', `tel:${h.number}`);
      await expect(link).toHaveAttribute('dir', 'ltr');
      await expect(row.locator('.app-helpline-table__name')).toHaveText(h.name[lang]);
      await expect(row.locator('td').nth(1)).toHaveText(h.where[lang]);
      // Free to call: yes only where the data says so; anything unsourced reads "not confirmed".
      const free = resources[lang].content.helplines;
      await expect(row.locator('[data-toll-free]')).toHaveText(
        h.tollFree === true ? free.yes : h.tollFree === false ? free.no : free.notConfirmed,
      );
      // When and against what it was checked.
      await expect(row.locator('time[data-checked]')).toHaveAttribute('datetime', h.checked);
      await expect(row.locator('.app-helpline-table__source li')).toHaveCount(h.sources.length);
      if (h.areas) await expect(row.locator('[data-areas]')).toHaveText(h.areas[lang]);
      await expect(row).not.toContainText(/nr3c/i);
      const law = laws.find((l) => l.id === h.law);
      if (law) await expect(row.locator(`[data-law="${law.id}"]`)).toContainText(law.name[DEFAULT_LANG]);
      else await expect(row.locator('[data-law]')).toHaveCount(0);
    }
    // Every tel: link on the page, the header strip included, is a listed helpline.
    for (const href of await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(known.has(href.slice(4)), href).toBe(true);
    }
  });

  test(`${lang}: on a 360 px phone each helpline is a card, its number first as a 44 px target, nothing off the side`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${lang}/helplines/`);
    await page.evaluate(() => document.fonts.ready);
    const rows = page.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(helplines.length);
    const card = await rows.first().boundingBox();
    const wrap = await page.locator('.app-helpline-table').boundingBox();
    // A card spans the column instead of a six-column row running off the screen.
    expect(card!.width).toBeGreaterThan(wrap!.width * 0.9);
    for (const [i, h] of helplines.entries()) {
      const row = rows.nth(i);
      const link = row.getByRole('link', { name: h.number, exact: true });
      const box = (await link.boundingBox())!;
      expect(box.height, `${h.number} target height`).toBeGreaterThanOrEqual(44);
      // The number comes before what the line is for, where it works and when.
      const name = (await row.locator('.app-helpline-table__name').boundingBox())!;
      const where = (await row.locator('td').nth(1).boundingBox())!;
      expect(box.y + box.height, `${h.number} above its name`).toBeLessThanOrEqual(name.y + 1);
      expect(name.y).toBeLessThan(where.y);
    }
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    const axe = await new AxeBuilder({ page }).include('.app-helpline-table').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test(`${lang}: the helplines page lists every body, its law and its confirmed units as in content/directory/`, async ({ page }) => {
    const directory = loadDirectory();
    await page.goto(`/${lang}/helplines/`);
    const sections = page.locator('[data-province]');
    await expect(sections).toHaveCount(directory.provinces.length);
    for (const p of directory.provinces) {
      const section = page.locator(`[data-province="${p.id}"]`);
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(p.name[lang].trim());
      const body = directory.queues.find((q) => q.provinceId === p.id && q.kind === 'provincial')!;
      await expect(section.locator(`[data-body="${body.id}"]`)).toHaveText(body.name[lang].trim());
      const law = laws.find((l) => l.establishes?.includes(body.id));
      if (law) await expect(section.locator(`[data-law="${law.id}"]`)).toContainText(law.name[lang].replace(/<[^>]+>/g, ''));
      const units = directory.queues.filter((q) => q.provinceId === p.id && q.kind === 'district');
      await expect(section.locator('[data-units]')).toHaveAttribute('data-units', String(units.length));
      for (const u of units)
        await expect(section.locator('[data-units]')).toContainText(p.districts.find((d) => d.id === u.districtId)!.name[lang].trim());
    }
  });

  test(`${lang}: every guidance page shows only listed numbers, its sources and when it was last reviewed`, async ({ request }) => {
    for (const slug of slugs) {
      const path = slug === 'home' ? `/${lang}/` : `/${lang}/${slug}/`;
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}" dir="${langDir(lang)}"`);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      for (const m of main.matchAll(/href="tel:([^"]+)"/g)) expect(known.has(m[1]!), `${path} links tel:${m[1]}`).toBe(true);
      for (const n of excluded) if (slug !== 'helplines') expect(main.includes(n), `${path} shows excluded number ${n}`).toBe(false);
      const text = main.replace(/<[^>]+>/g, ' ');
      const rules = language(lang).codePoints;
      if (rules === 'urdu') expect(/[\u064A\u0643\u0647]/u.test(text), `${path} has Arabic-only letters`).toBe(false);
      if (rules === 'pashto') expect(notPashtoLetters(text, path), `${path} has letters that are not Pashto`).toEqual([]);
      if (slug !== 'home') expect(main, path).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>/);
    }
  });
}

for (const lang of LANGS) {
  test(`${lang}: the navigation by audience reaches every guidance page`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const nav = page.locator('#app-guidance');
    for (const slug of slugs.filter((s) => s !== 'home')) await expect(nav.locator(`a[href="/${lang}/${slug}/"]`), slug).toHaveCount(1);
  });
}
