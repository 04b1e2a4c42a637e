// The reporter's routes: the form's run-time settings, sending a report, and the status page (the receipt goes in
// the body, never the URL).
import { type Api, answer } from './client.ts';
import type { ReportInput } from './types.ts';

// These routes also take the JavaScript-off form, so the client's type asks for both bodies; the island sends JSON.
const asJson = <F extends (args: never) => unknown>(_route: F, json: unknown) => ({ json }) as unknown as Parameters<F>[0];

export const reportConfig = (api: Api) => answer(api.client.api.reports.config.$get());
export const sendReport = (api: Api, report: ReportInput) =>
  answer(api.client.api.reports.$post(asJson(api.client.api.reports.$post, report)));
export const lookupReceipt = (api: Api, receipt: string) =>
  answer(api.client.api.reports.lookup.$post(asJson(api.client.api.reports.lookup.$post, { receipt, locale: api.locale })));
export const sendReporterMessage = (api: Api, receipt: string, body: string) =>
  answer(api.client.api.reports.messages.$post(asJson(api.client.api.reports.messages.$post, { receipt, body, locale: api.locale })));
