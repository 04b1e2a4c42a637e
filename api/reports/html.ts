// Server-rendered pages for reporters without JavaScript, in the form's language: the result of a report,
// the report form again (pre-filled, with per-field errors) when something needs fixing, and the status
// page opened with the receipt. Everything a user typed is escaped; nothing identifying goes in a URL.
import { createHash } from 'node:crypto';
import type { Locale } from '../../locales/index.ts';
import { dirOf } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';
import { formatReceipt } from '../crypto/receipt.ts';
import { emergencyNumbers, helplines } from '../helplines.ts';
import { AGE_BANDS, CATEGORIES, GENDERS, REPORTER_TYPES } from '../schemas.ts';
import { RISK_ANSWERS, RISK_IDS } from '../../domain/risks.ts';
import { loadDirectory } from '../triage/directory.ts';
import type { createReport } from './create.ts';
import { iconSvg, type IconName } from './icons.ts';
import type { reporterView } from './follow-up.ts';
import { formatDateTime } from '../../domain/format.ts';
import { LANGUAGES, type FontKey, type LanguageInfo } from '../../domain/languages.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
const e = escapeHtml;

// The system faces each web font's languages fall back to here (these pages load no web font), by the registry's
// font key: Nastaliq climbs and descends far more than Naskh, so each has its own line height.
const SYSTEM_FACES: Record<FontKey, string> = {
  nastaliq: "font-family:'Noto Nastaliq Urdu','Jameel Noori Nastaleeq',serif;line-height:2.2",
  naskh: "font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;line-height:1.9",
};
const LANG_STYLE = LANGUAGES.flatMap((l: LanguageInfo) => (l.font ? [`:lang(${l.code}){${SYSTEM_FACES[l.font]}}`] : [])).join('\n');

// A small self-contained stylesheet (logical properties only): these pages come from the API, not the build.
const STYLE = `:root{color:#1b1b1b;background:#fff;font-family:system-ui,sans-serif;line-height:1.5}
${LANG_STYLE}
body{margin:0}main{max-inline-size:44rem;margin-inline:auto;padding:1rem}
a{color:#0b4f9c}:focus-visible{outline:3px solid #1b1b1b;box-shadow:0 0 0 6px #fd0}
.app-exit{display:flex;justify-content:flex-end;padding:.5rem 1rem;background:#f3f2f1}
.app-exit__button{background:#b00020;color:#fff;font-weight:700;padding:.5rem 1rem;border-radius:.25rem;text-decoration:none}
fieldset{border:1px solid #b1b4b6;margin-block:0 1.25rem;padding:.75rem 1rem}
legend{font-weight:700;font-size:1.15rem;display:flex;gap:.5rem;align-items:center}
.app-form__field{display:flex;flex-direction:column;gap:.25rem;margin-block-end:1rem}
.app-form__field label{font-weight:700}.app-choice{display:flex;gap:.5rem;align-items:flex-start;margin-block:.35rem}
.app-choice small{display:block;color:#4a4a4a}.app-form__hint{color:#4a4a4a}
.app-form__error{color:#b00020;font-weight:700}.app-field--error{border-inline-start:4px solid #b00020;padding-inline-start:.75rem}
.app-error-summary{border:4px solid #b00020;padding:1rem;margin-block-end:1rem}.app-error-summary li{margin-block:.6rem}.app-error-summary a{display:block;min-block-size:2rem;padding-block:.35rem}
input,select,textarea,button{font:inherit}textarea{min-block-size:8rem}
button{padding:.5rem 1.25rem;background:#00703c;color:#fff;border:0;border-radius:.25rem}
.app-code{font-family:ui-monospace,monospace;font-size:1.5rem}
.app-emergency{border:4px solid #b00020;padding:.5rem 1rem;margin-block-end:1rem}
.app-emergency a{font-weight:700;font-size:1.25rem}
.app-icon{flex:none}.app-thread{list-style:none;padding:0}.app-thread li{border-block-end:1px solid #b1b4b6;padding-block:.5rem}`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;

