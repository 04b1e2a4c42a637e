// What staff see of a report, from its row and records (./queries.ts): pure, no I/O. Full access inside the
// account's scope; after a transfer the sending CPU keeps a restricted view holding only what it wrote
// (messages.queue_id records the writer's queue).
import type { Report } from '../../db/schema.ts';
import { perLang } from '../../domain/languages.ts';
import { isReferralOverdue } from '../../domain/referrals.ts';
import { SEAL_CONTEXTS } from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/seal.ts';
import { screeningDeadline } from '../triage/harm.ts';
import { modelReasonWords, type TriageReason } from '../triage/triage.ts';
import type { Access, CaseRecords } from './queries.ts';
import { caseRecordView } from './record-view.ts';

/** Seal contexts of what a reporter wrote, and of what staff write about a report. */
export const SEAL_CONTEXT = SEAL_CONTEXTS.report;
export const STAFF_SEAL = SEAL_CONTEXTS.staff;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The report as staff see it. `scope` (the queues the account may see) is needed for the restricted view only:
 * it keeps the notes and staff messages written from those queues, never the reporter's words.
 */
export function caseView(
  sealer: Pick<Sealer, 'open'>,
  report: Report,
  access: Access,
  records: CaseRecords,
  scope: string[] | null,
  now: number,
  screeningMs: number,
) {
  const { events, thread, refs, queue, names, entries: caseEntries } = records;
  const open = (ct: string | null | undefined, context: string) => (ct ? sealer.open(ct, context) : null);
  const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
  const visible =
    access === 'restricted'
      ? thread.filter((m) => m.sender !== 'reporter' && m.queueId !== null && (scope ?? []).includes(m.queueId))
      : thread;
  const entries = (sender: 'note' | 'thread') =>
    visible
      .filter((m) => (sender === 'note' ? m.sender === 'note' : m.sender !== 'note'))
      .map((m) => ({
        from: m.sender,
        body: m.bodyCt ? open(m.bodyCt, SEAL_CONTEXT.message) : null,
        at: iso(m.createdAt),
        by: nameOf(m.staffId),
        queueId: m.queueId,
      }));

  if (access === 'restricted') {
    return { reference: report.reference, access, notes: entries('note'), messages: entries('thread') };
  }
  const description = open(report.descriptionCt, SEAL_CONTEXT.description);
  return {
    reference: report.reference,
    access,
    priority: report.priority,
    dueAt: iso(report.dueAt),
    overdue: report.status !== 'closed' && report.dueAt < now,
    // The learned signal's reason is stored without words (beside the sealed text); here, with the text opened, it
    // names the words that weighed most.
    reasons: (JSON.parse(report.triageReasons) as TriageReason[]).map((r) => modelReasonWords(r, description)),
    category: report.category,
    suggestedCategory: report.suggestedCategory,
    reporter: report.reporter,
    immediateDanger: report.immediateDanger,
    child: { ageBand: report.ageBand, gender: report.gender },
    location: { province: report.provinceId, district: report.districtId, details: open(report.detailsCt, SEAL_CONTEXT.details) },
    description,
    contact: open(report.contactCt, SEAL_CONTEXT.contact),
    locale: report.locale,
    channel: report.channel,
    status: report.status,
    reporterStatus: report.reporterStatus,
    queue: { id: report.queueId, name: queue ? queue.names : perLang(() => report.queueId) },
    queueId: report.queueId,
    verified: report.verified,
    assignedTo: nameOf(report.assignedTo),
    // Who confirmed the triage and when; both null while the report waits to be screened.
    screenedAt: report.screenedAt === null ? null : iso(report.screenedAt),
    screenedBy: report.screenedAt === null ? null : nameOf(report.screenedBy),
    // By when a person should screen it: HARM_SCREENING_MINUTES when its text shows harm and it is not P1.
    ...screeningDeadline(report, screeningMs),
    duplicateOf: report.duplicateOf,
    possibleDuplicates: JSON.parse(report.possibleDuplicates) as string[],
    closeReason: report.closeReason,
    createdAt: iso(report.createdAt),
    erased: report.erasedAt !== null,
    history: events.map((e) => {
      const { reasonCt, ...data } = JSON.parse(e.data) as Record<string, unknown> & { reasonCt?: string };
      return {
        type: e.type,
        at: iso(e.at),
        by: nameOf(e.staffId),
        data: reasonCt ? { ...data, reason: open(reasonCt, STAFF_SEAL.reason) } : data,
      };
    }),
    referrals: refs.map((r) => ({
      id: String(r.id),
      service: r.service,
      desk: r.deskId,
      status: r.status,
      note: open(r.noteCt, STAFF_SEAL.referralNote),
      dueAt: r.dueAt === null ? null : iso(r.dueAt),
      overdue: isReferralOverdue(r, now),
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    })),
    notes: entries('note'),
    messages: entries('thread'),
    case: caseRecordView(sealer, report, caseEntries, nameOf, now),
  };
}
