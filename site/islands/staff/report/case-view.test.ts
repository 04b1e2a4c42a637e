import { describe, expect, it } from 'vitest';
import { awaitingApproval, closureCriteria, nextDeadline } from './case-view.ts';

const plan = (needsApproval: boolean) => ({
  at: '2026-12-01T10:00:00.000Z',
  recordedBy: 'officer.a',
  goals: [],
  reviewBy: '2026-12-20',
  counts: !needsApproval,
  needsApproval,
  approvedBy: null,
  approvedAt: null,
});
const view = (over: { riskLevel?: 'high' | 'low' | null; needsApproval?: boolean; approvals?: string[]; closedAt?: string[] } = {}) => ({
  history: (over.closedAt ?? []).map((at) => ({ type: 'close', at, by: 'officer.a', data: {} })),
  referrals: [] as { status: 'requested' | 'accepted' | 'completed' | 'declined' }[],
  case: {
    stage: 'follow_up' as const,
    riskLevel: over.riskLevel === undefined ? 'high' : over.riskLevel,
    plan: over.needsApproval === undefined ? null : plan(over.needsApproval),
    approvals: (over.approvals ?? []).map((a) => ({
      at: a.slice(a.indexOf('@') + 1),
      recordedBy: 's',
      what: a.slice(0, a.indexOf('@')) as 'plan' | 'closure',
    })),
    reviews: [] as { outcome: 'progressing' | 'at_risk' | 'goals_met' }[],
    deadlines: { assessmentBy: '2026-12-02T10:00:00.000Z', planBy: null as string | null },
  },
});

describe('the case panels’ rules', () => {
  it('a high-risk case waits for the supervisor on its plan until approved, and on each closure since the last one', () => {
    expect(awaitingApproval(view({ needsApproval: true }) as never)).toEqual(['plan', 'closure']);
    expect(awaitingApproval(view({ needsApproval: false, approvals: ['closure@2026-12-03T00:00:00.000Z'] }) as never)).toEqual([]);
    // Closed after that approval and reopened: the next closure needs its own.
    const reopened = view({ approvals: ['closure@2026-12-03T00:00:00.000Z'], closedAt: ['2026-12-04T00:00:00.000Z'] });
    expect(awaitingApproval(reopened as never)).toEqual(['closure']);
    expect(awaitingApproval(view({ riskLevel: 'low' }) as never)).toEqual([]);
  });

  it('closure criteria: goals met at the latest review, no referral waiting, and approval only for high risk', () => {
    const v = view({ riskLevel: 'low' });
    v.case.reviews.push({ outcome: 'at_risk' }, { outcome: 'goals_met' });
    v.referrals.push({ status: 'completed' }, { status: 'declined' });
    expect(closureCriteria(v as never)).toEqual([
      ['goalsMet', true],
      ['referrals', true],
    ]);
    const high = view();
    high.referrals.push({ status: 'accepted' });
    expect(closureCriteria(high as never)).toEqual([
      ['goalsMet', false],
      ['referrals', false],
      ['approval', false],
    ]);
  });

  it('the next deadline: the assessment at intake, a plan until one counts, none after', () => {
    const c = view().case;
    expect(nextDeadline({ ...c, stage: 'intake' })).toEqual({ step: 'assessment', by: c.deadlines.assessmentBy });
    const planBy = '2026-12-05T10:00:00.000Z';
    expect(nextDeadline({ stage: 'planning', deadlines: { ...c.deadlines, planBy } })).toEqual({ step: 'plan', by: planBy });
    expect(nextDeadline({ stage: 'implementation', deadlines: { ...c.deadlines, planBy } })).toBeNull();
  });
});
