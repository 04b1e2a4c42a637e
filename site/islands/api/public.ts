// Endpoints without an account: places, and a reporter's status page (the receipt goes in the body, never the URL).
import type { Api } from './client.ts';
import type { Locations, ReporterView } from './types.ts';

export const locations = (api: Api) => api.request<Locations>('GET', '/api/locations');
export const lookupReceipt = (api: Api, receipt: string) => api.request<ReporterView>('POST', '/api/reports/lookup', { receipt, locale: api.locale });
export const sendReporterMessage = (api: Api, receipt: string, body: string) =>
  api.request<unknown>('POST', '/api/reports/messages', { receipt, body, locale: api.locale });
