// What the case panels decide from a report's view, pure (case-view.test.ts): what awaits the supervisor, which
// closure criteria are met, and which step is due next and by when.
import type { Approval } from '../../../../domain/vocabulary.ts';
import type { FullReport } from '../../api/types.ts';

type View = Pick<FullReport, 'history' | 'referrals'> & {
  case: Pick<FullReport['case'], 'plan' | 'riskLevel' | 'approvals' | 'reviews' | 'stage' | 'deadlines'>;
};

/** What of a high-risk case waits for the supervisor: its plan (until approved), its closure (each time it closes). */
export function awaitingApproval(r: Pick<View, 'history' | 'case'>): Approval[] {
  const lastClosed = Math.max(0, ...r.history.filter((h) => h.type === 'close').map((h) => Date.parse(h.at)));
  const closureApproved = r.case.approvals.some((a) => a.what === 'closure' && Date.parse(a.at) > lastClosed);
  return [
    ...(r.case.plan?.needsApproval ? (['plan'] as const) : []),
    ...(r.case.riskLevel === 'high' && !closureApproved ? (['closure'] as const) : []),
  ];
}

export type ClosureCriterion = 'goalsMet' | 'referrals' | 'approval';

/** The guidelines' closure criteria and whether each is met: goals met at the latest review, no referral still
 *  waiting on a service, and for a high-risk case the supervisor's approval (which the API enforces). */
export function closureCriteria(r: View): [ClosureCriterion, boolean][] {
  return [
    ['goalsMet', r.case.reviews.at(-1)?.outcome === 'goals_met'],
    ['referrals', !r.referrals.some((x) => x.status === 'requested' || x.status === 'accepted')],
    ...(r.case.riskLevel === 'high' ? [['approval', !awaitingApproval(r).includes('closure')] as [ClosureCriterion, boolean]] : []),
  ];
}

/** The step due next and its deadline: the assessment from arrival, then a plan that counts from the assessment. */
export function nextDeadline(c: Pick<FullReport['case'], 'stage' | 'deadlines'>): { step: 'assessment' | 'plan'; by: string } | null {
  if (c.stage === 'intake') return { step: 'assessment', by: c.deadlines.assessmentBy };
  if ((c.stage === 'assessment' || c.stage === 'planning') && c.deadlines.planBy) return { step: 'plan', by: c.deadlines.planBy };
  return null;
}
