// The risk questions, declared once. A module of their own, apart from domain/vocabulary.ts, so the report form's
// script carries these two short lists and none of the staff vocabulary (the /<lang>/report/ byte budget is tight).
/**
 * The risk questions the report form asks after "what happened" (contract: `risks`). Any `yes` makes a report P1
 * with that question as its reason; any `unsure` makes it at least P2.
 */
export const RISK_IDS = [
  'seriouslyHurt',
  'selfHarm',
  'takenOrLockedUp',
  'withHarmerSoon',
  'withoutCare',
  'imagesThreat',
  'marriageSoon',
] as const;
export const RISK_ANSWERS = ['yes', 'no', 'unsure'] as const;

export type RiskId = (typeof RISK_IDS)[number];
export type RiskAnswer = (typeof RISK_ANSWERS)[number];
export type Risks = Partial<Record<RiskId, RiskAnswer>>;

/**
 * Asked of a child the safe way round (`withoutCare`: "Do you have food and water, and a grown-up looking after
 * you?"), since a negative question with yes/no buttons is answered the wrong way: the child's Yes posts `no`.
 */
export const CHILD_SAFE_SIDE: readonly RiskId[] = ['withoutCare'];

/** The answer a choice stands for in the child's wording: Yes and No swapped on the questions asked the safe way. */
export const childRiskAnswer = (id: string, answer: string): string =>
  (CHILD_SAFE_SIDE as readonly string[]).includes(id) && answer !== 'unsure' ? (answer === 'yes' ? 'no' : 'yes') : answer;
