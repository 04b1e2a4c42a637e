// What an anonymous reporter can do with their receipt: read the status and the thread, and add information.
import { MAC_PURPOSES } from '../../domain/vocabulary.ts';
import { checkReceipt, isCurrentVerifier, normalizeReceipt, receiptVerifier } from '../crypto/receipt.ts';
import { ApiError } from '../kernel/errors.ts';
import type { Priority } from '../schemas.ts';
import { retriage } from '../triage/retriage.ts';
import { type ReportDeps, SEAL_CONTEXT } from './create.ts';
import { eventsOf, messagesOf, recordReporterMessage, rekeyReceipt, reportByReceiptIndex, unitNamesOf } from './queries.ts';

// Statuses a reporter may see, derived from staff actions; staff-internal states never leak.
const REPORTER_STATUS_EVENTS: Record<string, string> = { created: 'received' };

// What the time of a look-up can and cannot tell. A miss runs what a hit on a new report runs: the index query and
// one MAC verification (against a decoy verifier), compared in constant time. The index is a keyed HMAC, so how
// long the query takes says nothing about how close a guess came to any stored receipt, and input that is no receipt
// at all runs the same query. What it can tell: whether a row matched (the answer says so anyway), and, to the holder
// of a right receipt only, whether their report predates MAC verifiers (argon2id, ~1 ms more) or was made under an
// older key (the re-keying write below). Look-ups are rate-limited besides (api/reports/limits.ts).
const DECOY_REFERENCE = 'CP-0000-0000';
const DECOY_RECEIPT = '0000000000000000';
const decoys = new WeakMap<ReportDeps['sealer'], string>();

/** Finds the report a receipt opens, in the same time whether or not it exists. */
export async function findByReceipt(deps: ReportDeps, rawReceipt: string) {
  const { sealer } = deps;
  let decoy = decoys.get(sealer);
  if (!decoy) {
    decoy = receiptVerifier(sealer, DECOY_REFERENCE, DECOY_RECEIPT);
    decoys.set(sealer, decoy);
  }
  const receipt = normalizeReceipt(rawReceipt);
  // Input that is no receipt still runs the query (for the decoy's index): the index query is most of a hit's time.
  const candidates = sealer.macAll(MAC_PURPOSES.receiptIndex, receipt ?? DECOY_RECEIPT);
  const row = await reportByReceiptIndex(deps.db, candidates);
  const ok = await checkReceipt(sealer, row?.receiptHash ?? decoy, row?.reference ?? DECOY_REFERENCE, receipt ?? '');
  if (!row || !ok || !receipt) throw new ApiError(404, 'not_found');
  // Found under a key rotated out of first place, or verified by an old argon2id hash: index and verifier move to the
  // current key (the receipt is in hand only now; keys:rotate cannot re-key what it never sees).
  // Best effort: a full or read-only disk must not keep a reporter from reading their status; the old index and
  // verifier still open it, and the move is tried again on the next lookup.
  if (row.receiptIndex !== candidates[0] || !isCurrentVerifier(sealer, row.receiptHash)) {
    await rekeyReceipt(deps.db, row.id, candidates[0]!, receiptVerifier(sealer, row.reference, receipt)).catch(() => undefined);
  }
  return row;
}

export async function reporterView(deps: ReportDeps, rawReceipt: string) {
  const report = await findByReceipt(deps, rawReceipt);
  const [events, thread] = await Promise.all([eventsOf(deps.db, report.id), messagesOf(deps.db, report.id)]);
  const statusHistory = events
    .map((e) => {
      const data = JSON.parse(e.data) as { reporterStatus?: string };
      const status = data.reporterStatus ?? REPORTER_STATUS_EVENTS[e.type];
      return status ? { status, at: new Date(e.at).toISOString() } : null;
    })
    .filter((s): s is { status: string; at: string } => s !== null)
    .filter((s, i, all) => i === 0 || all[i - 1]!.status !== s.status);
  const shown = thread.filter((m) => m.sender !== 'note' && m.bodyCt);
  // A reply is signed by the unit that wrote it (the queue the report was in then), never by the person.
  const units = await unitNamesOf(deps.db, [...new Set(shown.flatMap((m) => (m.sender === 'staff' && m.queueId ? [m.queueId] : [])))]);
  return {
    reference: report.reference,
    status: report.reporterStatus,
    // The status page speaks to a child in a child's words ("this is happening to me" was the answer).
    child: report.reporter === 'self',
    statusHistory,
    messages: shown.map((m) => ({
      from: m.sender as 'reporter' | 'staff',
      body: deps.sealer.open(m.bodyCt!, SEAL_CONTEXT.message),
      at: new Date(m.createdAt).toISOString(),
      unit: (m.sender === 'staff' && m.queueId && units.get(m.queueId)) || null,
    })),
  };
}

/**
 * Adds the reporter's information to the thread (kept with the report through any transfer) and re-runs
 * triage on everything they said: the priority may rise, never fall, and a rise is recorded as an event.
 */
export async function addReporterMessage(deps: ReportDeps, rawReceipt: string, body: string, now = Date.now()) {
  const report = await findByReceipt(deps, rawReceipt);
  const description = report.descriptionCt ? deps.sealer.open(report.descriptionCt, SEAL_CONTEXT.description) : '';
  const earlier = await messagesOf(deps.db, report.id);
  const said = [
    description,
    ...earlier.filter((m) => m.sender === 'reporter' && m.bodyCt).map((m) => deps.sealer.open(m.bodyCt!, SEAL_CONTEXT.message)),
  ].join('\n');
  const result = retriage(
    { priority: report.priority as Priority, dueAt: report.dueAt, createdAt: report.createdAt },
    {
      immediateDanger: report.immediateDanger,
      category: report.category as never,
      description: said,
      reporter: report.reporter as never,
      child: { ageBand: report.ageBand as never, gender: (report.gender ?? 'unknown') as never },
    },
    body,
    now,
  );
  const raise = result.changed
    ? {
        priority: result.priority,
        dueAt: result.dueAt,
        triageReasons: JSON.stringify([...parseReasons(report.triageReasons), ...result.reasons]),
        event: JSON.stringify({
          from: report.priority,
          to: result.priority,
          by: 'reporter_message',
          reasons: result.reasons.map((r) => r.id),
          unscreened: report.screenedAt !== null,
        }),
      }
    : null;
  await recordReporterMessage(deps.db, report, deps.sealer.seal(body, SEAL_CONTEXT.message), now, raise);
  deps.alerts?.afterCommit(report.reference);
  return { priorityRaised: result.changed, priority: result.priority };
}

function parseReasons(json: string | null): unknown[] {
  try {
    const v = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}
