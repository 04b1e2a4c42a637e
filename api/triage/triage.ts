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
