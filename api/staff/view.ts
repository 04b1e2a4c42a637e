// What staff see of a report. Full access inside the account's scope; after a transfer the sending
// CPU keeps a restricted view holding only what it wrote (messages.queue_id records the writer's queue).
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { messages, queues, referrals, reportEvents, reports, staffUsers, type Report, type StaffUser } from '../../db/schema.ts';
import { queueScope, reportScope } from '../auth/scope.ts';
import type { Sealer } from '../crypto/seal.ts';
import { SEAL_CONTEXT } from '../reports/create.ts';
import { perLang } from '../../domain/languages.ts';
import type { TriageReason } from '../triage/triage.ts';
import { SEAL_CONTEXTS } from '../../domain/vocabulary.ts';

export const STAFF_SEAL = SEAL_CONTEXTS.staff;

export type Access = 'full' | 'restricted';

/** A referral still waiting for its desk's answer (requested, or accepted and not completed) past its deadline. */
export function isReferralOverdue(r: { status: string; dueAt: number | null }, now: number): boolean {
  return r.dueAt !== null && r.dueAt < now && (r.status === 'requested' || r.status === 'accepted');
}

/** Per queue, how many referrals are overdue now (isReferralOverdue, in SQL). */
export async function overdueReferralsByQueue(db: Db, queueIds: string[], now: number): Promise<{ queueId: string; count: number }[]> {
  if (queueIds.length === 0) return [];
  const rows = await db
    .select({ queueId: reports.queueId, count: sql<number>`count(*)` })
    .from(referrals)
    .innerJoin(reports, eq(reports.id, referrals.reportId))
    .where(and(inArray(reports.queueId, queueIds), inArray(referrals.status, ['requested', 'accepted']), lt(referrals.dueAt, now)))
    .groupBy(reports.queueId);
  return rows.map((r) => ({ queueId: r.queueId, count: Number(r.count) }));
}

/** A column for report rows: how many of the report's referrals are overdue now. */
export const overdueReferralsOfReport = (now: number) =>
  sql<number>`(select count(*) from ${referrals} where ${referrals.reportId} = ${reports.id} and ${referrals.status} in ('requested', 'accepted') and ${referrals.dueAt} < ${now})`;

export async function queueIdsInScope(db: Db, user: StaffUser): Promise<string[]> {
  return (await db.select({ id: queues.id }).from(queues).where(queueScope(user))).map((q) => q.id);
}

/** The report and how much of it this account may see, or null (answered 404, like a missing reference). */
export async function findForStaff(db: Db, user: StaffUser, reference: string): Promise<{ report: Report; access: Access } | null> {
  const full = await db.select().from(reports).where(and(eq(reports.reference, reference), reportScope(user))).get();
  if (full) return { report: full, access: 'full' };
  const scope = await queueIdsInScope(db, user);
  if (scope.length === 0) return null;
  const row = await db
    .select({ report: reports })
    .from(reports)
    .innerJoin(messages, eq(messages.reportId, reports.id))
    .where(and(eq(reports.reference, reference), inArray(messages.queueId, scope), inArray(messages.sender, ['staff', 'note'])))
    .get();
  return row ? { report: row.report, access: 'restricted' } : null;
}

export async function staffReportView(db: Db, sealer: Sealer, user: StaffUser, report: Report, access: Access, now = Date.now()) {
  const open = (ct: string | null | undefined, context: string) => (ct ? sealer.open(ct, context) : null);
  const scope = access === 'restricted' ? await queueIdsInScope(db, user) : null;
  const [events, thread, refs, queue] = await Promise.all([
    db.select().from(reportEvents).where(eq(reportEvents.reportId, report.id)).orderBy(asc(reportEvents.at), asc(reportEvents.id)),
    db.select().from(messages).where(eq(messages.reportId, report.id)).orderBy(asc(messages.createdAt), asc(messages.id)),
    db.select().from(referrals).where(eq(referrals.reportId, report.id)).orderBy(asc(referrals.id)),
    db.select().from(queues).where(eq(queues.id, report.queueId)).get(),
  ]);
  const staffIds = [...new Set([...events.map((e) => e.staffId), ...thread.map((m) => m.staffId), report.assignedTo, report.screenedBy].filter((id): id is number => id !== null))];
  const names = new Map((staffIds.length ? await db.select({ id: staffUsers.id, username: staffUsers.username }).from(staffUsers).where(inArray(staffUsers.id, staffIds)) : []).map((s) => [s.id, s.username]));
  const nameOf = (id: number | null) => (id === null ? null : names.get(id) ?? null);
  const visible = scope ? thread.filter((m) => m.sender !== 'reporter' && m.queueId !== null && scope.includes(m.queueId)) : thread;
  const entries = (sender: 'note' | 'thread') =>
    visible
      .filter((m) => (sender === 'note' ? m.sender === 'note' : m.sender !== 'note'))
      .map((m) => ({ from: m.sender, body: m.bodyCt ? open(m.bodyCt, SEAL_CONTEXT.message) : null, at: new Date(m.createdAt).toISOString(), by: nameOf(m.staffId), queueId: m.queueId }));

  if (access === 'restricted') {
    return { reference: report.reference, access, notes: entries('note'), messages: entries('thread') };
  }
  return {
    reference: report.reference,
    access,
    priority: report.priority,
    dueAt: new Date(report.dueAt).toISOString(),
    overdue: report.status !== 'closed' && report.dueAt < now,
    reasons: JSON.parse(report.triageReasons) as TriageReason[],
    category: report.category,
    suggestedCategory: report.suggestedCategory,
    reporter: report.reporter,
    immediateDanger: report.immediateDanger,
    child: { ageBand: report.ageBand, gender: report.gender },
    location: { province: report.provinceId, district: report.districtId, details: open(report.detailsCt, SEAL_CONTEXT.details) },
    description: open(report.descriptionCt, SEAL_CONTEXT.description),
    contact: open(report.contactCt, SEAL_CONTEXT.contact),
    locale: report.locale,
    status: report.status,
    reporterStatus: report.reporterStatus,
    queue: { id: report.queueId, name: queue ? queue.names : perLang(() => report.queueId) },
    queueId: report.queueId,
    verified: report.verified,
    assignedTo: nameOf(report.assignedTo),
    // Who confirmed the triage and when; both null while the report waits to be screened.
    screenedAt: report.screenedAt === null ? null : new Date(report.screenedAt).toISOString(),
    screenedBy: report.screenedAt === null ? null : nameOf(report.screenedBy),
    duplicateOf: report.duplicateOf,
    possibleDuplicates: JSON.parse(report.possibleDuplicates) as string[],
    closeReason: report.closeReason,
    createdAt: new Date(report.createdAt).toISOString(),
    erased: report.erasedAt !== null,
    history: events.map((e) => {
      const { reasonCt, ...data } = JSON.parse(e.data) as Record<string, unknown> & { reasonCt?: string };
      return { type: e.type, at: new Date(e.at).toISOString(), by: nameOf(e.staffId), data: reasonCt ? { ...data, reason: open(reasonCt, STAFF_SEAL.reason) } : data };
    }),
    referrals: refs.map((r) => ({
      id: String(r.id),
      service: r.service,
      desk: r.deskId,
      status: r.status,
      note: open(r.noteCt, STAFF_SEAL.referralNote),
      dueAt: r.dueAt === null ? null : new Date(r.dueAt).toISOString(),
      overdue: isReferralOverdue(r, now),
      createdAt: new Date(r.createdAt).toISOString(),
      updatedAt: new Date(r.updatedAt).toISOString(),
    })),
    notes: entries('note'),
    messages: entries('thread'),
  };
}
