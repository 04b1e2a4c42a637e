// The project's vocabulary, declared once: the API's zod schemas, the database enums, the islands and the tests
// all take their lists from here (shared/spec/api.md is the contract these follow).

export const REPORTER_TYPES = ['self', 'parent_or_carer', 'teacher', 'relative', 'neighbour_or_community', 'professional', 'other'] as const;

// Categories follow the caseload of Pakistan's Child Protection Units.
export const CATEGORIES = [
  'physical_abuse',
  'sexual_abuse',
  'emotional_abuse',
  'neglect',
  'child_labour',
  'begging',
  'trafficking_or_abduction',
  'missing_or_separated',
  'child_marriage',
  'corporal_punishment',
  'online_abuse',
  'domestic_violence',
  'in_conflict_with_law',
  'other',
] as const;

export const AGE_BANDS = ['0-4', '5-9', '10-13', '14-17', 'unknown'] as const;
export const GENDERS = ['girl', 'boy', 'other', 'unknown'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

/**
 * The risk questions the report form asks after "what happened" (contract: `risks`). Any `yes` makes a report P1
 * with that question as its reason; any `unsure` makes it at least P2.
 */
export const RISK_IDS = ['seriouslyHurt', 'selfHarm', 'takenOrLockedUp', 'withHarmerSoon', 'withoutCare', 'imagesThreat', 'marriageSoon'] as const;
export const RISK_ANSWERS = ['yes', 'no', 'unsure'] as const;

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

export type ReporterType = (typeof REPORTER_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Gender = (typeof GENDERS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type RiskId = (typeof RISK_IDS)[number];
export type RiskAnswer = (typeof RISK_ANSWERS)[number];
export type Risks = Partial<Record<RiskId, RiskAnswer>>;
export type Service = (typeof SERVICES)[number];
export type CloseReason = (typeof CLOSE_REASONS)[number];
