// Staff intake's handlers: the public intake path itself (api/report-core/create.ts), with the account's scope checked
// first and every call audit-logged (ids and choices only). No SQL here.
import type { RouteHandler } from '@hono/zod-openapi';
import { getT } from '../../locales/i18n.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError, requestLocale } from '../kernel/errors.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { createReport } from '../report-core/create.ts';
import { addReporterMessage, findByReceipt, reporterView } from '../report-core/follow-up.ts';
import { findQueue } from '../report-core/queries.ts';
import { modelReasonWords, type TriageReason } from '../triage/triage.ts';
import { queueById, triageOf } from './queries.ts';
import type * as routes from './routes.ts';
import { mayRecordFor, mayRelayFor } from './scope.ts';

export function intakeHandlers(deps: AppDeps) {
  const { db, log } = deps;
  const audit = (entry: Parameters<typeof appendAudit>[1]) => appendAudit(db.$client, entry);

  const intake: RouteHandler<typeof routes.intake, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const input = c.req.valid('json');
    const queue = await findQueue(db, input.location.province, input.location.district);
    if (queue && !mayRecordFor(user, input.location.province, queue)) {
      const t = getT(requestLocale(c), 'api');
      throw new ApiError(400, 'validation_failed', { fields: { 'location.district': t('field.outsideScope') } });
    }
    const { channel, ...report } = input;
    // A person took the report down: no robot check applies, so it counts as verified.
    const created = await createReport(deps, report, true, Date.now(), channel);
    await audit({
      staffId: user.id,
      username: user.username,
      action: 'report_recorded',
      target: created.reference,
      queueId: created.queue.id,
      detail: { channel, priority: created.priority },
    });
    log('report.recorded', { priority: created.priority, queue: created.queue.id, channel });
    // The call-taker may not open the report (no queue): the reasons and duplicates come with the answer instead.
    const triaged = await triageOf(db, created.reference);
    const reasons = (JSON.parse(triaged?.triageReasons ?? '[]') as TriageReason[]).map((r) => modelReasonWords(r, report.description));
    const possibleDuplicates = JSON.parse(triaged?.possibleDuplicates ?? '[]') as string[];
    return c.json({ ...created, channel, reasons, possibleDuplicates }, 201);
  };

  /** The report a receipt opens, if this account may relay for it; else 404 (audit-logged either way). */
  const reportFor = async (user: AppEnv['Variables']['staff']['user'], receipt: string, what: 'lookup' | 'relay') => {
    const report = await findByReceipt(deps, receipt).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    });
    const ok = report && mayRelayFor(user, report, await queueById(db, report.queueId));
    await audit({
      staffId: user.id,
      username: user.username,
      action: ok ? `receipt_${what}` : 'receipt_refused',
      target: ok ? report.reference : null,
      queueId: ok ? report.queueId : null,
      detail: { what },
    });
    if (!ok) throw new ApiError(404, 'not_found');
    return report;
  };

  const lookup: RouteHandler<typeof routes.lookup, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { receipt } = c.req.valid('json');
    await reportFor(user, receipt, 'lookup');
    return c.json(await reporterView(deps, receipt), 200);
  };

  const relay: RouteHandler<typeof routes.relay, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { receipt, body } = c.req.valid('json');
    await reportFor(user, receipt, 'relay');
    const added = await addReporterMessage(deps, receipt, body);
    log('report.relayed_message', { priorityRaised: added.priorityRaised });
    return c.body(null, 201);
  };

  return { intake, lookup, relay };
}
