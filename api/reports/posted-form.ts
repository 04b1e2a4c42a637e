// The JavaScript-off form's body as the route's form validator hands it over: a record in which a field posted
// twice is an array. These put it back into fields in posting order, so form-body.ts reads what was sent and the
// pages put back exactly what was typed (the first value of a field, as a browser posts it once).
import type { Context } from 'hono';
import { formToReport } from './form-body.ts';

export type Posted = Record<string, string | string[]>;
/** The values of the JavaScript-off form, by field name, as they were posted. */
export type FormValues = Record<string, string>;

/** The posted fields as URL search parameters, each value of a repeated field in turn. */
export function searchParamsOf(posted: Posted): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(posted))
    for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
  return params;
}

/** The report form in the JSON shape of the contract (dotted names nested, see form-body.ts). */
export const reportOfPosted = (posted: Posted): Record<string, unknown> => formToReport(searchParamsOf(posted));

/** A flat form (receipt look-up, message): one value per field, the last one posted, as before. */
export const fieldsOfPosted = (posted: Posted): Record<string, string> => Object.fromEntries(searchParamsOf(posted));

/** What the pages put back into the form: the first value of each field, as posted (read from the parsed body). */
export async function postedValues(c: Context): Promise<FormValues> {
  const values: FormValues = {};
  (await c.req.formData()).forEach((value, name) => {
    if (typeof value === 'string') values[name] ??= value;
  });
  return values;
}
