// The report form as the server renders it for a JavaScript-off post that needs fixing: one long page of
// fieldsets, drawn from the form's one description (domain/report-form.ts) in the same order, with the same
// input names, limits and wording keys as the island, what was typed put back and each error beside its field.

import { emergencyNumbers, helplines } from '../../directory/helplines.ts';
import { loadDirectory } from '../../directory/routing.ts';
import { type IconName, iconSvg } from '../../domain/icons.ts';
import {
  choiceIcon,
  choiceLabelKey,
  fieldOfError,
  fieldsOfStep,
  REPORT_STEPS,
  type ReportField,
  type ReportStep,
  stepIcon,
} from '../../domain/report-form.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';
import { escapeHtml as e, page } from './html-page.ts';

/** The values of the JavaScript-off form, by field name, as they were posted. */
export type FormValues = Record<string, string>;

type T = ReturnType<typeof getT>;
interface Ctx {
  locale: Locale;
  t: T;
  /** "This is happening to me": the child's wording of the questions. */
  wording: { context?: string };
  values: FormValues;
  errors: Record<string, string>;
}

export const domId = (name: string) => name.replace(/[^a-zA-Z0-9_-]/g, '-');

/** GOV.UK's error message: a hidden "Error:" read first, then the message (whose own id the tests and links use). */
function errorOf(c: Ctx, name: string): string {
  const text = c.errors[name];
  if (!text) return '';
  const id = domId(name);
  const prefix = `<span class="app-visually-hidden">${e(c.t('api:field.errorPrefix'))}</span>`;
  return `<p class="app-form__error" id="${id}-error-message">${prefix} <span id="${id}-error">${e(text)}</span></p>`;
}
const describedBy = (c: Ctx, name: string, hint?: string) => {
  const ids = [hint, c.errors[name] ? `${domId(name)}-error-message` : undefined].filter(Boolean).join(' ');
  return ids ? ` aria-describedby="${e(ids)}"` : '';
};
const errorClass = (c: Ctx, name: string) => (c.errors[name] ? ' app-field--error' : '');

function radios(c: Ctx, f: ReportField, name = f.name): string {
  const checked = c.values[name] || f.default;
  return (f.choices ?? [])
    .map((o) => {
      const id = domId(`${name}-${o}`);
      const icon = choiceIcon(f, o) as IconName | undefined;
      const hint = f.choiceHint ? `<small>${e(c.t(`${f.choiceHint}.${o}`))}</small>` : '';
      const input = `<input type="radio" id="${id}" name="${e(name)}" value="${e(o)}"${checked === o ? ' checked' : ''}>`;
      return `<div class="app-choice">${input}${icon ? iconSvg(icon) : ''}<label for="${id}">${e(c.t(choiceLabelKey(f, o)))}${hint}</label></div>`;
    })
    .join('');
}

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${e(value)}"${selected ? ' selected' : ''}>${e(label)}</option>`;

/** The province and district lists: every district, grouped by province (no script to narrow them). */
function select(c: Ctx, f: ReportField): string {
  const { locale, values } = c;
  const provinces = loadDirectory().provinces;
  const options =
    f.name === 'location.province'
      ? provinces.map((p) => option(p.id, p.name[locale], values[f.name] === p.id)).join('')
      : provinces
          .map((p) => {
            const chosen = (id: string) => values[f.name] === id && (!values['location.province'] || values['location.province'] === p.id);
            const districts = p.districts.map((d) => option(d.id, d.name[locale], chosen(d.id))).join('');
            return `<optgroup label="${e(p.name[locale])}">${districts}</optgroup>`;
          })
          .join('');
  const id = domId(f.name);
  return `<div class="app-form__field${errorClass(c, f.name)}"><label for="${id}">${e(c.t(f.label, c.wording))}</label>${errorOf(c, f.name)}
<select id="${id}" name="${e(f.name)}"${describedBy(c, f.name)}>${option('', c.t('form.chooseOne'), !values[f.name])}${options}
</select></div>`;
}

function textField(c: Ctx, f: ReportField, extra = ''): string {
  const id = domId(f.name);
  const hintId = f.hint ? `${id}-hint` : undefined;
  const hint = f.hint ? `<p class="app-form__hint" id="${hintId}">${e(c.t(f.hint, c.wording))}</p>` : '';
  const attrs = `id="${id}" name="${e(f.name)}" maxlength="${f.max}" dir="auto"${describedBy(c, f.name, hintId)}`;
  const value = c.values[f.name] ?? '';
  const control = f.kind === 'textarea' ? `<textarea ${attrs}>${e(value)}</textarea>` : `<input ${attrs} value="${e(value)}">`;
  const label = `<label for="${id}">${e(c.t(f.label, c.wording))}</label>`;
  return `<div class="app-form__field${errorClass(c, f.name)}">${label}${hint}${extra}${errorOf(c, f.name)}
${control}</div>`;
}

