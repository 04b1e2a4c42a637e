// Delivering the alert outbox: claim a due row, send it by its channel, mark it sent, or back off and say why
// (an address is redacted from the error). A row is an alert step or a notice about no one report (uncovered hours),
// worded afresh at each try. A row whose account lost its address or was disabled is dropped.
import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alertOutbox, type OutboxRow, staffUsers } from '../../db/schema.ts';
import type { Sealer } from '../crypto/seal.ts';
import type { Logger } from '../log.ts';
import type { EmailChannel, WebhookChannel } from './channels.ts';
import { type CoveragePayload, coverageMessage } from './coverage.ts';
import { backoffMs } from './ladder.ts';
import type { AlertPayload } from './message.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';

/** How long a sender holds a row it claimed before another tick may take it over. */
export const CLAIM_MS = 120_000;

/** Strips anything address-like from a delivery error before it is stored or shown to admins. */
export function redactError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const msg = [e.code, e.responseCode, e.message].filter(Boolean).join(' ');
  return msg.replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>').slice(0, 200) || 'error';
}

export function outboxDelivery(deps: {
  db: Db;
  sealer: Sealer;
  log: Logger;
  email?: EmailChannel;
  webhook?: WebhookChannel;
  /** Where the console is, for the links in a notice. */
  origin: string;
}) {
  const { db, sealer, log, email, webhook, origin } = deps;

  async function deliverOne(row: OutboxRow, now: number): Promise<'sent' | 'failed' | 'skipped'> {
    const claim = await db
      .update(alertOutbox)
      .set({ claimedUntil: now + CLAIM_MS })
      .where(
        and(
          eq(alertOutbox.id, row.id),
          eq(alertOutbox.status, 'pending'),
          or(isNull(alertOutbox.claimedUntil), lt(alertOutbox.claimedUntil, now)),
        ),
      );
    if (claim.rowsAffected !== 1) return 'skipped';
    const payload = JSON.parse(row.payload) as AlertPayload | CoveragePayload;
    try {
      if (row.channel === 'webhook') {
        if (payload.event !== 'alert') throw new Error(`no webhook for ${payload.event}`);
        if (!webhook) throw new Error('webhook not configured');
        await webhook.send(payload);
      } else {
        if (!email) throw new Error('e-mail not configured');
        const who =
          row.staffId === null
            ? undefined
            : await db
                .select({ ct: staffUsers.alertEmailCt, disabled: staffUsers.disabled })
                .from(staffUsers)
                .where(eq(staffUsers.id, row.staffId))
                .get();
        if (!who?.ct || who.disabled) {
          // The address was removed (or the account disabled) since the step: nobody to send to.
          await db
            .update(alertOutbox)
            .set({ status: 'dropped', claimedUntil: null, lastError: 'no_address' })
            .where(eq(alertOutbox.id, row.id));
          return 'skipped';
        }
        const to = sealer.open(who.ct, ALERT_EMAIL_SEAL);
        if (payload.event === 'alert') await email.send(to, payload);
        else await email.sendMessage(to, coverageMessage(payload.queue, payload.by, payload.ranges, origin));
      }
      await db
        .update(alertOutbox)
        .set({ status: 'sent', sentAt: Date.now(), attempts: row.attempts + 1, claimedUntil: null, lastError: null })
        .where(eq(alertOutbox.id, row.id));
      return 'sent';
    } catch (err) {
      const attempts = row.attempts + 1;
      const lastError = redactError(err);
      await db
        .update(alertOutbox)
        .set({ attempts, nextAttemptAt: now + backoffMs(attempts), claimedUntil: null, lastError })
        .where(eq(alertOutbox.id, row.id));
      log('alert.delivery_failed', { outboxId: row.id, channel: row.channel, attempts });
      return 'failed';
    }
  }

  return async function deliver(now: number): Promise<{ sent: number; failed: number }> {
    const due = await db
      .select()
      .from(alertOutbox)
      .where(
        and(
          eq(alertOutbox.status, 'pending'),
          lte(alertOutbox.nextAttemptAt, now),
          or(isNull(alertOutbox.claimedUntil), lt(alertOutbox.claimedUntil, now)),
        ),
      )
      .orderBy(asc(alertOutbox.nextAttemptAt), asc(alertOutbox.id))
      .limit(100);
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      const r = await deliverOne(row, now);
      if (r === 'sent') sent++;
      if (r === 'failed') failed++;
    }
    return { sent, failed };
  };
}
