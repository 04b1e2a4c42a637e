// What the API answers, as the islands read it. Where the API exports the zod schema that validates or describes an
// answer (a schema, or a createRoute whose 2xx response names one), the type is derived from it: type-only imports,
// erased, so nothing of the server reaches the bundle, and the islands cannot drift from what the API sends. Only
// what no schema describes (the Server-Sent alert event, the dashboard's day range) is declared here, once. Every
// server import is in this file, so a route moving on the server side changes one line here.
import type { z } from 'zod';
import type * as accountRoutes from '../../../api/accounts/routes.ts';
import type { PasswordChangeInput, ScopeInput } from '../../../api/accounts/schemas.ts';
import type * as alertRoutes from '../../../api/alerts/routes.ts';
import type * as auditRoutes from '../../../api/audit/routes.ts';
import type * as caseRoutes from '../../../api/case/routes.ts';
import type { ActionInput } from '../../../api/case/schemas.ts';
import type * as dashboardRoutes from '../../../api/dashboard/routes.ts';
import type * as intakeRoutes from '../../../api/intake/routes.ts';
import type { StaffIntakeInput as StaffIntakeInputSchema } from '../../../api/intake/schemas.ts';
import type * as partnerRoutes from '../../../api/partner/routes.ts';
import type * as queueRoutes from '../../../api/queue/routes.ts';
import type {
  ErrorBody as ErrorBodySchema,
  Locations as LocationsSchema,
  LoginInput as LoginInputSchema,
  ReporterView as ReporterViewSchema,
} from '../../../api/schemas.ts';
import type * as sessionRoutes from '../../../api/session/routes.ts';
import type * as statisticsRoutes from '../../../api/statistics/routes.ts';

export type ErrorBody = z.output<typeof ErrorBodySchema>;
export type Locations = z.output<typeof LocationsSchema>;
export type LoginInput = z.input<typeof LoginInputSchema>;
export type ReporterView = z.output<typeof ReporterViewSchema>;
/** The public statistics of a period, small figures hidden (null). */
export type PublicStatistics = Answer<typeof statisticsRoutes.statistics>;

/** The JSON body a route answers with on success (200 or 201), as its response schema describes it. */
type JsonOf<S> = S extends { content: { 'application/json': { schema: infer Z extends z.ZodType } } } ? z.output<Z> : never;
export type Answer<R> = R extends { responses: { 200: infer S } }
  ? JsonOf<S>
  : R extends { responses: { 201: infer S } }
    ? JsonOf<S>
    : never;

// ---- the signed-in account ----

/** The signed-in account: role, scope, CSRF token and what it may do (`can`, decided by the API). */
export type Me = Answer<typeof sessionRoutes.me>;
/** A fresh second-factor secret, as text and as a data: URL of its QR code. */
export type TotpSetup = Answer<typeof sessionRoutes.totpEnrol>;
/** The account's own password change (strength-checked by the API). */
export type PasswordChange = z.input<typeof PasswordChangeInput>;
/** The recovery codes, shown once when two-factor is confirmed. */
export type RecoveryCodes = Answer<typeof sessionRoutes.totpConfirm>;

// ---- queues ----

export type QueueSummaries = Answer<typeof queueRoutes.queues>;
export type QueueSummary = QueueSummaries['queues'][number];
export type QueuePage = Answer<typeof queueRoutes.queueReports>;
export type QueueRow = QueuePage['reports'][number];
/** Who a report of a queue may be assigned to. */
export type AssignableStaff = Answer<typeof queueRoutes.queueStaff>;
/** Where a report may be transferred: every active queue. */
export type TransferTargets = Answer<typeof queueRoutes.transferTargets>;
export type QueueRef = TransferTargets['queues'][number];
export type QueueStatsList = Answer<typeof queueRoutes.stats>;
export type QueueStats = QueueStatsList['queues'][number];

export type AuditPage = Answer<typeof auditRoutes.auditLog>;
export type AuditEntry = AuditPage['entries'][number];

// ---- one report, as staff work it ----

/** The full view, or (after a transfer out of scope) the restricted view of what this unit wrote. */
export type StaffReport = Answer<typeof caseRoutes.view>;
export type FullReport = Extract<StaffReport, { access: 'full' }>;
export type RestrictedReport = Extract<StaffReport, { access: 'restricted' }>;
export type ThreadEntry = FullReport['notes'][number];
export type Referral = FullReport['referrals'][number];
export type HistoryEvent = FullReport['history'][number];

/** The service desks of a district a report can be referred to (GET /api/staff/desks). */
export type DistrictDesks = Answer<typeof partnerRoutes.desks>;
export type Desk = DistrictDesks['desks'][number];

/** One action (POST …/actions), as the API's ActionInput accepts it. */
export type StaffAction = z.input<typeof ActionInput>;

// ---- staff intake: a call, a walk-in or a referral recorded for someone else; a caller's receipt ----

export type StaffIntakeInput = z.input<typeof StaffIntakeInputSchema>;
/** The receipt to read to the caller, the priority and why, and likely duplicates. */
export type StaffIntakeCreated = Answer<typeof intakeRoutes.intake>;

// ---- alerts ----

export interface AlertEvent {
  reference: string;
  queue: string;
  priority: string;
  reasons: string[];
  step: 'on_duty' | 'supervisor' | 'provincial';
  at: string;
}

export type OnDutyList = Answer<typeof alertRoutes.onDuty>;
export type OnDutyEntry = OnDutyList['entries'][number];
export type AlertEmail = Answer<typeof alertRoutes.alertEmail>;
export type AlertFigures = Answer<typeof alertRoutes.figures>;
export type AlertFigure = AlertFigures['priorities'][number];
export type OnDutySaved = Answer<typeof alertRoutes.saveOnDuty>;
export type Outbox = Answer<typeof alertRoutes.outbox>;

// ---- a referral partner's desk ----

export type DeskList = Answer<typeof partnerRoutes.referrals>;
export type PartnerReferral = DeskList['referrals'][number];
export type PartnerAnswer = z.input<typeof partnerRoutes.PartnerAnswer>;
/** The referral as it is after a desk's answer. */
export type PartnerAnswered = Answer<typeof partnerRoutes.answer>;

// ---- accounts (admin) ----

export type AccountList = Answer<typeof accountRoutes.list>;
export type Account = AccountList['accounts'][number];
export type AccountOptions = Answer<typeof accountRoutes.options>;
/** Role and scope, as the create and change forms send them. */
export type AccountScope = z.input<typeof ScopeInput>;
/** A new account, or a reset password: the one-time password is shown once. */
export type AccountWithPassword = Answer<typeof accountRoutes.create>;
/** Answers of the other account changes: the account as it is now. */
export type AccountChanged = Answer<typeof accountRoutes.changeScope>;

// ---- the supervisors' dashboard ----

export interface DayRange {
  from: string;
  to: string;
}

export type DashboardFigures = Answer<typeof dashboardRoutes.dashboard>;
