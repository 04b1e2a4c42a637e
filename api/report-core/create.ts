// Creating a report, shared by public intake (api/reports/) and staff intake (api/intake/): triage, seal, route, commit.
import type { Db } from '../../db/client.ts';
import { emergencyNumbers } from '../../directory/helplines.ts';
import { type Channel, MAC_PURPOSES, SEAL_CONTEXTS } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import { newReceipt, newReference, receiptVerifier } from '../crypto/receipt.ts';
import type { Sealer } from '../crypto/seal.ts';
import { ApiError } from '../kernel/errors.ts';
import type { ReportInput } from '../schemas.ts';
import { findPossibleDuplicates, fingerprint, rememberFingerprint } from '../triage/fingerprint.ts';
import { applyRiskFloor } from '../triage/risks.ts';
import { DEADLINE_MS, triage } from '../triage/triage.ts';
import type { CommitQueue } from './commit-queue.ts';
import { newReportStatements } from './intake-sql.ts';
import { findQueue } from './queries.ts';

export interface ReportDeps {
  db: Db;
  sealer: Sealer;
  /** Told once a report or message is committed (api/alerts); it never throws and never delays the answer. */
  alerts?: { afterCommit(reference: string): void };
  /** Group commit (commit-queue.ts); without it each report is its own transaction. */
  commitQueue?: CommitQueue;
}

export const SEAL_CONTEXT = SEAL_CONTEXTS.report;

/**
 * The one intake path: validation is the route's, then routing, triage with the risk floor, the duplicate search, the
 * sealed text, the durable commit and the alert nudge. The public form and staff intake (api/intake) both call it;
 * `channel` says how the report came in (the form is `web`).
 */
export async function createReport(
  deps: ReportDeps,
  input: Omit<ReportInput, 'captchaToken'>,
  verified: boolean,
  now = Date.now(),
  channel: Channel = 'web',
) {
  const { db, sealer } = deps;
  const receipt = newReceipt();
  const queue = await findQueue(db, input.location.province, input.location.district);
  if (!queue) {
    const t = getT(input.locale, 'api');
    throw new ApiError(400, 'validation_failed', { fields: { 'location.district': t('field.invalidChoice') } });
  }
  // The risk answers are a floor under the text and form triage: they can raise the priority, never lower it.
  const result = applyRiskFloor(triage(input, now), input.risks, now, DEADLINE_MS);
  const textFingerprint = fingerprint(input.description, (v) => sealer.mac(MAC_PURPOSES.trigram, v));
  const possibleDuplicates = await findPossibleDuplicates(db, {
    provinceId: input.location.province,
    districtId: input.location.district,
    category: input.category,
    fingerprint: textFingerprint,
    now,
  });
  const sealOrNull = (value: string | undefined, context: string) => (value ? sealer.seal(value, context) : null);

  for (let attempt = 0; ; attempt++) {
    const reference = newReference();
    try {
      // One batch = one transaction (shared with reports arriving at the same moment when grouped):
      // the 201 is sent only after it commits.
      const statements = newReportStatements(
        {
          reference,
          receiptIndex: sealer.mac(MAC_PURPOSES.receiptIndex, receipt),
          receiptHash: receiptVerifier(sealer, reference, receipt),
          locale: input.locale,
          reporter: input.reporter,
          category: input.category,
          suggestedCategory: result.suggestedCategory,
          immediateDanger: input.immediateDanger,
          ageBand: input.child.ageBand,
          gender: input.child.gender,
          provinceId: input.location.province,
          districtId: input.location.district,
          detailsCt: sealOrNull(input.location.details, SEAL_CONTEXT.details),
          descriptionCt: sealer.seal(input.description, SEAL_CONTEXT.description),
          contactCt: sealOrNull(input.contact, SEAL_CONTEXT.contact),
          priority: result.priority,
          dueAt: result.dueAt,
          triageReasons: JSON.stringify(result.reasons),
          textFingerprint: JSON.stringify(textFingerprint),
          possibleDuplicates: JSON.stringify(possibleDuplicates),
          queueId: queue.id,
          verified,
          channel,
          createdAt: now,
          updatedAt: now,
        },
        JSON.stringify({
          priority: result.priority,
          queueId: queue.id,
          verified,
          reasons: result.reasons.map((r) => r.id),
          possibleDuplicates,
          ...(channel === 'web' ? {} : { channel }),
        }),
      );
      await (deps.commitQueue ? deps.commitQueue.commit(statements) : db.$client.batch(statements, 'write'));
    } catch (err) {
      // A reference collision (1 in ~10^11) is retried; anything else is the database's problem.
      if (attempt < 3 && /UNIQUE constraint failed: reports\.reference\b|reports_reference_uq/.test(String(err))) continue;
      throw err;
    }
    rememberFingerprint(reference, textFingerprint);
    deps.alerts?.afterCommit(reference);
    return {
      reference,
      receipt,
      priority: result.priority,
      queue: { id: queue.id, name: queue.names, province: queue.provinceId, district: queue.districtId },
      verified,
      emergency:
        result.priority === 'P1'
          ? {
              numbers: emergencyNumbers(input.location.province === 'unknown' ? null : input.location.province).map((h) => ({
                number: h.number,
                name: h.name,
              })),
            }
          : null,
    };
  }
}
