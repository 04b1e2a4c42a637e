// The project's vocabulary, declared once: the API's zod schemas, the database enums, the islands and the tests
// all take their lists from here (docs/api.md is the contract these follow).

// The report form's choices live in a module of their own (as the risk questions do), so the report page's
// script carries these four lists and none of the staff vocabulary (the /<lang>/report/ byte budget is tight).
import { AGE_BANDS, CATEGORIES, GENDERS, REPORTER_TYPES } from './report-choices.ts';

export { AGE_BANDS, CATEGORIES, GENDERS, REPORTER_TYPES };

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

/** Services a report can be referred to (the `refer` action). */
export const SERVICES = [
  'shelter',
  'medical_examination',
  'physical_therapy',
  'psychological_counselling',
  'legal_aid',
  'police',
  'education',
  'health',
  'child_protection_court',
  'rescue_1122',
  'family_tracing',
  'birth_registration',
  'labour',
] as const;

export const CLOSE_REASONS = ['resolved', 'referred_on', 'no_protection_concern', 'duplicate', 'spam'] as const;

/** Response deadline per priority, in hours (api/triage/rules.yaml `deadlinesHours` is the rule; a test holds them equal). */
export const DEADLINE_HOURS = { P1: 1, P2: 24, P3: 72, P4: 168 } as const satisfies Record<(typeof PRIORITIES)[number], number>;

/** Where a report stands for staff. */
export const STAFF_STATUSES = ['new', 'assigned', 'in_progress', 'referred', 'transferred', 'closed'] as const;
/** Where a report stands for the person who sent it (the status page): coarser, and never names staff. */
export const REPORTER_STATUSES = ['received', 'in_review', 'referred', 'closed'] as const;
/** A referral to a service: requested, then accepted or declined; accepted, then completed or declined. */
export const REFERRAL_STATUSES = ['requested', 'accepted', 'completed', 'declined'] as const;
export const REFERRAL_NEXT: Readonly<Record<(typeof REFERRAL_STATUSES)[number], readonly (typeof REFERRAL_STATUSES)[number][]>> = {
  requested: ['accepted', 'declined'],
  accepted: ['completed', 'declined'],
  completed: [],
  declined: [],
};

/** Staff roles. Every one of them signs in with a second factor (api/auth/totp.ts totpRequired). */
// A partner is a service desk (a hospital, a police station, Rescue 1122) that answers the referrals sent to it.
export const ROLES = ['officer', 'supervisor', 'provincial', 'admin', 'partner'] as const;

/** What an account may do; the API enforces these and `GET /api/staff/me` returns them as `can` for the console. */
export const CAPABILITIES = [
  // Be assigned reports and work them.
  'takeAssignments',
  // Assign a report to someone else, and transfer it to another queue.
  'assignOthers',
  'transfer',
  // The audit log and the unit figures of the queues the account oversees.
  'viewAudit',
  'viewStats',
  // The dashboard and its exports (also needs a unit or a province to show).
  'viewDashboard',
  'manageAccounts',
  // Keep a queue's on-duty list (a supervisor its own unit's; an admin any).
  'keepOnDuty',
  // Queues, reports and their actions, the event stream, desks to refer to (a CPU's own work).
  'workReports',
  // The referrals addressed to the account's desk, and answering them (the partner role).
  'answerReferrals',
] as const;

type RoleCapabilities = Readonly<Record<(typeof CAPABILITIES)[number], boolean>>;
export const ROLE_CAPABILITIES: Readonly<Record<(typeof ROLES)[number], RoleCapabilities>> = {
  officer: {
    keepOnDuty: false,
    takeAssignments: true,
    assignOthers: false,
    transfer: false,
    viewAudit: false,
    viewStats: false,
    viewDashboard: false,
    manageAccounts: false,
    workReports: true,
    answerReferrals: false,
  },
  supervisor: {
    keepOnDuty: true,
    takeAssignments: true,
    assignOthers: true,
    transfer: true,
    viewAudit: true,
    viewStats: true,
    viewDashboard: true,
    manageAccounts: false,
    workReports: true,
    answerReferrals: false,
  },
  provincial: {
    keepOnDuty: false,
    takeAssignments: false,
    assignOthers: true,
    transfer: true,
    viewAudit: true,
    viewStats: true,
    viewDashboard: true,
    manageAccounts: false,
    workReports: true,
    answerReferrals: false,
  },
  admin: {
    keepOnDuty: true,
    takeAssignments: false,
    assignOthers: true,
    transfer: true,
    viewAudit: true,
    viewStats: true,
    viewDashboard: false,
    manageAccounts: true,
    workReports: true,
    answerReferrals: false,
  },
  partner: {
    keepOnDuty: false,
    takeAssignments: false,
    assignOthers: false,
    transfer: false,
    viewAudit: false,
    viewStats: false,
    viewDashboard: false,
    manageAccounts: false,
    workReports: false,
    answerReferrals: true,
  },
};

export function roleCan(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role][capability];
}

/** Roles that have a capability (for queries such as "who in this unit can be assigned a report"). */
export function rolesThatCan(capability: Capability): Role[] {
  return ROLES.filter((r) => ROLE_CAPABILITIES[r][capability]);
}

/**
 * Sealing contexts: the additional authenticated data each sealed column is bound to, so a ciphertext moved to
 * another column does not open. Changing one makes existing rows unreadable: add, never rename.
 */
export const SEAL_CONTEXTS = {
  report: { description: 'report.description', details: 'report.details', contact: 'report.contact', message: 'message.body' },
  staff: { reason: 'staff.event-reason', referralNote: 'staff.referral-note', totp: 'staff.totp', alertEmail: 'staff.alert-email' },
} as const;

/**
 * Purposes of the keyed MACs (api/crypto/seal.ts mac(purpose, …)): each purpose has its own subkey, so a MAC made
 * for one use never matches another's. Changing one orphans every stored MAC made for it: add, never rename.
 */
export const MAC_PURPOSES = {
  /** The lookup index of a receipt (reports.receipt_index). */
  receiptIndex: 'receipt',
  /** The verifier of a receipt bound to its report's reference (reports.receipt_hash, `$hmac-sha256$…`). */
  receiptVerifier: 'receipt-verifier',
  /** The text fingerprint's trigrams (api/triage/fingerprint.ts). */
  trigram: 'trigram',
} as const;

export type ReporterType = (typeof REPORTER_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Gender = (typeof GENDERS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Service = (typeof SERVICES)[number];
export type CloseReason = (typeof CLOSE_REASONS)[number];
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export type ReporterStatus = (typeof REPORTER_STATUSES)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type Capability = (typeof CAPABILITIES)[number];
