// Pure facts of the case cycle shared by the queue, the report view and the exports (no feature owns them).

import { pktDay } from './pakistan-time.ts';
import { type CaseStage, REVIEW_INTERVAL_DAYS, type RiskLevel } from './vocabulary.ts';

/** A closed report is a closed case, whichever step it had reached (rows from before the cycle keep theirs). */
export function stageOf(r: { status: string; caseStage: CaseStage }): CaseStage {
  return r.status === 'closed' ? 'closed' : r.caseStage;
}

/** A case whose review date (a Pakistan day) has passed while it is open: flagged in the queue and the view. */
export function isReviewOverdue(r: { status: string; nextReviewBy: string | null }, now: number): boolean {
  return r.status !== 'closed' && r.nextReviewBy !== null && r.nextReviewBy < pktDay(now);
}

/** YYYY-MM-DD plus whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The latest date the next review may be set to, from today, for the case's risk level (unassessed: the longest). */
export function latestReviewDay(today: string, riskLevel: RiskLevel | null): string {
  return addDays(today, REVIEW_INTERVAL_DAYS[riskLevel ?? 'none']);
}
