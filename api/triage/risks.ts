// The risk questions' floor under triage: a yes to any of them is an emergency, a "not sure" is at least
// urgent. Pure, applied after triage() so the answers can only raise a priority, never lower it.

import type { Lang } from '../../domain/languages.ts';
import { RISK_IDS, type RiskId, type Risks } from '../../domain/risks.ts';
import type { Priority } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import { RANK, reasonText, type TriageReason } from './triage.ts';

/** What staff read for each risk question answered "yes" (the reason's text, in every language of the registry). */
export const RISK_REASONS: Record<RiskId, Record<Lang, string>> = Object.fromEntries(
  RISK_IDS.map((id) => [id, reasonText('risk.yes', (l) => ({ question: questionText(id, l) }))]),
) as Record<RiskId, Record<Lang, string>>;
const UNSURE_REASONS: Record<RiskId, Record<Lang, string>> = Object.fromEntries(
  RISK_IDS.map((id) => [id, reasonText('risk.unsure', (l) => ({ question: questionText(id, l) }))]),
) as Record<RiskId, Record<Lang, string>>;
function questionText(id: RiskId, lang: Lang): string {
  return getT(lang, 'api')(`triage.risk.${id}`) as string;
}

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
    reasons.push({ id: `risk-unsure:${id}`, ...UNSURE_REASONS[id] });
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
