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
  // Ordered by the Child Protection Court with the child's own counselling (AJK unit, issue #24).
  'family_counselling',
] as const;

export const CLOSE_REASONS = ['resolved', 'referred_on', 'no_protection_concern', 'duplicate', 'spam'] as const;

/** Response deadline per priority, in hours (api/triage/rules.yaml `deadlinesHours` is the rule; a test holds them equal). */
export const DEADLINE_HOURS = { P1: 1, P2: 24, P3: 72, P4: 168 } as const satisfies Record<(typeof PRIORITIES)[number], number>;

/** A person confirms every report's triage within this time of its arrival (SCREENING_DEADLINE_MINUTES's default). */
export const SCREENING_MINUTES = 60;
/** A report whose text shows harm and that triage did not make P1 is alerted at once, to be screened within this. */
export const HARM_SCREENING_MINUTES = 15;

/**
 * What triage and screening did with a report, as the dashboard splits time to screening (a report may be in several):
 * raised by the learned signal, read by the harm concepts, alerted for harm (HARM_SCREENING_MINUTES), its priority
 * changed by the person who screened it, or confirmed as triage set it.
 */
export const SCREENING_OUTCOMES = ['learned_signal', 'concepts', 'harm_alert', 'changed_at_screening', 'confirmed_at_screening'] as const;

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
// A call-taker (helpline) records calls for any district of one province and relays for callers; sees no queue.
export const ROLES = ['officer', 'supervisor', 'provincial', 'admin', 'partner', 'helpline'] as const;

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
  // Record a report for someone else (POST /api/staff/intake), in the account's scope.
  'recordIntake',
  // Look up a receipt a caller reads out, and relay the caller's messages both ways.
  'relayForCallers',
  // Approve a high-risk case plan or closure (the unit's supervisor).
  'approveCases',
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
    recordIntake: true,
    relayForCallers: true,
    approveCases: false,
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
    recordIntake: true,
    relayForCallers: true,
    approveCases: true,
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
    recordIntake: true,
    relayForCallers: true,
    approveCases: false,
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
    recordIntake: false,
    relayForCallers: false,
    approveCases: false,
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
    recordIntake: false,
    relayForCallers: false,
    approveCases: false,
  },
  // A call-taker: records calls and relays for callers, never sees a queue or a report's view.
  helpline: {
    keepOnDuty: false,
    takeAssignments: false,
    assignOthers: false,
    transfer: false,
    viewAudit: false,
    viewStats: false,
    viewDashboard: false,
    manageAccounts: false,
    workReports: false,
    answerReferrals: false,
    recordIntake: true,
    relayForCallers: true,
    approveCases: false,
  },
};

/**
 * What an account of each role belongs to: a unit's queue (officers, supervisors; an admin optionally), a province
 * (provincial officers, call-takers), or a service desk (partners). Accounts, the CLI and the console read this.
 */
export const ROLE_SCOPE = {
  officer: 'queue',
  supervisor: 'queue',
  provincial: 'province',
  admin: 'optionalQueue',
  partner: 'desk',
  helpline: 'province',
} as const satisfies Record<(typeof ROLES)[number], 'queue' | 'optionalQueue' | 'province' | 'desk'>;

export function roleCan(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role][capability];
}

/** Roles that have a capability (for queries such as "who in this unit can be assigned a report"). */
export function rolesThatCan(capability: Capability): Role[] {
  return ROLES.filter((r) => ROLE_CAPABILITIES[r][capability]);
}

// ---- Every channel, and the case after intake (issue #24) ---------------------------------------------------

/** How a report reached the portal: the public form (`web`), or a staff member recording it from a channel. */
export const CHANNELS = ['web', 'helpline', 'walk_in', 'police', 'school', 'health', 'court', 'community', 'other'] as const;
/** The channels a staff member records a report from (POST /api/staff/intake). */
export const STAFF_CHANNELS = CHANNELS.filter((c): c is Exclude<(typeof CHANNELS)[number], 'web'> => c !== 'web');

/** The case-management steps (inter-agency guidelines, 2014); `stage` is the last step a case reached. */
export const CASE_STAGES = ['intake', 'assessment', 'planning', 'implementation', 'follow_up', 'closed'] as const;
/** Risk levels of the guidelines: high (significant harm or death without intervention), medium, low, none. */
export const RISK_LEVELS = ['high', 'medium', 'low', 'none'] as const;
export const CONSENT_PARTIES = ['child', 'carer', 'court_order'] as const;
export const CONSENT_SCOPES = ['referral', 'sharing', 'medical', 'shelter'] as const;
export const REVIEW_OUTCOMES = ['progressing', 'at_risk', 'goals_met'] as const;
/** What a supervisor approves on a high-risk case. */
export const APPROVALS = ['plan', 'closure'] as const;
/** The orders the Child Protection Court gives most (the console offers these first); any service may be ordered. */
export const COURT_ORDERS = [
  'shelter',
  'medical_examination',
  'physical_therapy',
  'psychological_counselling',
  'family_counselling',
  'legal_aid',
] as const satisfies readonly (typeof SERVICES)[number][];
/** The case actions (on POST /api/staff/reports/:reference/actions) beside the report's own. */
export const CASE_ACTIONS = ['assess', 'consent', 'plan', 'review', 'court', 'approve'] as const;

/** A review is due at least this often, in days, per risk level. */
export const REVIEW_INTERVAL_DAYS = { high: 30, medium: 90, low: 90, none: 90 } as const satisfies Record<
  (typeof RISK_LEVELS)[number],
  number
>;
/**
 * Days each step may take, per risk level: the assessment from the report's arrival, the plan from the assessment.
 * Before an assessment the risk level is presumed from the priority (PRESUMED_RISK).
 */
export const STEP_DEADLINE_DAYS = {
  high: { assessment: 1, plan: 3 },
  medium: { assessment: 3, plan: 7 },
  low: { assessment: 7, plan: 14 },
  none: { assessment: 14, plan: 30 },
} as const satisfies Record<(typeof RISK_LEVELS)[number], { assessment: number; plan: number }>;
export const PRESUMED_RISK = { P1: 'high', P2: 'medium', P3: 'low', P4: 'none' } as const satisfies Record<
  (typeof PRIORITIES)[number],
  (typeof RISK_LEVELS)[number]
>;
/** The consent scopes a referral to a service needs (every referral shares something: `referral`). */
export function consentScopesFor(service: (typeof SERVICES)[number]): (typeof CONSENT_SCOPES)[number][] {
  if (service === 'shelter') return ['referral', 'shelter'];
  if (service === 'medical_examination' || service === 'physical_therapy' || service === 'health') return ['referral', 'medical'];
  return ['referral'];
}

/**
 * Sealing contexts: the additional authenticated data each sealed column is bound to, so a ciphertext moved to
 * another column does not open. Changing one makes existing rows unreadable: add, never rename.
 */
export const SEAL_CONTEXTS = {
  report: { description: 'report.description', details: 'report.details', contact: 'report.contact', message: 'message.body' },
  staff: { reason: 'staff.event-reason', referralNote: 'staff.referral-note', totp: 'staff.totp', alertEmail: 'staff.alert-email' },
  // A case step's free text (assessment summary, safety actions, goals, review and court notes), as one JSON.
  case: { entry: 'case.entry' },
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
export type Channel = (typeof CHANNELS)[number];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];
export type CaseStage = (typeof CASE_STAGES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type ConsentParty = (typeof CONSENT_PARTIES)[number];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type Approval = (typeof APPROVALS)[number];
export type CaseAction = (typeof CASE_ACTIONS)[number];
