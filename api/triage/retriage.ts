// Re-triage when the reporter adds information to a report: the priority may rise, never fall (issue #23 kept).
import type { Priority } from '../schemas.ts';
import type { CompiledRules } from './rules.ts';
import { RANK, type TriageInput, type TriageReason, type TriageResult, triage } from './triage.ts';

export interface RetriageResult extends TriageResult {
  /** True when the priority rose; the caller records a `retriaged` event with `previousPriority` and `newReasons`. */
  changed: boolean;
  previousPriority: Priority;
  /** Reasons that were not among the report's reasons before (all of `reasons` when none were given). */
  newReasons: TriageReason[];
}

/**
 * Re-triage when the reporter adds information: the priority may rise, never fall. The due time is
 * recomputed from the original submission time so a raised report is not given extra time.
 */
export function retriage(
  current: { priority: Priority; dueAt: number; createdAt: number; reasons?: TriageReason[] },
  input: TriageInput,
  addedText: string,
  now: number,
  rules?: CompiledRules,
): RetriageResult {
  const fresh = triage({ ...input, description: `${input.description}\n${addedText}` }, current.createdAt, rules);
  const known = new Set((current.reasons ?? []).map((r) => r.id));
  const newReasons = fresh.reasons.filter((r) => !known.has(r.id));
  if (RANK[fresh.priority] < RANK[current.priority]) {
    return {
      ...fresh,
      dueAt: Math.max(Math.min(fresh.dueAt, current.dueAt), Math.min(now, current.dueAt)),
      changed: true,
      previousPriority: current.priority,
      newReasons,
    };
  }
  return {
    priority: current.priority,
    dueAt: current.dueAt,
    reasons: current.reasons ?? [],
    suggestedCategory: fresh.suggestedCategory,
    changed: false,
    previousPriority: current.priority,
    newReasons: [],
  };
}
