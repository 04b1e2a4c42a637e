// The queue feature's answers, shaped from query rows: pure functions (present.test.ts), no I/O.
import type { Report } from '../../db/schema.ts';
import { isReviewOverdue, stageOf } from '../../domain/case-cycle.ts';
import type { Lang } from '../../domain/languages.ts';
import { PRIORITIES } from '../../domain/vocabulary.ts';
import { screeningDeadline } from '../triage/harm.ts';
import type { FigureRow, OpenCountRow } from './queries.ts';

/** Whether a person has confirmed the report's triage, and how long it has waited for one (minutes). */
export function screeningOf(r: { screenedAt: number | null; createdAt: number; status: string }, now: number) {
  const unscreened = r.screenedAt === null && r.status !== 'closed';
  return {
    unscreened,
    screenedAt: r.screenedAt === null ? null : new Date(r.screenedAt).toISOString(),
    waitingMinutes: unscreened ? Math.max(0, Math.floor((now - r.createdAt) / 60_000)) : null,
  };
}

type Counts = Record<(typeof PRIORITIES)[number], number>;
export interface QueueSummary {
  id: string;
  name: Record<Lang, string>;
  province: string | null;
  district: string | null;
  open: Counts;
  overdue: number;
  unscreened: number;
  referralsOverdue: number;
  reviewsOverdue: number;
}

/**
 * One summary per queue from its rows per priority. The account's own queue first, then a province's queues the
 * busiest first (most open P1), so a provincial officer sees where the work is.
 */
export function summariseQueues(
  rows: OpenCountRow[],
  referralsOverdue: { queueId: string; count: number }[],
  ownQueueId: string | null,
): QueueSummary[] {
  const byQueue = new Map<string, QueueSummary>();
  for (const r of rows) {
    const zero = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Counts;
    const q = byQueue.get(r.id) ?? {
      id: r.id,
      name: r.names,
      province: r.provinceId,
      district: r.districtId,
      open: zero,
      overdue: 0,
      unscreened: 0,
      referralsOverdue: 0,
      reviewsOverdue: 0,
    };
    if (r.priority) {
      q.open[r.priority] = Number(r.open);
      q.overdue += Number(r.overdue ?? 0);
      q.unscreened += Number(r.unscreened ?? 0);
      q.reviewsOverdue += Number(r.reviewsOverdue ?? 0);
    }
    byQueue.set(r.id, q);
  }
  // Referrals whose desk has not answered (or not completed) by the deadline of the report's priority.
  for (const r of referralsOverdue) {
    const q = byQueue.get(r.queueId);
    if (q) q.referralsOverdue = r.count;
  }
  return [...byQueue.values()].sort(
    (a, b) => (ownQueueId === a.id ? -1 : ownQueueId === b.id ? 1 : 0) || b.open.P1 - a.open.P1 || a.id.localeCompare(b.id),
  );
}

/** A report as a queue page lists it; `screeningMs` is the configured screening deadline (SCREENING_DEADLINE_MINUTES). */
export function queueEntry(r: Report, assignee: string | null, referralsOverdue: number, now: number, screeningMs: number) {
  return {
    referralsOverdue: Number(referralsOverdue),
    reference: r.reference,
    priority: r.priority,
    category: r.category,
    status: r.status,
    reporterStatus: r.reporterStatus,
    dueAt: new Date(r.dueAt).toISOString(),
    overdue: r.status !== 'closed' && r.dueAt < now,
    createdAt: new Date(r.createdAt).toISOString(),
    verified: r.verified,
    district: r.districtId,
    province: r.provinceId,
    assignedTo: assignee,
    possibleDuplicates: JSON.parse(r.possibleDuplicates) as string[],
    ...screeningOf(r, now),
    ...screeningDeadline(r, screeningMs),
    channel: r.channel,
    stage: stageOf(r),
    riskLevel: r.riskLevel,
    nextReviewBy: r.nextReviewBy,
    reviewOverdue: isReviewOverdue(r, now),
  };
}

/** The supervisors' figures for every queue in scope, zero where a queue has no reports. */
export function queueFigures(scope: string[], rows: FigureRow[], referralsLate: { queueId: string; count: number }[]) {
  const byQueue = new Map(rows.map((r) => [r.queueId, r]));
  const late = new Map(referralsLate.map((r) => [r.queueId, r.count]));
  const zero = { open: 0, overdue: 0, p1Waiting: 0, received7: 0, closed7: 0, p1Total: 0, p1OnTime: 0 };
  return scope
    .map((queueId) => ({ queueId, ...zero, ...byQueue.get(queueId) }))
    .map((r) => ({
      queueId: r.queueId,
      open: Number(r.open),
      overdue: Number(r.overdue),
      p1Waiting: Number(r.p1Waiting),
      received7: Number(r.received7),
      closed7: Number(r.closed7),
      p1OnTimeRate: Number(r.p1Total) ? Number(r.p1OnTime) / Number(r.p1Total) : null,
      referralsOverdue: late.get(r.queueId) ?? 0,
    }));
}
