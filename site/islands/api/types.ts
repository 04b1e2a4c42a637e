// What the API answers and accepts, as the islands read it: derived from the typed client (hc<AppType>), so a
// route's schema changing on the server changes these names with it. Type-only, erased: nothing of the server
// reaches the bundle. Only what no route describes (the Server-Sent alert event, the dashboard's day range) is
// declared here, once.
import type { InferRequestType } from 'hono/client';
import type { z } from 'zod';
import type { ErrorBody as ErrorBodySchema } from '../../../api/schemas.ts';
import type { Client, Ok } from './client.ts';

/** The success body of a client call. */
type Answer<F extends (...args: never[]) => Promise<unknown>> = Ok<Awaited<ReturnType<F>>>;
/** The JSON body a client call sends. */
type JsonIn<F> = InferRequestType<F> extends { json: infer J } ? J : never;

type Api = Client['api'];
type Staff = Api['staff'];
type Accounts = Staff['accounts'];
type OneReport = Staff['reports'][':reference'];
type Queue = Staff['queues'][':queueId'];

export type ErrorBody = z.output<typeof ErrorBodySchema>;
export type Locations = Answer<Api['locations']['$get']>;
export type LoginInput = JsonIn<Staff['session']['$post']>;
export type ReporterView = Answer<Api['reports']['lookup']['$post']>;
/** A report as the island sends it, and the reference and receipt it gets back. */
export type ReportInput = JsonIn<Api['reports']['$post']>;
export type ReportCreated = Answer<Api['reports']['$post']>;
/** The public statistics of a period, small figures hidden (null). */
export type PublicStatistics = Answer<Api['statistics']['$get']>;

// ---- the signed-in account ----

/** The signed-in account: role, scope, CSRF token and what it may do (`can`, decided by the API). */
export type Me = Answer<Staff['me']['$get']>;
/** A fresh second-factor secret, as text and as a data: URL of its QR code. */
export type TotpSetup = Answer<Staff['totp']['enrol']['$post']>;
/** The account's own password change (strength-checked by the API). */
export type PasswordChange = JsonIn<Staff['password']['$post']>;
/** The recovery codes, shown once when two-factor is confirmed. */
export type RecoveryCodes = Answer<Staff['totp']['confirm']['$post']>;

// ---- queues ----

export type QueueSummaries = Answer<Staff['queues']['$get']>;
export type QueueSummary = QueueSummaries['queues'][number];
export type QueuePage = Answer<Queue['reports']['$get']>;
export type QueueRow = QueuePage['reports'][number];
/** Who a report of a queue may be assigned to. */
export type AssignableStaff = Answer<Queue['staff']['$get']>;
/** Where a report may be transferred: every active queue. */
export type TransferTargets = Answer<Staff['transfer-targets']['$get']>;
export type QueueRef = TransferTargets['queues'][number];
export type QueueStatsList = Answer<Staff['stats']['$get']>;
export type QueueStats = QueueStatsList['queues'][number];

export type AuditPage = Answer<Staff['audit']['$get']>;
export type AuditEntry = AuditPage['entries'][number];

// ---- one report, as staff work it ----

/** The full view, or (after a transfer out of scope) the restricted view of what this unit wrote. */
export type StaffReport = Answer<OneReport['$get']>;
export type FullReport = Extract<StaffReport, { access: 'full' }>;
export type RestrictedReport = Extract<StaffReport, { access: 'restricted' }>;
export type ThreadEntry = FullReport['notes'][number];
export type Referral = FullReport['referrals'][number];
// hc's JSON types turn a free-form `unknown` into never; an event's data is read as what it is, unknown values.
export type HistoryEvent = Omit<FullReport['history'][number], 'data'> & { data: Record<string, unknown> };

/** The service desks of a district a report can be referred to (GET /api/staff/desks). */
export type DistrictDesks = Answer<Staff['desks']['$get']>;
export type Desk = DistrictDesks['desks'][number];

/** One action (POST …/actions), as the API's ActionInput accepts it. */
export type StaffAction = JsonIn<OneReport['actions']['$post']>;

// ---- staff intake: a call, a walk-in or a referral recorded for someone else; a caller's receipt ----

export type StaffIntakeInput = JsonIn<Staff['intake']['$post']>;
/** The receipt to read to the caller, the priority and why, and likely duplicates. */
export type StaffIntakeCreated = Answer<Staff['intake']['$post']>;

// ---- alerts ----

export interface AlertEvent {
  reference: string;
  queue: string;
  /** The queue's name per language, where the server knows it. */
  queueName?: Record<string, string>;
  priority: string;
  reasons: string[];
  /** The reasons in words per staff language, made by the server from the ids (never a reporter's words). */
  reasonWords?: Record<string, string[]>;
  step: 'on_duty' | 'supervisor' | 'provincial';
  at: string;
}

export type OnDutyList = Answer<Queue['on-duty']['$get']>;
export type OnDutyEntry = OnDutyList['entries'][number];
export type AlertEmail = Answer<Staff['alert-email']['$get']>;
export type AlertFigures = Answer<Staff['alerts']['figures']['$get']>;
export type AlertFigure = AlertFigures['priorities'][number];
export type OnDutySaved = Answer<Queue['on-duty']['$post']>;
export type Outbox = Answer<Staff['alerts']['outbox']['$get']>;

// ---- a referral partner's desk ----

export type DeskList = Answer<Api['partner']['referrals']['$get']>;
export type PartnerReferral = DeskList['referrals'][number];
export type PartnerAnswer = JsonIn<Api['partner']['referrals'][':referralId']['$post']>;
/** The referral as it is after a desk's answer. */
export type PartnerAnswered = Answer<Api['partner']['referrals'][':referralId']['$post']>;

// ---- accounts (admin) ----

export type AccountList = Answer<Accounts['$get']>;
export type Account = AccountList['accounts'][number];
export type AccountOptions = Answer<Accounts['options']['$get']>;
/** Role and scope, as the create and change forms send them. */
export type AccountScope = JsonIn<Accounts[':username']['$patch']>;
/** A new account, or a reset password: the one-time password is shown once. */
export type AccountWithPassword = Answer<Accounts['$post']>;
/** Answers of the other account changes: the account as it is now. */
export type AccountChanged = Answer<Accounts[':username']['$patch']>;

// ---- the supervisors' dashboard ----

export interface DayRange {
  from: string;
  to: string;
}

export type DashboardFigures = Answer<Staff['dashboard']['$get']>;
