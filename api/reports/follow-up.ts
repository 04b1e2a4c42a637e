// What an anonymous reporter can do with their receipt: read the status and the thread, and add information.
import { hashReceipt, normalizeReceipt, verifyReceipt } from '../crypto/receipt.ts';
import { ApiError } from '../errors.ts';
import type { Priority } from '../schemas.ts';
import { retriage } from '../triage/triage.ts';
import { type ReportDeps, SEAL_CONTEXT } from './create.ts';
import { eventsOf, messagesOf, moveReceiptIndex, recordReporterMessage, reportByReceiptIndex } from './queries.ts';

// Statuses a reporter may see, derived from staff actions; staff-internal states never leak.
const REPORTER_STATUS_EVENTS: Record<string, string> = { created: 'received' };

let decoy: Promise<string> | undefined;

/** Finds the report a receipt opens, in the same time whether or not it exists. */
export async function findByReceipt(deps: ReportDeps, rawReceipt: string) {
  decoy ??= hashReceipt('0000000000000000');
  const receipt = normalizeReceipt(rawReceipt);
  const candidates = receipt ? deps.sealer.macAll('receipt', receipt) : [];
  const row = candidates.length ? await reportByReceiptIndex(deps.db, candidates) : undefined;
  // Always run one argon2 verification so a miss costs what a hit costs.
  const ok = await verifyReceipt(row?.receiptHash ?? (await decoy), receipt ?? '');
  if (!row || !ok) throw new ApiError(404, 'not_found');
  // Found under a key that has since been rotated out of first place: move the index to the current key.
  if (row.receiptIndex !== candidates[0]) {
    await moveReceiptIndex(deps.db, row.id, candidates[0]!);
    row.receiptIndex = candidates[0]!;
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
  return {
    reference: report.reference,
    status: report.reporterStatus,
    statusHistory,
    messages: thread
      .filter((m) => m.sender !== 'note' && m.bodyCt)
      .map((m) => ({
        from: m.sender as 'reporter' | 'staff',
        body: deps.sealer.open(m.bodyCt!, SEAL_CONTEXT.message),
        at: new Date(m.createdAt).toISOString(),
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
