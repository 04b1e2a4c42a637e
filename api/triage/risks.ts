// The risk questions' floor under triage: a yes to any of them is an emergency, a "not sure" is at least
// urgent. Pure, applied after triage() so the answers can only raise a priority, never lower it.
import { RISK_IDS, type RiskId, type Risks } from '../../domain/risks.ts';
import type { Priority } from '../../domain/vocabulary.ts';
import type { TriageReason } from './triage.ts';

const RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

/** What staff read for each risk question answered "yes" (the reason's text, in every language). */
export const RISK_REASONS: Record<RiskId, { en: string; ur: string }> = {
  seriouslyHurt: { en: 'Risk question: the child is badly hurt or needs a doctor.', ur: 'خطرے کا سوال: بچہ بری طرح زخمی ہے یا اسے ڈاکٹر کی ضرورت ہے۔' },
  selfHarm: { en: 'Risk question: the child talks of dying or hurting themselves.', ur: 'خطرے کا سوال: بچہ مرنے یا خود کو نقصان پہنچانے کی بات کرتا ہے۔' },
  takenOrLockedUp: { en: 'Risk question: the child is taken, sold, missing or locked up now.', ur: 'خطرے کا سوال: بچہ اس وقت اغوا، فروخت، لاپتہ یا بند ہے۔' },
  withHarmerSoon: { en: 'Risk question: the person who hurts the child will be alone with them today or tonight.', ur: 'خطرے کا سوال: نقصان پہنچانے والا آج یا آج رات بچے کے ساتھ اکیلا ہوگا۔' },
  withoutCare: { en: 'Risk question: the child has no food, water or adult to care for them now.', ur: 'خطرے کا سوال: بچے کے پاس اس وقت کھانا، پانی یا دیکھ بھال کرنے والا بڑا نہیں ہے۔' },
  imagesThreat: { en: 'Risk question: someone threatens to share pictures of the child or demands pictures or money.', ur: 'خطرے کا سوال: کوئی بچے کی تصویریں پھیلانے کی دھمکی دیتا ہے یا تصویریں یا پیسے مانگتا ہے۔' },
  marriageSoon: { en: 'Risk question: a marriage of the child is set for the coming days.', ur: 'خطرے کا سوال: بچے کی شادی آنے والے دنوں میں طے ہے۔' },
};
const UNSURE_REASON = { en: 'Risk question answered "not sure": ', ur: 'خطرے کے سوال کا جواب "پتا نہیں": ' };

export interface RiskFloor {
  /** The lowest priority the answers allow (null: the answers set no floor). */
  floor: Priority | null;
  /** `risk:<id>` for each yes, `risk-unsure:<id>` for each "not sure", in RISK_IDS order. */
  reasons: TriageReason[];
}

/** The floor the risk answers put under a report's priority, with one reason per question that set it. */
export function riskFloor(risks: Risks | undefined): RiskFloor {
  const reasons: TriageReason[] = [];
  let floor: Priority | null = null;
  for (const id of RISK_IDS) {
    const answer = risks?.[id];
    if (answer === 'yes') {
      floor = 'P1';
      reasons.push({ id: `risk:${id}`, ...RISK_REASONS[id] });
    }
  }
  for (const id of RISK_IDS) {
    if (risks?.[id] !== 'unsure') continue;
    floor ??= 'P2';
    const text = RISK_REASONS[id];
    reasons.push({ id: `risk-unsure:${id}`, en: UNSURE_REASON.en + text.en.replace(/^Risk question: /, ''), ur: UNSURE_REASON.ur + text.ur.replace(/^خطرے کا سوال: /, '') });
  }
  return { floor, reasons };
}

/**
 * Raises a triage result to the risk answers' floor (never lowers it). The due time is recomputed from the
 * arrival time with the deadline of the raised priority; reasons of a yes come first so staff read them first.
 */
export function applyRiskFloor<T extends { priority: Priority; dueAt: number; reasons: TriageReason[] }>(
  result: T,
  risks: Risks | undefined,
  createdAt: number,
  deadlineMs: Record<Priority, number>,
): T {
  const { floor, reasons } = riskFloor(risks);
  if (!reasons.length) return result;
  const raise = floor !== null && RANK[floor] < RANK[result.priority];
  const priority = raise ? floor : result.priority;
  const yes = reasons.filter((r) => r.id.startsWith('risk:'));
  const unsure = reasons.filter((r) => !r.id.startsWith('risk:'));
  // A category's "standard time" reason is no longer what decided the priority once the answers raised it.
  const kept = raise ? result.reasons.filter((r) => !r.id.startsWith('category:')) : result.reasons;
  return { ...result, priority, dueAt: raise ? createdAt + deadlineMs[priority] : result.dueAt, reasons: [...yes, ...kept, ...unsure] };
}
