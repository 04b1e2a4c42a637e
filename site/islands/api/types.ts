// What the API answers, as the islands read it. Where the API exports the zod schema that validates or describes an
// answer (a schema, or a createRoute whose 2xx response names one), the type is derived from it: type-only imports,
// erased, so nothing of the server reaches the bundle. The answers the API does not describe yet are declared here,
// once. Every server import is in this file, so a route moving on the server side changes one line here.
import type { z } from 'zod';
import type * as accountRoutes from '../../../api/accounts/routes.ts';
import type { ScopeInput } from '../../../api/accounts/schemas.ts';
import type * as alertRoutes from '../../../api/alerts/routes.ts';
import type * as dashboardRoutes from '../../../api/dashboard/routes.ts';
import type * as partnerRoutes from '../../../api/partner/routes.ts';
import type {
  ErrorBody as ErrorBodySchema,
  Locations as LocationsSchema,
  LoginInput as LoginInputSchema,
  ReporterView as ReporterViewSchema,
} from '../../../api/schemas.ts';
import type { Capability, ReferralStatus, Role } from '../../../domain/vocabulary.ts';
import type { Locale } from '../../../locales/index.ts';

export type ErrorBody = z.output<typeof ErrorBodySchema>;
export type Locations = z.output<typeof LocationsSchema>;
export type LoginInput = z.input<typeof LoginInputSchema>;
export type ReporterView = z.output<typeof ReporterViewSchema>;

type Named = Record<Locale, string>;

/** The JSON body a route answers with on success (200 or 201), as its response schema describes it. */
type JsonOf<S> = S extends { content: { 'application/json': { schema: infer Z extends z.ZodType } } } ? z.output<Z> : never;
export type Answer<R> = R extends { responses: { 200: infer S } }
  ? JsonOf<S>
  : R extends { responses: { 201: infer S } }
    ? JsonOf<S>
    : never;

// ---- the signed-in account ----

export interface Me {
  username: string;
  role: Role;
  /** What this account may do, decided by the API (GET /api/staff/me). */
  can: Record<Capability, boolean>;
  queueId: string | null;
  provinceId: string | null;
  csrfToken: string;
  totpEnabled: boolean;
  totpRequired: boolean;
  mustChangePassword: boolean;
}

export interface TotpSetup {
  secret: string;
  /** A data: URL of the QR code. */
  qr: string;
}

// ---- queues ----

export interface QueueSummary {
  id: string;
  name: Named;
  open: Record<string, number>;
  overdue: number;
  unscreened?: number;
  /** Referrals a desk has not answered or completed by the deadline of the report's priority. */
  referralsOverdue?: number;
}

export interface QueueRow {
  reference: string;
  priority: string;
  category: string;
  status: string;
  district: string;
  province: string;
  dueAt: string;
  overdue: boolean;
  referralsOverdue?: number;
  verified: boolean;
  assignedTo: string | null;
  possibleDuplicates: string[];
  unscreened?: boolean;
  waitingMinutes?: number | null;
}

export interface QueuePage {
  reports: QueueRow[];
  nextCursor: string | null;
}

export interface QueueRef {
  id: string;
  name: Named;
}

export interface QueueStats {
  queueId: string;
  open: number;
  overdue: number;
  p1Waiting: number;
  received7: number;
  closed7: number;
  p1OnTimeRate: number | null;
  referralsOverdue?: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  username: string | null;
  action: string;
  target: string | null;
  queueId: string | null;
}

// ---- one report, as staff work it ----

export interface ThreadEntry {
  from: string;
  body: string | null;
  at: string;
  by: string | null;
}

export interface Referral {
  id: string;
  service: string;
  desk: string | null;
  status: ReferralStatus;
  note: string | null;
  dueAt: string | null;
  overdue: boolean;
  updatedAt: string;
}

/** A service desk the report can be referred to (GET /api/staff/desks). */
export type Desk = Answer<typeof partnerRoutes.desks>['desks'][number];

export interface HistoryEvent {
  type: string;
  at: string;
  by: string | null;
  data: Record<string, unknown>;
}

export interface FullReport {
  access: 'full';
  reference: string;
  priority: string;
  dueAt: string;
  overdue: boolean;
  reasons: ({ id: string } & Named)[];
  category: string;
  suggestedCategory: string | null;
  reporter: string;
  immediateDanger: boolean;
  child: { ageBand: string; gender: string };
  location: { province: string; district: string; details: string | null };
  description: string | null;
  contact: string | null;
  locale: Locale;
  status: string;
  reporterStatus: string;
  queue: QueueRef;
  verified: boolean;
  assignedTo: string | null;
  screenedAt: string | null;
  screenedBy: string | null;
  duplicateOf: string | null;
  possibleDuplicates: string[];
  closeReason: string | null;
  createdAt: string;
  erased: boolean;
  history: HistoryEvent[];
  referrals: Referral[];
  notes: ThreadEntry[];
  messages: ThreadEntry[];
}

export interface RestrictedReport {
  access: 'restricted';
  reference: string;
  notes: ThreadEntry[];
  messages: ThreadEntry[];
}

export type StaffReport = FullReport | RestrictedReport;

/** One action (POST …/actions): built from a form's fields, checked by the API (ActionInput). */
export type StaffAction = { type: string } & Record<string, unknown>;

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
export type AlertFigure = Answer<typeof alertRoutes.figures>['priorities'][number];
export type Outbox = Answer<typeof alertRoutes.outbox>;

// ---- a referral partner's desk ----

export type DeskList = Answer<typeof partnerRoutes.referrals>;
export type PartnerReferral = DeskList['referrals'][number];
export type PartnerAnswer = z.input<typeof partnerRoutes.PartnerAnswer>;

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
