// One staff action per request. Each is validated (ActionInput in ./schemas.ts, a union on `type`), checked against the
// account's role, written with its history event in one batch, and moves the reporter-facing status.

import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client.ts';
import type { Report, StaffUser } from '../../db/schema.ts';
import { deskById } from '../../directory/desks.ts';
import type { Lang } from '../../domain/languages.ts';
import { pktDay } from '../../domain/pakistan-time.ts';
import { REFERRAL_NEXT, roleCan } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import type { Sealer } from '../crypto/seal.ts';
import { ApiError } from '../kernel/errors.ts';
import { DEADLINE_MS } from '../triage/triage.ts';
import {
  type ActionWrite,
  actionWrites,
  commitAction,
  otherReportInScope,
  referralOfReport,
  staffByUsername,
  transferTarget,
} from './queries.ts';
import { closureApproved, consentCovers, stageFromEntries } from './record.ts';
import type { ActionInput } from './schemas.ts';
import { entriesOf, lastClosedAt } from './step-queries.ts';
import { applyStep, isCaseStep } from './steps.ts';
import { SEAL_CONTEXT, STAFF_SEAL } from './view.ts';

// Allowed on a closed report: everything else needs it reopened first.
const WHILE_CLOSED = new Set(['reopen', 'note', 'message']);
// Referral states move forward only.

export interface ActionDeps {
  db: Db;
  sealer: Sealer;
}