/** CSP for these pages: no script at all, only the inline stylesheet above, forms back to us. */
export const HTML_PAGE_CSP = `default-src 'none'; style-src ${STYLE_HASH}; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

function page(locale: Locale, title: string, body: string): string {
  const t = getT(locale, 'common');
  return `<!doctype html>
<html lang="${locale}" dir="${dirOf(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer"><title>${e(title)} – ${e(t('site.name'))}</title><style>${STYLE}</style></head>
<body><div class="app-exit"><a class="app-exit__button" href="https://www.google.com/" rel="nofollow noreferrer">${e(t('exit.label'))}</a></div>
<main id="main">${body}</main></body></html>`;
}

function emergencyPanel(locale: Locale, numbers: { number: string; name: Record<Locale, string> }[], title: string): string {
  return `<section class="app-emergency" aria-labelledby="emergency-title"><h2 id="emergency-title">${iconSvg('phone')} ${e(title)}</h2><ul>${numbers
    .map((n) => `<li><a href="tel:${e(n.number)}" dir="ltr">${e(n.number)}</a> ${e(n.name[locale])}</li>`)
    .join('')}</ul></section>`;
}

export function renderCreated(locale: Locale, result: Awaited<ReturnType<typeof createReport>>): string {
  const t = getT(locale, 'report');
  const emergency = result.emergency ? emergencyPanel(locale, result.emergency.numbers, t('emergency.title')) : '';
  return page(
    locale,
    t('result.title'),
    `${emergency}<h1>${e(t('result.title'))}</h1>
<p>${e(t('result.queue', { queue: result.queue.name[locale] }))}</p>
<h2>${e(t('result.referenceLabel'))}</h2><p class="app-code" dir="ltr" data-testid="reference">${e(result.reference)}</p>
<h2>${e(t('result.receiptLabel'))}</h2><p class="app-code" dir="ltr" data-testid="receipt">${e(formatReceipt(result.receipt))}</p>
<p><strong>${e(t('result.receiptWarning'))}</strong></p>
<p>${e(t('result.noJsFinish'))}</p>
<p><a href="/${locale}/report/status/">${e(t('result.statusLink'))}</a></p>`,
  );
}

/** The values of the JavaScript-off form, by field name, as they were posted. */
export type FormValues = Record<string, string>;

function radios(name: string, options: readonly string[], values: FormValues, label: (o: string) => string, hint?: (o: string) => string, icon?: (o: string) => IconName | undefined): string {
  return options
    .map((o) => {
      const id = `${name}-${o}`.replace(/[^a-zA-Z0-9_-]/g, '-');
      const ic = icon?.(o);
      return `<div class="app-choice"><input type="radio" id="${id}" name="${e(name)}" value="${e(o)}"${values[name] === o ? ' checked' : ''}>${ic ? iconSvg(ic) : ''}<label for="${id}">${e(label(o))}${hint ? `<small>${e(hint(o))}</small>` : ''}</label></div>`;
    })
    .join('');
}

/**
 * The whole report form as one long page of fieldsets, with what was typed put back and each error beside
 * its field. Answered with the error status to a JavaScript-off post, so the browser never has to go Back
 * and nothing typed travels in a URL or is kept on the server.
 */
export function renderReportForm(locale: Locale, values: FormValues, rawFields: Record<string, string> = {}, message = ''): string {
  const t = getT(locale, 'report');
  // A group left out entirely (no age chosen, so no `child` at all) is reported on the field that asks it.
  const fields: Record<string, string> = {};
  for (const [name, text] of Object.entries(rawFields)) {
    const target = name === 'child' ? 'child.ageBand' : name === 'location' ? 'location.province' : name;
    fields[target] ??= text;
  }
  const directory = loadDirectory();
  const errorOf = (name: string) => (fields[name] ? `<p class="app-form__error" id="${e(name)}-error">${e(fields[name])}</p>` : '');
  const cls = (name: string) => (fields[name] ? ' app-field--error' : '');
  const described = (name: string, hint?: string) => {
    const ids = [hint, fields[name] ? `${name}-error` : undefined].filter(Boolean).join(' ');
    return ids ? ` aria-describedby="${e(ids)}"` : '';
  };
  const legend = (icon: IconName, text: string) => `<legend>${iconSvg(icon)}<span>${e(text)}</span></legend>`;
  // "This is happening to me": the child's wording of the questions.
  const ctx = values.reporter === 'self' ? { context: 'child' } : {};
  const summary = Object.keys(fields).length
    ? `<div class="app-error-summary" role="alert"><h2>${e(t('error.title'))}</h2><p>${e(message || t('error.fixBelow'))}</p><ul>${Object.entries(fields)
        .map(([f, m]) => `<li><a href="#${e(f.replace(/\./g, '-'))}">${e(t(`fieldName.${f}`, { defaultValue: f }))}: ${e(m)}</a></li>`)
        .join('')}</ul></div>`
    : message
      ? `<div class="app-error-summary" role="alert"><h2>${e(t('error.title'))}</h2><p>${e(message)}</p></div>`
      : '';
  const numbers = emergencyNumbers(null);
  const nccia = helplines.find((h) => h.id === 'nccia-1799');
  const option = (value: string, label: string, selected: boolean) => `<option value="${e(value)}"${selected ? ' selected' : ''}>${e(label)}</option>`;

  const body = `<h1>${e(t('form.title'))}</h1><p>${e(t('form.intro'))}</p>${summary}
