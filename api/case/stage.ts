// The stage a case shows: a closed report is a closed case, whichever step it had reached (rows written before the
// case cycle, or by tools, keep the stage they had).
import type { CaseStage } from '../../domain/vocabulary.ts';

export function stageOf(r: { status: string; caseStage: CaseStage }): CaseStage {
  return r.status === 'closed' ? 'closed' : r.caseStage;
}
