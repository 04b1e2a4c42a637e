// The reporter's status page: the receipt goes in the body, never the URL.
import type { Api } from './client.ts';
import type { ReporterView } from './types.ts';

export const lookupReceipt = (api: Api, receipt: string) =>
  api.request<ReporterView>('POST', '/api/reports/lookup', { receipt, locale: api.locale });
export const sendReporterMessage = (api: Api, receipt: string, body: string) =>
  api.request<unknown>('POST', '/api/reports/messages', { receipt, body, locale: api.locale });
