// Server-rendered pages for reporters without JavaScript, in the form's language: the result of a report,
// the report form again (pre-filled, with per-field errors: form-page.ts) when something needs fixing, and the status
// page opened with the receipt. Everything a user typed is escaped; nothing identifying goes in a URL.

import { helplines } from '../../directory/helplines.ts';
import { formatDateTime } from '../../domain/format.ts';
import { emergencyLines, renderServiceStatement, type ServiceStatement } from '../../domain/service-statement.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';
import { formatReceipt } from '../crypto/receipt.ts';
import type { createReport } from './create.ts';
import type { reporterView } from './follow-up.ts';
import { emergencyPanel, escapeHtml, page } from './html-page.ts';

export { type FormValues, renderReportForm } from './form-page.ts';
export { escapeHtml, HTML_PAGE_CSP } from './html-page.ts';

const e = escapeHtml;

export function renderCreated(locale: Locale, result: Awaited<ReturnType<typeof createReport>>, statement: ServiceStatement): string {
  const t = getT(locale, 'report');
  const common = getT(locale, 'common');
  const tc = (key: string, values?: Record<string, string>) => common(key, values ?? {});
  const service = renderServiceStatement(statement, locale, tc, emergencyLines(helplines, locale, 'adult', tc));
  const emergency = result.emergency ? emergencyPanel(locale, result.emergency.numbers, t('emergency.title')) : '';
  return page(
    locale,
    t('result.title'),
    `${emergency}<h1>${e(t('result.title'))}</h1>
<p>${e(t('result.queue', { queue: result.queue.name[locale] }))}</p>
${service}
<h2>${e(t('result.referenceLabel'))}</h2><p class="app-code" dir="ltr" data-testid="reference">${e(result.reference)}</p>
<h2>${e(t('result.receiptLabel'))}</h2><p class="app-code" dir="ltr" data-testid="receipt">${e(formatReceipt(result.receipt))}</p>
<p><strong>${e(t('result.receiptWarning'))}</strong></p>
<p>${e(t('result.noJsFinish'))}</p>
<p><a href="/${locale}/report/status/">${e(t('result.statusLink'))}</a></p>`,
  );
}

type View = Awaited<ReturnType<typeof reporterView>>;

/** The receipt form of the status page (JavaScript off): the receipt goes in the POST body only. */
export function renderStatusForm(locale: Locale, message = '', receipt = ''): string {
  const t = getT(locale, 'report');
  return page(
    locale,
    t('status.title'),
    `<h1>${e(t('status.title'))}</h1>${message ? `<div class="app-error-summary" role="alert"><p>${e(message)}</p></div>` : ''}
<p>${e(t('status.intro'))}</p>${statusLookupForm(locale, receipt)}`,
  );
}

function statusLookupForm(locale: Locale, receipt: string): string {
  const t = getT(locale, 'report');
  return `<form method="post" action="/api/reports/lookup"><input type="hidden" name="locale" value="${locale}">
<div class="app-form__field"><label for="receipt">${e(t('status.receiptLabel'))}</label><p class="app-form__hint" id="receipt-hint">${e(t('status.receiptHint'))}</p>
<input id="receipt" name="receipt" inputmode="numeric" autocomplete="off" dir="ltr" maxlength="64" value="${e(receipt)}" aria-describedby="receipt-hint"></div>
<button type="submit">${e(t('status.open'))}</button></form>`;
}

export function renderStatus(
  locale: Locale,
  view: View,
  receipt: string,
  notice = '',
  fields: Record<string, string> = {},
  draft = '',
): string {
  const t = getT(locale, 'report');
  const date = (iso: string) => formatDateTime(iso, locale);
  return page(
    locale,
    t('status.title'),
    `<h1>${e(t('status.title'))}</h1>${notice ? `<p role="status"><strong>${e(notice)}</strong></p>` : ''}
<h2>${e(t('status.referenceLabel'))}</h2><p class="app-code" dir="ltr">${e(view.reference)}</p>
<h2>${e(t('status.current'))}</h2><p data-testid="status">${e(t(`status.state.${view.status}`))}</p>
<h3>${e(t('status.history'))}</h3><ol>${view.statusHistory.map((s) => `<li>${e(t(`status.stateName.${s.status}`))} – <time datetime="${e(s.at)}">${e(date(s.at))}</time></li>`).join('')}</ol>
<h2>${e(t('status.messagesTitle'))}</h2>${
      view.messages.length
        ? `<ul class="app-thread">${view.messages
            .map(
              (m) =>
                `<li><strong>${e(m.from === 'staff' ? t('status.fromStaff') : t('status.fromYou'))}</strong> <time datetime="${e(m.at)}">${e(date(m.at))}</time><p dir="auto">${e(m.body)}</p></li>`,
            )
            .join('')}</ul>`
        : `<p>${e(t('status.noMessages'))}</p>`
    }
<h2>${e(t('status.addTitle'))}</h2>
<form method="post" action="/api/reports/messages"><input type="hidden" name="locale" value="${locale}"><input type="hidden" name="receipt" value="${e(receipt)}">
<div class="app-form__field"><label for="body">${e(t('status.addLabel'))}</label>${fields.body ? `<p class="app-form__error" id="body-error">${e(fields.body)}</p>` : ''}
<textarea id="body" name="body" maxlength="2000" dir="auto"${fields.body ? ' aria-describedby="body-error"' : ''}>${e(draft)}</textarea></div>
<button type="submit">${e(t('status.addSubmit'))}</button></form>
<p><a href="/${locale}/report/status/">${e(t('status.forget'))}</a></p>`,
  );
}