/** The risk questions, every answer put back as it was posted (`risks.<id>`); an unknown one is named in the summary. */
function riskQuestions(c: Ctx, f: ReportField): string {
  const error = Object.entries(c.errors).find(([name]) => name === 'risks' || name.startsWith('risks.'));
  const message = error ? `<p class="app-form__error" id="risks-error">${e(error[1])}</p>` : '';
  return `<p>${e(c.t('risks.intro', c.wording))}</p><p>${e(c.t('risks.noJs'))}</p>${message}${(f.questions ?? [])
    .map((q) => `<fieldset id="risks-${q}"><legend>${e(c.t(`risk.${q}`, c.wording))}</legend>${radios(c, f, `risks.${q}`)}</fieldset>`)
    .join('')}`;
}

const dangerNumbers = (c: Ctx) =>
  `<p>${e(c.t('danger.noJs'))}</p><ul>${emergencyNumbers(null)
    .map((n) => `<li><a href="tel:${e(n.number)}" dir="ltr">${e(n.number)}</a> ${e(n.name[c.locale])} (${e(n.where[c.locale])})</li>`)
    .join('')}</ul>`;

const cyberLine = (c: Ctx) => {
  const nccia = helplines.find((h) => h.id === 'nccia-1799');
  return nccia ? `<p class="app-form__hint">${e(c.t('form.noFiles', { number: nccia.number }))}</p>` : '';
};

/** One step: a fieldset titled by the step; a question that is the step's own title is the fieldset itself. */
function stepFieldset(c: Ctx, step: ReportStep): string {
  const fields = fieldsOfStep(step);
  const legend = `<legend>${iconSvg(stepIcon(step))}<span>${e(c.t(`steps.${step}`, c.wording))}</span></legend>`;
  const own = fields.length === 1 && fields[0]!.label === `steps.${step}` ? fields[0]! : undefined;
  if (own?.kind === 'risks') {
    const error = Object.keys(c.errors).some((name) => name === 'risks' || name.startsWith('risks.'));
    const marked = error ? ' class="app-field--error" aria-describedby="risks-error"' : '';
    return `<fieldset id="risks"${marked}>${legend}${riskQuestions(c, own)}</fieldset>`;
  }
  if (own) {
    const extra = step === 'danger' ? dangerNumbers(c) : '';
    const attrs = `id="${domId(own.name)}" class="${errorClass(c, own.name).trim()}"${describedBy(c, own.name)}`;
    return `<fieldset ${attrs}>${legend}${errorOf(c, own.name)}
${extra}${radios(c, own)}</fieldset>`;
  }
  const inner = fields.map((f) => {
    if (f.kind === 'radios') {
      const attrs = `id="${domId(f.name)}" class="app-form__field${errorClass(c, f.name)}"${describedBy(c, f.name)}`;
      return `<fieldset ${attrs}><legend>${e(c.t(f.label, c.wording))}</legend>${errorOf(c, f.name)}
${radios(c, f)}</fieldset>`;
    }
    if (f.kind === 'select') return select(c, f);
    return textField(c, f, f.name === 'description' ? cyberLine(c) : '');
  });
  return `<fieldset>${legend}\n${inner.join('\n')}</fieldset>`;
}

function errorSummary(c: Ctx, message: string): string {
  const { t } = c;
  const items = Object.entries(c.errors)
    .map(([f, m]) => {
      const name = f.startsWith('risks.') ? 'risks' : f;
      return `<li><a href="#${e(domId(f))}">${e(t(`fieldName.${name}`, { defaultValue: f }))}: ${e(m)}</a></li>`;
    })
    .join('');
  if (!items && !message) return '';
  const list = items ? `<ul>${items}</ul>` : '';
  return `<div class="app-error-summary" role="alert"><h2>${e(t('error.title'))}</h2><p>${e(message || t('error.fixBelow'))}</p>${list}</div>`;
}

/**
 * The whole report form as one long page of fieldsets, with what was typed put back and each error beside
 * its field. Answered with the error status to a JavaScript-off post, so the browser never has to go Back
 * and nothing typed travels in a URL or is kept on the server.
 */
export function renderReportForm(locale: Locale, values: FormValues, rawFields: Record<string, string> = {}, message = ''): string {
  const t = getT(locale, 'report');
  // A group left out entirely (no age chosen, so no `child` at all) is reported on the field that asks it.
  const errors: Record<string, string> = {};
  for (const [name, text] of Object.entries(rawFields)) errors[fieldOfError(name)] ??= text;
  const c: Ctx = { locale, t, wording: values.reporter === 'self' ? { context: 'child' } : {}, values, errors };
  const steps = REPORT_STEPS.filter((s) => s !== 'review').map((s) => stepFieldset(c, s));
  const body = `<h1>${e(t('form.title'))}</h1><p>${e(t('form.intro'))}</p>${errorSummary(c, message)}
<form class="app-form" method="post" action="/api/reports" accept-charset="utf-8">
<input type="hidden" name="locale" value="${locale}">
${steps.join('\n')}
<button type="submit">${e(t('form.submit'))}</button>
</form>`;
  return page(locale, t('error.title'), body);
}
