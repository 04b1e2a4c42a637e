// Which harms a report's label may hold (POLICY.md), declared once: the harm → label mapping that the reasons test
// (harm-reasons.test.ts) checks every reason against. A label of P1 or P2 is a serious harm; P3 is an everyday one
// (beating without injury, labour, begging, emotional abuse, domestic violence, an older child's neglect, the law).
import type { Priority } from '../../api/schemas.ts';
import { HARM_IDS, type HarmId } from '../../api/triage/rules.ts';

const SERIOUS: readonly Priority[] = ['P1', 'P2'];
const EVERYDAY: readonly Priority[] = ['P1', 'P2', 'P3'];

/** The harm each reason names: concept harms by their id, rules.yaml signals and form rules by theirs. */
export const HARM_LABELS: Record<string, readonly Priority[]> = {
  ...(Object.fromEntries(HARM_IDS.map((id) => [id, SERIOUS])) as Record<HarmId, readonly Priority[]>),
  violence: EVERYDAY,
  shaken: SERIOUS,
  'infant-harm': SERIOUS,
  'child-self-report-sexual': SERIOUS,
  'child-self-report-abduction': SERIOUS,
  rape: SERIOUS,
  'sexual-touching': SERIOUS,
  'sexual-exposure': SERIOUS,
  abduction: SERIOUS,
  'threat-to-life': SERIOUS,
  'child-sale-imminent': SERIOUS,
  'taken-by-stranger': SERIOUS,
  trafficking: SERIOUS,
  suicide: SERIOUS,
  'newborn-abandoned': SERIOUS,
  confinement: SERIOUS,
  'shut-inside': SERIOUS,
  burned: SERIOUS,
  bleeding: SERIOUS,
  injury: SERIOUS,
  'child-marriage-imminent': SERIOUS,
  'child-marriage': SERIOUS,
  'online-exploitation': SERIOUS,
  'bonded-labour': SERIOUS,
  missing: SERIOUS,
  beating: EVERYDAY,
  labour: EVERYDAY,
  begging: EVERYDAY,
  'neglect-signs': EVERYDAY,
  'emotional-harm': EVERYDAY,
  'domestic-violence': EVERYDAY,
  'justice-contact': EVERYDAY,
  'custody-with-adults': SERIOUS,
};

/** The harm a reason id names, or null for a reason that names none (the form's danger answer, a category's standard
 *  time, a request for advice, the learned model, a risk question). */
export function harmOfReason(id: string): string | null {
  const concept = /^concept:([a-z-]+?)(?:~signs)?(?:\+.*)?$/.exec(id);
  if (concept) return concept[1]!;
  if (/^(?:category:|model:|risk:|risk-unsure:|immediate-danger$|advice-only$)/.test(id)) return null;
  return id;
}
