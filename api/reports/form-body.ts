// The JavaScript-off form posts application/x-www-form-urlencoded with dotted names (`child.ageBand`,
// `location.district`); the form's one description (domain/report-form.ts) turns them into the contract's JSON.
import { reportFromForm } from '../../domain/report-form.ts';

export function formToReport(form: URLSearchParams): Record<string, unknown> {
  return reportFromForm(form);
}
