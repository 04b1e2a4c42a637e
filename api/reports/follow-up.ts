// What an anonymous reporter can do with their receipt: read the status and the thread, and add information.
import { asc, eq, inArray } from 'drizzle-orm';
import { messages, reportEvents, reports } from '../../db/schema.ts';
import { hashReceipt, normalizeReceipt, verifyReceipt } from '../crypto/receipt.ts';
import { ApiError } from '../errors.ts';
import { SEAL_CONTEXT, type ReportDeps } from './create.ts';

// Statuses a reporter may see, derived from staff actions; staff-internal states never leak.
const REPORTER_STATUS_EVENTS: Record<string, string> = { created: 'received' };

let decoy: Promise<string> | undefined;

/** Finds the report a receipt opens, in the same time whether or not it exists. */
export async function findByReceipt(deps: ReportDeps, rawReceipt: string) {
  decoy ??= hashReceipt('0000000000000000');
  const receipt = normalizeReceipt(rawReceipt);
  const candidates = receipt ? deps.sealer.macAll('receipt', receipt) : [];
  const row = candidates.length ? await deps.db.select().from(reports).where(inArray(reports.receiptIndex, candidates)).get() : undefined;
  // Always run one argon2 verification so a miss costs what a hit costs.
  const ok = await verifyReceipt(row?.receiptHash ?? (await decoy), receipt ?? '');
  if (!row || !ok) throw new ApiError(404, 'not_found');
  return row;
}

export async function reporterView(deps: ReportDeps, rawReceipt: string) {
  const report = await findByReceipt(deps, rawReceipt);
  const [events, thread] = await Promise.all([
    deps.db.select().from(reportEvents).where(eq(reportEvents.reportId, report.id)).orderBy(asc(reportEvents.at), asc(reportEvents.id)),
    deps.db.select().from(messages).where(eq(messages.reportId, report.id)).orderBy(asc(messages.createdAt), asc(messages.id)),
  ]);
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
      .map((m) => ({ from: m.sender as 'reporter' | 'staff', body: deps.sealer.open(m.bodyCt!, SEAL_CONTEXT.message), at: new Date(m.createdAt).toISOString() })),
  };
}

export async function addReporterMessage(deps: ReportDeps, rawReceipt: string, body: string, now = Date.now()) {
  const report = await findByReceipt(deps, rawReceipt);
  await deps.db.batch([
    deps.db.insert(messages).values({ reportId: report.id, sender: 'reporter', queueId: report.queueId, bodyCt: deps.sealer.seal(body, SEAL_CONTEXT.message), createdAt: now }),
    deps.db.insert(reportEvents).values({ reportId: report.id, at: now, type: 'reporter_message', data: '{}' }),
    deps.db.update(reports).set({ updatedAt: now }).where(eq(reports.id, report.id)),
  ]);
}
