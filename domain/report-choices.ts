// Who reports, what is happening, the child's age band and gender: the report form's choices, part of the
// project's vocabulary (domain/vocabulary.ts re-exports them; import them from there unless bytes matter).

export const REPORTER_TYPES = [
  'self',
  'parent_or_carer',
  'teacher',
  'relative',
  'neighbour_or_community',
  'professional',
  'other',
] as const;

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
