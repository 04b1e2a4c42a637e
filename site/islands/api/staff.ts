// The staff console's endpoints (/api/staff/…, /api/partner/…): one typed function each, over the one client.
import type { Api } from './client.ts';
import type {
  AlertEmail,
  AlertFigures,
  AssignableStaff,
  AuditPage,
  DeskList,
  DistrictDesks,
  Locations,
  LoginInput,
  Me,
  OnDutyEntry,
  OnDutyList,
  OnDutySaved,
  Outbox,
  PartnerAnswer,
  PartnerAnswered,
  PasswordChange,
  QueuePage,
  QueueStatsList,
  QueueSummaries,
  RecoveryCodes,
  ReporterView,
  StaffAction,
  StaffIntakeCreated,
  StaffIntakeInput,
  StaffReport,
  TotpSetup,
  TransferTargets,
} from './types.ts';

const seg = encodeURIComponent;

/** The signed-in account; remembers its CSRF token so the client's writes carry it. 401 when signed out. */
export async function getMe(api: Api): Promise<Me> {
  const me = await api.request<Me>('GET', '/api/staff/me');
  api.setCsrfToken(me.csrfToken);
  return me;
}

export const signIn = (api: Api, input: LoginInput) => api.request<void>('POST', '/api/staff/session', input);

export async function signOut(api: Api): Promise<void> {
  try {
    await api.request<void>('DELETE', '/api/staff/session');
  } finally {
    api.setCsrfToken('');
  }
}

/** Province and district names (a public route; the console names places with it). */
export const locations = (api: Api) => api.request<Locations>('GET', '/api/locations');

export const changePassword = (api: Api, body: PasswordChange) => api.request<void>('POST', '/api/staff/password', body);
export const enrolTotp = (api: Api) => api.request<TotpSetup>('POST', '/api/staff/totp/enrol', {});
export const confirmTotp = (api: Api, code: string) => api.request<RecoveryCodes>('POST', '/api/staff/totp/confirm', { code });

export const listQueues = (api: Api) => api.request<QueueSummaries>('GET', '/api/staff/queues');
/** `query`: the queue filters as URL parameters (staff/queue-filters.ts). */
export const queueReports = (api: Api, queueId: string, query: string) =>
  api.request<QueuePage>('GET', `/api/staff/queues/${seg(queueId)}/reports?${query}`);
export const queueStaff = (api: Api, queueId: string) => api.request<AssignableStaff>('GET', `/api/staff/queues/${seg(queueId)}/staff`);
export const transferTargets = (api: Api) => api.request<TransferTargets>('GET', '/api/staff/transfer-targets');
export const queueStats = (api: Api) => api.request<QueueStatsList>('GET', '/api/staff/stats');
export const auditLog = (api: Api, before?: string) =>
  api.request<AuditPage>('GET', `/api/staff/audit${before ? `?before=${seg(before)}` : ''}`);

export const getReport = (api: Api, reference: string) => api.request<StaffReport>('GET', `/api/staff/reports/${seg(reference)}`);
/** One action; the answer is the report as it is now. */
export const actOn = (api: Api, reference: string, action: StaffAction) =>
  api.request<StaffReport>('POST', `/api/staff/reports/${seg(reference)}/actions`, action);
export const desksIn = (api: Api, district: string) => api.request<DistrictDesks>('GET', `/api/staff/desks?district=${seg(district)}`);

/** A report taken down for a caller, a walk-in or a referring agency (same triage, routing and receipt as the form). */
export const recordIntake = (api: Api, input: StaffIntakeInput) => api.request<StaffIntakeCreated>('POST', '/api/staff/intake', input);
/** What a caller may hear of their report, opened with the receipt they read out (in the body, never the URL). */
export const lookupCallerReceipt = (api: Api, receipt: string) =>
  api.request<ReporterView>('POST', '/api/staff/receipts/lookup', { receipt, locale: api.locale });
/** The caller's words, added to their report as their own message. */
export const relayCallerMessage = (api: Api, receipt: string, body: string) =>
  api.request<void>('POST', '/api/staff/receipts/messages', { receipt, body });

export const getAlertEmail = (api: Api) => api.request<AlertEmail>('GET', '/api/staff/alert-email');
export const setAlertEmail = (api: Api, email: string | null) => api.request<AlertEmail>('POST', '/api/staff/alert-email', { email });
export const getOnDuty = (api: Api, queueId: string) => api.request<OnDutyList>('GET', `/api/staff/queues/${seg(queueId)}/on-duty`);
export const setOnDuty = (api: Api, queueId: string, entries: OnDutyEntry[]) =>
  api.request<OnDutySaved>('POST', `/api/staff/queues/${seg(queueId)}/on-duty`, { entries });
export const alertFigures = (api: Api) => api.request<AlertFigures>('GET', '/api/staff/alerts/figures');
export const alertOutbox = (api: Api) => api.request<Outbox>('GET', '/api/staff/alerts/outbox');
/** The account's alerts and count changes, as Server-Sent Events (`alert`, `counts`). */
export const staffEvents = () => new EventSource('/api/staff/events');

export const partnerReferrals = (api: Api, status: string) => api.request<DeskList>('GET', `/api/partner/referrals?status=${seg(status)}`);
export const answerReferral = (api: Api, referralId: string, answer: PartnerAnswer) =>
  api.request<PartnerAnswered>('POST', `/api/partner/referrals/${seg(referralId)}`, answer);