<form class="app-form" method="post" action="/api/reports" accept-charset="utf-8">
<input type="hidden" name="locale" value="${locale}">
<fieldset id="reporter" class="${cls('reporter')}"${described('reporter')}>${legend('who', t('steps.who'))}${errorOf('reporter')}
${radios('reporter', REPORTER_TYPES, values, (o) => t(`reporter.${o}`), undefined, (o) => (o === 'self' ? 'self' : 'adult'))}</fieldset>
<fieldset id="category" class="${cls('category')}"${described('category')}>${legend('what', t('steps.what', ctx))}${errorOf('category')}
${radios('category', CATEGORIES, values, (o) => t(`category.${o}`), (o) => t(`categoryExample.${o}`))}</fieldset>
${riskFieldset(t, ctx, values, fields)}
<fieldset id="immediateDanger" class="${cls('immediateDanger')}"${described('immediateDanger')}>${legend('danger', t('steps.danger', ctx))}${errorOf('immediateDanger')}
<p>${e(t('danger.noJs'))}</p><ul>${numbers.map((n) => `<li><a href="tel:${e(n.number)}" dir="ltr">${e(n.number)}</a> ${e(n.name[locale])} (${e(n.where[locale])})</li>`).join('')}</ul>
${radios('immediateDanger', ['true', 'false'], values, (o) => (o === 'true' ? t('danger.yes') : t('danger.no')), undefined, (o) => (o === 'true' ? 'danger' : 'safe'))}</fieldset>
<fieldset>${legend('child', t('steps.child', ctx))}
<div class="app-form__field${cls('child.ageBand')}" id="child-ageBand"><span class="app-form__legend"><strong>${e(t('form.ageLabel', ctx))}</strong></span>${errorOf('child.ageBand')}
${radios('child.ageBand', AGE_BANDS, values, (o) => t(`age.${o}`))}</div>
<div class="app-form__field"><strong>${e(t('form.genderLabel', ctx))}</strong>
${radios('child.gender', GENDERS, { ...values, 'child.gender': values['child.gender'] || 'unknown' }, (o) => t(`gender.${o}`))}</div></fieldset>
<fieldset>${legend('where', t('steps.where', ctx))}
<div class="app-form__field${cls('location.province')}"><label for="location-province">${e(t('form.provinceLabel'))}</label>${errorOf('location.province')}
<select id="location-province" name="location.province"${described('location.province')}>${option('', t('form.chooseOne'), !values['location.province'])}${directory.provinces
    .map((p) => option(p.id, p.name[locale], values['location.province'] === p.id))
    .join('')}</select></div>