/** Applies the action; returns the audit detail (ids and choices only, never free text). */
export async function applyAction(
  deps: ActionDeps,
  user: StaffUser,
  report: Report,
  action: ActionInput,
  locale: Lang,
  now = Date.now(),
): Promise<Record<string, unknown>> {
  const { db, sealer } = deps;
  const t = getT(locale, 'api');
  const invalid = (field: string, key = 'field.invalid') => new ApiError(400, 'validation_failed', { fields: { [field]: t(key) } });

  if (report.status === 'closed' && !WHILE_CLOSED.has(action.type)) throw invalid('type', 'field.invalidChoice');
  if (action.type === 'reopen' && report.status !== 'closed') throw invalid('type', 'field.invalidChoice');

  const patch: Partial<Report> = { updatedAt: now, firstActionAt: report.firstActionAt ?? now };
  // Any staff work moves a new report on; the reporter sees "in review" from the first action.
  let status: Report['status'] = report.status === 'new' ? 'in_progress' : report.status;
  let reporterStatus: Report['reporterStatus'] = report.reporterStatus === 'received' ? 'in_review' : report.reporterStatus;
  const eventData: Record<string, unknown> = {};
  const audit: Record<string, unknown> = { type: action.type };
  const extra: (ActionWrite | BatchItem<'sqlite'>)[] = [];
  // The case record, for the steps themselves and for what they gate (a referral's consent, a high-risk closure).
  const needsRecord = isCaseStep(action) || ['refer', 'close', 'reopen'].includes(action.type);
  const entries = needsRecord ? await entriesOf(db, report.id) : [];
  const write = actionWrites(db);
  const sealReason = (s: string | undefined) => (s ? sealer.seal(s, STAFF_SEAL.reason) : undefined);

  if (action.type === 'screen') {
    // Screening confirms triage only: the reporter's status and the "first action" clock are left as they were.
    status = report.status;
    reporterStatus = report.reporterStatus;
    patch.firstActionAt = report.firstActionAt;
  }

  if (isCaseStep(action)) {
    const step = applyStep({ db, sealer, user, report, entries, now, today: pktDay(now), invalid }, action);
    Object.assign(patch, step.patch);
    Object.assign(eventData, step.eventData);
    Object.assign(audit, step.audit);
    extra.push(...step.extra);
    if (step.referred) {
      status = 'referred';
      reporterStatus = 'referred';
    }
  }
  switch (action.type) {
    case 'screen':
      screen(report, action, user, now, patch, eventData, audit);
      break;
    case 'assign': {
      if (!roleCan(user.role, 'assignOthers') && action.to !== user.username) throw new ApiError(403, 'forbidden');
      const target = await staffByUsername(db, action.to);
      const canWork =
        target &&
        !target.disabled &&
        (target.queueId === report.queueId || (target.role === 'provincial' && target.provinceId === report.provinceId));
      if (!target || !canWork) throw invalid('to');
      patch.assignedTo = target.id;
      if (['new', 'in_progress', 'transferred'].includes(status)) status = 'assigned';
      eventData.to = target.username;
      audit.to = target.username;
      break;
    }
    case 'set_priority':
      patch.priority = action.priority;
      patch.dueAt = report.createdAt + DEADLINE_MS[action.priority];
      Object.assign(eventData, { from: report.priority, to: action.priority, reasonCt: sealReason(action.reason) });
      audit.priority = action.priority;
      break;
    case 'set_category':
      patch.category = action.category;
      Object.assign(eventData, { from: report.category, to: action.category, reasonCt: sealReason(action.reason) });
      audit.category = action.category;
      break;
    case 'refer': {
      // A desk must offer the service and serve the report's unit or district (GET /api/staff/desks lists them).
      const desk = action.desk === undefined ? undefined : deskById(action.desk);
      if (
        action.desk !== undefined &&
        (!desk || desk.service !== action.service || (desk.queue !== report.queueId && desk.district !== report.districtId))
      )
        throw invalid('desk', 'field.invalidChoice');
      // Nothing about the child is shared without consent (or a court order) covering the service.
      if (!consentCovers(entries, action.service)) throw new ApiError(409, 'consent_required');
      // The desk's deadline follows the report's priority (P1 one hour … P4 seven days), counted from the referral.
      const dueAt = now + DEADLINE_MS[report.priority];
      extra.push(
        write.addReferral({
          reportId: report.id,
          service: action.service,
          deskId: desk?.id ?? null,
          dueAt,
          staffId: user.id,
          noteCt: action.note ? sealer.seal(action.note, STAFF_SEAL.referralNote) : null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      if (desk) {
        eventData.desk = desk.id;
        audit.desk = desk.id;
      }
      status = 'referred';
      reporterStatus = 'referred';
      eventData.service = action.service;
      audit.service = action.service;
      break;
    }
    case 'update_referral': {
      const ref = await referralOfReport(db, Number(action.referralId), report.id);
      if (!ref) throw invalid('referralId');
      if (!REFERRAL_NEXT[ref.status]!.includes(action.status)) throw invalid('status', 'field.invalidChoice');
      extra.push(
        write.updateReferral(ref.id, {
          status: action.status,
          updatedAt: now,
          ...(action.note ? { noteCt: sealer.seal(action.note, STAFF_SEAL.referralNote) } : {}),
        }),
      );
      Object.assign(eventData, { referralId: String(ref.id), service: ref.service, from: ref.status, to: action.status });
      Object.assign(audit, { referralId: String(ref.id), status: action.status });
      break;
    }
    case 'transfer': {
      if (!roleCan(user.role, 'transfer')) throw new ApiError(403, 'forbidden');
      const target = await transferTarget(db, action.queueId, report.queueId);
      if (!target) throw invalid('queueId', 'field.invalidChoice');
      patch.queueId = target.id;
      patch.assignedTo = null;
      status = 'transferred';
      Object.assign(eventData, { from: report.queueId, to: target.id, reasonCt: sealReason(action.reason) });
      Object.assign(audit, { from: report.queueId, to: target.id });
      break;
    }
    case 'note':
    case 'message':
      extra.push(
        write.addMessage({
          reportId: report.id,
          sender: action.type === 'note' ? 'note' : 'staff',
          staffId: user.id,
          queueId: report.queueId,
          bodyCt: sealer.seal(action.body, SEAL_CONTEXT.message),
          createdAt: now,
        }),
      );
      break;
    case 'mark_duplicate': {
      const other = await otherReportInScope(db, user, action.of.trim().toUpperCase(), report.id);
      if (!other) throw invalid('of');
      patch.duplicateOf = other.reference;
      eventData.of = other.reference;
      audit.of = other.reference;
      break;
    }
    case 'close':
      // A high-risk case closes only once the unit's supervisor approved this closure.
      if (report.riskLevel === 'high' && !closureApproved(entries, await lastClosedAt(db, report.id)))
        throw new ApiError(409, 'approval_required');
      patch.caseStage = 'closed';
      status = 'closed';
      reporterStatus = 'closed';
      Object.assign(patch, { closeReason: action.reason, closedAt: now });
      Object.assign(eventData, { reason: action.reason, ...(action.note ? { reasonCt: sealReason(action.note) } : {}) });
      audit.reason = action.reason;
      break;
    case 'reopen':
      status = 'in_progress';
      reporterStatus = 'in_review';
      Object.assign(patch, { closeReason: null, closedAt: null, caseStage: stageFromEntries(entries, report.riskLevel) });
      eventData.reasonCt = sealReason(action.reason);
      break;
    case 'acknowledge':
      // Recorded as its own event; the alert rows are marked below, as for any action by a person in scope.
      break;
  }

  patch.status = status;
  patch.reporterStatus = reporterStatus;
  if (reporterStatus !== report.reporterStatus) eventData.reporterStatus = reporterStatus;
  const eventType = action.type === 'message' ? 'staff_message' : action.type;
  await commitAction(db, { reportId: report.id, staffId: user.id, at: now, patch, eventType, eventData, extra });
  return audit;
}

/**
 * A person confirms (or changes) the triage of a report: it is screened by them now, and a changed priority
 * gets its due time from the arrival time, as `set_priority` does.
 */
function screen(
  report: Report,
  action: Extract<ActionInput, { type: 'screen' }>,
  user: StaffUser,
  now: number,
  patch: Partial<Report>,
  eventData: Record<string, unknown>,
  audit: Record<string, unknown>,
) {
  patch.screenedAt = now;
  patch.screenedBy = user.id;
  Object.assign(eventData, { from: report.priority, to: action.priority });
  audit.priority = action.priority;
  if (action.priority !== report.priority) {
    patch.priority = action.priority;
    patch.dueAt = report.createdAt + DEADLINE_MS[action.priority];
  }
  if (action.category && action.category !== report.category) {
    patch.category = action.category;
    Object.assign(eventData, { fromCategory: report.category, toCategory: action.category });
  }
  if (action.category) audit.category = action.category;
}
