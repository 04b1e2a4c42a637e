// What a reporter without JavaScript sees after posting the form, in every language of the registry: the receipt
// on the site's own page (its quick exit going where the site's does), or the form again with what was typed and
// the field that needs fixing named in their language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';
import { exitDestination } from '../../site/scripts/exit-destination.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (form: Record<string, string>) =>
  t.app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
const form = (lang: string, description: string) => ({
  locale: lang,
  reporter: 'teacher',
  category: 'neglect',
  immediateDanger: 'false',
  'child.ageBand': '10-13',
  'location.province': 'punjab',
  'location.district': 'lahore',
  description,
});
const exitHref = (html: string) => /class="app-exit__button" href="([^"]+)"/.exec(html)?.[1];

describe.each(LANGS)('%s, JavaScript off', (lang) => {
  it('gives the receipt on the site’s page, in the language, with the site’s own quick exit', async () => {
    const res = await post(form(lang, 'The girl next door has not eaten for days'));
    expect(res.status).toBe(201);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(/data-testid="receipt">\d{4} \d{4} \d{4} \d{4}</);
    expect(html).toContain(resources[lang].report.result.title);
    expect(html).toContain(resources[lang].report.result.receiptWarning);
    expect(exitHref(html)).toBe(exitDestination(lang).replace(/&/g, '&amp;'));
    expect(html).not.toContain('google.com');
  });

  it('gives the form back with the typed text kept and the bad field named in the language', async () => {
    const typed = 'بھوکی <ب>';
    const res = await post(form(lang, typed));
    expect(res.status).toBe(400);
    const html = await res.text();
    // Kept as typed and inert: the `<` escaped, so no element starts (Preact leaves a lone `>` as it is, valid HTML).
    expect(html).toContain('بھوکی &lt;ب></textarea>');
    expect(html).not.toContain('<ب');
    const { fieldName } = resources[lang].report;
    const tooShort = resources[lang].api.field.tooShort.replace('{{min}}', '10');
    expect(html).toContain(`<a href="#f-description">${fieldName.description}: ${tooShort}</a>`);
    expect(html).toContain(resources[lang].report.error.title);
    expect(exitHref(html)).toBe(exitDestination(lang).replace(/&/g, '&amp;'));
  });
});
