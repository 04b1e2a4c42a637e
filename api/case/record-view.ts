// The `case` object of a report's staff view (docs/api.md "The case record"): pure, from the report row and its case
// entries; free text opened here (sealed at rest), staff named by username.
import type { CaseEntry, Report } from '../../db/schema.ts';
import { isReviewOverdue, stageOf } from '../../domain/case-cycle.ts';
import {
  type Approval,
  type ConsentParty,
  type ConsentScope,
  PRESUMED_RISK,
  type ReviewOutcome,
  type RiskLevel,
  SEAL_CONTEXTS,
  STEP_DEADLINE_DAYS,
} from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/seal.ts';
import { latestPlan } from './record.ts';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export function caseRecordView(
  sealer: Pick<Sealer, 'open'>,
  report: Report,
  entries: readonly CaseEntry[],
  nameOf: (id: number | null) => string | null,
  now: number,
) {
  const textOf = (e: CaseEntry): Record<string, string> =>
    e.textCt ? (JSON.parse(sealer.open(e.textCt, SEAL_CONTEXTS.case.entry)) as Record<string, string>) : {};
  // `recordedBy` is the staff member (a consent's own `by` is who gave it: the child, a carer, a court order).
  const base = (e: CaseEntry) => ({ at: iso(e.at), recordedBy: nameOf(e.staffId) });
  const of = (kind: CaseEntry['kind']) => entries.filter((e) => e.kind === kind);
  const data = <T>(e: CaseEntry) => JSON.parse(e.data) as T;

  const assessed = of('assess').at(-1);
  const plan = latestPlan(entries, report.riskLevel);
  const presumed = report.riskLevel ?? PRESUMED_RISK[report.priority];
  return {
    stage: stageOf(report),
    riskLevel: report.riskLevel,
    assessment: assessed
      ? {
          ...base(assessed),
          ...data<{ riskLevel: RiskLevel; needs: string[] }>(assessed),
          summary: textOf(assessed).summary ?? null,
          immediateSafety: textOf(assessed).immediateSafety ?? null,
        }
      : null,
    plan: plan
      ? (() => {
          const d = data<{
            goals: { service: string | null; desk: string | null; due: string }[];
            reviewBy: string;
            needsApproval: boolean;
          }>(plan.entry);
          const text = textOf(plan.entry);
          return {
            ...base(plan.entry),
            goals: d.goals.map((g, i) => ({ ...g, text: text[`goal${i}`] ?? null })),
            reviewBy: d.reviewBy,
            counts: plan.counts,
            needsApproval: d.needsApproval && plan.entry.approvedAt === null,
            approvedBy: nameOf(plan.entry.approvedBy),
            approvedAt: plan.entry.approvedAt === null ? null : iso(plan.entry.approvedAt),
          };
        })()
      : null,
    reviews: of('review').map((e) => ({
      ...base(e),
      ...data<{ outcome: ReviewOutcome; nextReviewBy: string }>(e),
      note: textOf(e).note ?? null,
    })),
    court: of('court').map((e) => ({ ...base(e), ...data<{ date: string; orders: string[] }>(e), note: textOf(e).note ?? null })),
    consents: of('consent').map((e) => ({
      ...base(e),
      ...data<{ by: ConsentParty; given: boolean; scope: ConsentScope[] }>(e),
      note: textOf(e).note ?? null,
    })),
    approvals: of('approve').map((e) => ({ ...base(e), ...data<{ what: Approval }>(e) })),
    nextReviewBy: report.nextReviewBy,
    reviewOverdue: isReviewOverdue(report, now),
    // When the next step is due (the assessment from arrival, the plan from the assessment), per risk level.
    deadlines: {
      assessmentBy: iso(report.createdAt + STEP_DEADLINE_DAYS[presumed].assessment * DAY_MS),
      planBy: report.assessedAt === null ? null : iso(report.assessedAt + STEP_DEADLINE_DAYS[presumed].plan * DAY_MS),
    },
  };
}
export type CaseRecordView = ReturnType<typeof caseRecordView>;
