// The staff console's endpoints (/api/staff/…, /api/partner/…): one function each over the typed client, so each
// path, body and answer is the app's own (hc<AppType>); the names are what the console's components call.
import { type Api, answer } from './client.ts';
import type { LoginInput, OnDutyEntry, PartnerAnswer, PasswordChange, StaffAction, StaffIntakeInput } from './types.ts';

const seg = encodeURIComponent;
const staff = (api: Api) => api.client.api.staff;

/** The signed-in account; remembers its CSRF token so the client's writes carry it. 401 when signed out. */
export async function getMe(api: Api) {
  const me = await answer(staff(api).me.$get());
  api.setCsrfToken(me.csrfToken);
  return me;
}

export const signIn = async (api: Api, input: LoginInput): Promise<void> => {
  await answer(staff(api).session.$post({ json: input }));
};

export async function signOut(api: Api): Promise<void> {
  try {
    await answer(staff(api).session.$delete());
  } finally {
    api.setCsrfToken('');
  }
}

/** Province and district names (a public route; the console names places with it). */
export const locations = (api: Api) => answer(api.client.api.locations.$get());

export const changePassword = async (api: Api, body: PasswordChange): Promise<void> => {
  await answer(staff(api).password.$post({ json: body }));
};
export const enrolTotp = (api: Api) => answer(staff(api).totp.enrol.$post());
export const confirmTotp = (api: Api, code: string) => answer(staff(api).totp.confirm.$post({ json: { code } }));

export const listQueues = (api: Api) => answer(staff(api).queues.$get());
type QueueQuery = Parameters<Api['client']['api']['staff']['queues'][':queueId']['reports']['$get']>[0]['query'];
/** `query`: the queue filters as URL parameters (staff/queue-filters.ts); the API checks each value. */
export const queueReports = (api: Api, queueId: string, query: string) =>
  answer(
    staff(api).queues[':queueId'].reports.$get({
      param: { queueId: seg(queueId) },
      query: Object.fromEntries(new URLSearchParams(query)) as QueueQuery,
    }),
  );
export const queueStaff = (api: Api, queueId: string) =>
  answer(staff(api).queues[':queueId'].staff.$get({ param: { queueId: seg(queueId) } }));
export const transferTargets = (api: Api) => answer(staff(api)['transfer-targets'].$get());
export const queueStats = (api: Api) => answer(staff(api).stats.$get());
export const auditLog = (api: Api, before?: string) => answer(staff(api).audit.$get({ query: before ? { before } : {} }));

export const getReport = (api: Api, reference: string) =>
  answer(staff(api).reports[':reference'].$get({ param: { reference: seg(reference) } }));
/** One action; the answer is the report as it is now. */
export const actOn = (api: Api, reference: string, action: StaffAction) =>
  answer(staff(api).reports[':reference'].actions.$post({ param: { reference: seg(reference) }, json: action }));
export const desksIn = (api: Api, district: string) => answer(staff(api).desks.$get({ query: { district } }));
/** A report taken down for a caller, a walk-in or a referring agency (same triage, routing and receipt as the form). */
export const recordIntake = (api: Api, input: StaffIntakeInput) => answer(staff(api).intake.$post({ json: input }));
/** What a caller may hear of their report, opened with the receipt they read out (in the body, never the URL). */
export const lookupCallerReceipt = (api: Api, receipt: string) =>
  answer(staff(api).receipts.lookup.$post({ json: { receipt, locale: api.locale } }));
/** The caller's words, added to their report as their own message. */
export const relayCallerMessage = async (api: Api, receipt: string, body: string): Promise<void> => {
  await answer(staff(api).receipts.messages.$post({ json: { receipt, body } }));
};

export const getAlertEmail = (api: Api) => answer(staff(api)['alert-email'].$get({ query: {} }));
export const setAlertEmail = (api: Api, email: string | null) => answer(staff(api)['alert-email'].$post({ json: { email } }));
export const getOnDuty = (api: Api, queueId: string) =>
  answer(staff(api).queues[':queueId']['on-duty'].$get({ param: { queueId: seg(queueId) } }));
export const setOnDuty = (api: Api, queueId: string, entries: OnDutyEntry[]) =>
  answer(staff(api).queues[':queueId']['on-duty'].$post({ param: { queueId: seg(queueId) }, json: { entries } }));
export const alertFigures = (api: Api) => answer(staff(api).alerts.figures.$get());
export const alertOutbox = (api: Api) => answer(staff(api).alerts.outbox.$get());
/** The account's alerts and count changes, as Server-Sent Events (`alert`, `counts`). */
export const staffEvents = (api: Api) => new EventSource(staff(api).events.$url({}));

type ReferralFilter = NonNullable<Parameters<Api['client']['api']['partner']['referrals']['$get']>[0]>['query']['status'];
export const partnerReferrals = (api: Api, status: string) =>
  answer(api.client.api.partner.referrals.$get({ query: { status: status as ReferralFilter } }));
export const answerReferral = (api: Api, referralId: string, body: PartnerAnswer) =>
  answer(api.client.api.partner.referrals[':referralId'].$post({ param: { referralId: seg(referralId) }, json: body }));
