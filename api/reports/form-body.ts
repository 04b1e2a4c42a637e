// The JavaScript-off form posts application/x-www-form-urlencoded with dotted names (`child.ageBand`,
// `location.district`); the form's one description (domain/report-form.ts) turns them into the contract's JSON.
import { reportFromForm } from '../../domain/report-form.ts';

export function formToReport(form: URLSearchParams): Record<string, unknown> {
  const entries: [string, string][] = [];
  for (const [name, value] of form) {
    // The hCaptcha widget names its field h-captcha-response (and g-recaptcha-response, for compatibility).
    if (name === 'h-captcha-response') entries.push(['captchaToken', value]);
    else if (name !== 'g-recaptcha-response') entries.push([name, value]);
  }
  return reportFromForm(entries);
}
