// Server-rendered result pages for the JavaScript-off report form, in the form's language.
import type { Locale } from '../../locales/index.ts';
import { dirOf } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';
import { formatReceipt } from '../crypto/receipt.ts';
import type { createReport } from './create.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function page(locale: Locale, title: string, body: string): string {
  const t = getT(locale, 'common');
  return `<!doctype html>
<html lang="${locale}" dir="${dirOf(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(t('site.name'))}</title><link rel="stylesheet" href="/styles/result.css"></head>
<body><a class="app-exit" href="https://www.google.com/">${escapeHtml(t('exit.label'))}</a>
<main id="main">${body}</main></body></html>`;
}

export function renderCreated(locale: Locale, result: Awaited<ReturnType<typeof createReport>>): string {
  const t = getT(locale, 'report');
  const emergency = result.emergency
    ? `<section class="app-emergency" aria-labelledby="emergency-title"><h2 id="emergency-title">${escapeHtml(t('emergency.title'))}</h2><ul>${result.emergency.numbers
        .map((n) => `<li><a href="tel:${escapeHtml(n.number)}" dir="ltr">${escapeHtml(n.number)}</a> ${escapeHtml(n.name[locale])}</li>`)
        .join('')}</ul></section>`
    : '';
  return page(
    locale,
    t('result.title'),
    `${emergency}<h1>${escapeHtml(t('result.title'))}</h1>
<p>${escapeHtml(t('result.queue', { queue: result.queue.name[locale] }))}</p>
<h2>${escapeHtml(t('result.referenceLabel'))}</h2><p class="app-code" dir="ltr">${escapeHtml(result.reference)}</p>
<h2>${escapeHtml(t('result.receiptLabel'))}</h2><p class="app-code" dir="ltr" data-testid="receipt">${escapeHtml(formatReceipt(result.receipt))}</p>
<p><strong>${escapeHtml(t('result.receiptWarning'))}</strong></p>
<p><a href="/${locale}/report/status/">${escapeHtml(t('result.statusLink'))}</a></p>`,
  );
}

export function renderError(locale: Locale, message: string, fields: Record<string, string> | undefined): string {
  const t = getT(locale, 'report');
  const list = fields ? `<ul>${Object.entries(fields).map(([f, m]) => `<li>${escapeHtml(t(`fieldName.${f}`, { defaultValue: f }))}: ${escapeHtml(m)}</li>`).join('')}</ul>` : '';
  return page(locale, t('error.title'), `<h1>${escapeHtml(t('error.title'))}</h1><p>${escapeHtml(message)}</p>${list}<p>${escapeHtml(t('error.goBack'))}</p>`);
}
