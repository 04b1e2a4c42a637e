// Priority for a new report. Foundation rule set: immediate danger is P1, everything else P3.
// The triage issue replaces this with data-driven rules; the signature stays.
import type { Priority, ReportInput } from '../schemas.ts';

export const DEADLINE_MS: Record<Priority, number> = {
  P1: 60 * 60 * 1000,
  P2: 24 * 60 * 60 * 1000,
  P3: 72 * 60 * 60 * 1000,
  P4: 7 * 24 * 60 * 60 * 1000,
};

export interface TriageReason {
  id: string;
  en: string;
  ur: string;
}

export interface TriageResult {
  priority: Priority;
  dueAt: number;
  reasons: TriageReason[];
  suggestedCategory: string | null;
}

export function triage(input: Pick<ReportInput, 'immediateDanger' | 'category' | 'description' | 'reporter' | 'child'>, now: number): TriageResult {
  if (input.immediateDanger) {
    return {
      priority: 'P1',
      dueAt: now + DEADLINE_MS.P1,
      reasons: [{ id: 'immediate-danger', en: 'The reporter said a child is in danger right now.', ur: 'رپورٹ کرنے والے نے بتایا کہ بچہ ابھی خطرے میں ہے۔' }],
      suggestedCategory: null,
    };
  }
  return { priority: 'P3', dueAt: now + DEADLINE_MS.P3, reasons: [], suggestedCategory: null };
}

const RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

/**
 * Re-triage when the reporter adds information: the priority may rise, never fall. The due time is
 * recomputed from the original submission time so a raised report is not given extra time.
 */
export function retriage(
  current: { priority: Priority; dueAt: number; createdAt: number },
  input: Pick<ReportInput, 'immediateDanger' | 'category' | 'description' | 'reporter' | 'child'>,
  addedText: string,
  now: number,
): TriageResult & { changed: boolean } {
  const fresh = triage({ ...input, description: `${input.description}\n${addedText}` }, current.createdAt);
  if (RANK[fresh.priority] < RANK[current.priority]) {
    return { ...fresh, dueAt: Math.max(Math.min(fresh.dueAt, current.dueAt), Math.min(now, current.dueAt)), changed: true };
  }
  return { priority: current.priority, dueAt: current.dueAt, reasons: [], suggestedCategory: fresh.suggestedCategory, changed: false };
}