<div class="app-form__field${cls('location.district')}"><label for="location-district">${e(t('form.districtLabel'))}</label>${errorOf('location.district')}
<select id="location-district" name="location.district"${described('location.district')}>${option('', t('form.chooseOne'), !values['location.district'])}${directory.provinces
    .map(
      (p) =>
        `<optgroup label="${e(p.name[locale])}">${p.districts
          .map((d) => option(d.id, d.name[locale], values['location.district'] === d.id && (!values['location.province'] || values['location.province'] === p.id)))
          .join('')}</optgroup>`,
    )
    .join('')}</select></div>
<div class="app-form__field${cls('location.details')}"><label for="location-details">${e(t('form.detailsLabel'))}</label><p class="app-form__hint" id="details-hint">${e(t('form.detailsHint'))}</p>${errorOf('location.details')}
<input id="location-details" name="location.details" maxlength="500" dir="auto" value="${e(values['location.details'] ?? '')}"${described('location.details', 'details-hint')}></div></fieldset>
<fieldset>${legend('text', t('steps.text', ctx))}
<div class="app-form__field${cls('description')}"><label for="description">${e(t('form.descriptionLabel'))}</label><p class="app-form__hint" id="description-hint">${e(t('form.descriptionHint', ctx))}</p>
${nccia ? `<p class="app-form__hint">${e(t('form.noFiles', { number: nccia.number }))}</p>` : ''}${errorOf('description')}
<textarea id="description" name="description" maxlength="5000" dir="auto"${described('description', 'description-hint')}>${e(values.description ?? '')}</textarea></div></fieldset>
<fieldset>${legend('contact', t('steps.contact', ctx))}
<div class="app-form__field${cls('contact')}"><label for="contact">${e(t('form.contactLabel'))}</label><p class="app-form__hint" id="contact-hint">${e(t('form.contactWarning', ctx))}</p>${errorOf('contact')}
<input id="contact" name="contact" maxlength="200" dir="auto" value="${e(values.contact ?? '')}"${described('contact', 'contact-hint')}></div></fieldset>
<button type="submit">${e(t('form.submit'))}</button>
</form>`;
  return page(locale, t('error.title'), body);
}

/** The risk questions, every answer put back as it was posted (`risks.<id>`); an unknown one is named in the summary. */
function riskFieldset(t: ReturnType<typeof getT>, ctx: { context?: string }, values: FormValues, fields: Record<string, string>): string {
  const error = Object.entries(fields).find(([f]) => f === 'risks' || f.startsWith('risks.'));
  return `<fieldset id="risks"${error ? ' class="app-field--error" aria-describedby="risks-error"' : ''}><legend>${iconSvg('danger')}<span>${e(t('steps.risks', ctx))}</span></legend>
<p>${e(t('risks.intro', ctx))}</p><p>${e(t('risks.noJs'))}</p>${error ? `<p class="app-form__error" id="risks-error">${e(error[1])}</p>` : ''}${RISK_IDS.map(
    (id) =>
      `<fieldset id="risks-${id}"><legend>${e(t(`risk.${id}`, ctx))}</legend>${radios(`risks.${id}`, RISK_ANSWERS, values, (o) => t(`risks.${o}`))}</fieldset>`,
  ).join('')}</fieldset>`;
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

export function renderStatus(locale: Locale, view: View, receipt: string, notice = '', fields: Record<string, string> = {}, draft = ''): string {
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
            .map((m) => `<li><strong>${e(m.from === 'staff' ? t('status.fromStaff') : t('status.fromYou'))}</strong> <time datetime="${e(m.at)}">${e(date(m.at))}</time><p dir="auto">${e(m.body)}</p></li>`)
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
