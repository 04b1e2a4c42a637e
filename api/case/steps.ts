// The case steps after intake (assess, consent, plan, review, court, approve), as one part of applyAction
// (./actions.ts): each returns what it changes on the report, its history event and audit detail (choices only), and
// its own rows, which applyAction commits with the report's change in one batch. Free text is sealed (one JSON).
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client.ts';
import { type CaseEntry, caseEntries, type Report, referrals, type StaffUser } from '../../db/schema.ts';
import { deskById } from '../../directory/desks.ts';
import { CASE_ACTIONS, CASE_STAGES, type CaseAction, roleCan, SEAL_CONTEXTS } from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/seal.ts';
import { ApiError } from '../kernel/errors.ts';
import { DEADLINE_MS } from '../triage/triage.ts';
import { latestPlan, latestReviewDay, stageFromEntries } from './record.ts';
import type { ActionInput } from './schemas.ts';
import { approvePlan } from './step-queries.ts';

export type StepAction = Extract<ActionInput, { type: CaseAction }>;
export const isCaseStep = (a: ActionInput): a is StepAction => (CASE_ACTIONS as readonly string[]).includes(a.type);

export interface StepContext {
  db: Db;
  sealer: Pick<Sealer, 'seal'>;
  user: StaffUser;
  report: Report;
  entries: CaseEntry[];
  now: number;
  today: string;
  /** A 400 naming the field, in the request's language. */
  invalid: (field: string, key?: string) => ApiError;
}

export interface StepResult {
  patch: Partial<Report>;
  eventData: Record<string, unknown>;
  audit: Record<string, unknown>;
  extra: BatchItem<'sqlite'>[];
  /** A court order's referrals move the report to "referred", as a refer does. */
  referred?: boolean;
}

export function applyStep(ctx: StepContext, action: StepAction): StepResult {
  const { db, sealer, user, report, entries, now, today, invalid } = ctx;
  const entry = (data: Record<string, unknown>, text?: Record<string, string | undefined>) =>
    db.insert(caseEntries).values({
      reportId: report.id,
      kind: action.type,
      staffId: user.id,
      at: now,
      data: JSON.stringify(data),
      textCt: text && Object.values(text).some(Boolean) ? sealer.seal(JSON.stringify(text), SEAL_CONTEXTS.case.entry) : null,
    });
  const result = (patch: Partial<Report>, data: Record<string, unknown>, extra: BatchItem<'sqlite'>[]): StepResult => ({
    patch,
    eventData: data,
    audit: { type: action.type, ...data },
    extra,
  });
  // A later step never moves the stage back (a re-assessment keeps the plan in action).
  const advance = (to: Report['caseStage']) => (CASE_STAGES.indexOf(to) > CASE_STAGES.indexOf(report.caseStage) ? to : report.caseStage);

  switch (action.type) {
    case 'assess': {
      const data = { riskLevel: action.riskLevel, needs: action.needs };
      const patch: Partial<Report> = {
        riskLevel: action.riskLevel,
        assessedAt: report.assessedAt ?? now,
        caseStage: advance('assessment'),
      };
      // A risk raised to high pulls the next review within its shorter interval.
      const limit = latestReviewDay(today, action.riskLevel);
      if (report.nextReviewBy && report.nextReviewBy > limit) patch.nextReviewBy = limit;
      return result(patch, data, [entry(data, { summary: action.summary, immediateSafety: action.immediateSafety })]);
    }
    case 'consent': {
      const data = { by: action.by, given: action.given, scope: action.scope };
      return result({}, data, [entry(data, { note: action.note })]);
    }
    case 'plan': {
      if (report.riskLevel === null) throw invalid('type', 'field.caseStepOrder');
      reviewDay(action.reviewBy, 'reviewBy', ctx);
      action.goals.forEach((g, i) => {
        if (g.due < today) throw invalid(`goals.${i}.due`, 'field.dateInPast');
        if (g.desk !== undefined) {
          const desk = deskById(g.desk);
          const serves = desk && (desk.queue === report.queueId || desk.district === report.districtId);
          if (!desk || !serves || (g.service !== undefined && desk.service !== g.service))
            throw invalid(`goals.${i}.desk`, 'field.invalidChoice');
        }
      });
      const needsApproval = report.riskLevel === 'high';
      const data = {
        goals: action.goals.map((g) => ({ service: g.service ?? null, desk: g.desk ?? null, due: g.due })),
        reviewBy: action.reviewBy,
        needsApproval,
      };
      const patch: Partial<Report> = {
        nextReviewBy: action.reviewBy,
        caseStage: needsApproval ? (report.caseStage === 'follow_up' ? 'follow_up' : 'planning') : advance('implementation'),
        ...(needsApproval ? {} : { plannedAt: report.plannedAt ?? now }),
      };
      return result(patch, data, [entry(data, Object.fromEntries(action.goals.map((g, i) => [`goal${i}`, g.text])))]);
    }
    case 'review': {
      if (!latestPlan(entries, report.riskLevel)) throw invalid('type', 'field.caseStepOrder');
      const next = action.nextReviewBy ?? latestReviewDay(today, report.riskLevel);
      reviewDay(next, 'nextReviewBy', ctx);
      const data = { outcome: action.outcome, nextReviewBy: next };
      return result({ nextReviewBy: next, caseStage: advance('follow_up') }, data, [entry(data, { note: action.note })]);
    }
    case 'court': {
      // Each order becomes a referral to follow, due like any referral of the report's priority.
      const orders = action.orders.map((service) =>
        db.insert(referrals).values({
          reportId: report.id,
          service,
          deskId: null,
          dueAt: now + DEADLINE_MS[report.priority],
          staffId: user.id,
          noteCt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const data = { date: action.date, orders: action.orders };
      return { ...result({}, data, [entry(data, { note: action.note }), ...orders]), referred: true };
    }
    case 'approve': {
      if (!roleCan(user.role, 'approveCases')) throw new ApiError(403, 'forbidden');
      const data = { what: action.what };
      if (action.what === 'closure') return result({}, data, [entry(data)]);
      const plan = latestPlan(entries, report.riskLevel);
      if (!plan || plan.counts) throw invalid('what', 'field.invalidChoice');
      const approved = [{ ...plan.entry, approvedAt: now }, ...entries.filter((e) => e !== plan.entry)];
      return result({ plannedAt: report.plannedAt ?? now, caseStage: stageFromEntries(approved, report.riskLevel) }, data, [
        entry(data),
        approvePlan(db, plan.entry.id, user.id, now),
      ]);
    }
  }
}

/** A review date is today or later, and no later than the risk level's interval allows. */
function reviewDay(day: string, field: string, ctx: StepContext) {
  if (day < ctx.today) throw ctx.invalid(field, 'field.dateInPast');
  if (day > latestReviewDay(ctx.today, ctx.report.riskLevel)) throw ctx.invalid(field, 'field.reviewTooLate');
}
