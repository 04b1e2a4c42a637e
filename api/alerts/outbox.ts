// Queueing deliveries in the alert outbox. Alert steps, review reminders and the uncovered-hours notice all queue
// their rows here, inside the transaction that claims the step, so a step is either claimed and queued or neither.
// Sending is delivery.ts's.
import type { Db } from '../../db/client.ts';
import { alertOutbox } from '../../db/schema.ts';
import type { Step } from './ladder.ts';

/** One row to send: by e-mail to an account, or to the webhook (no account). */
export interface Delivery {
  /** Unique per delivery: a retried tick that queues the same row again leaves the first one as it is. */
  dedupeKey: string;
  step: Step;
  channel: 'email' | 'webhook';
  staffId: number | null;
}

/** What every row of one queueing shares: the alert (null for a notice about no one report), its queue, its words. */
export interface DeliveryOf {
  alertId: number | null;
  queueId: string;
  payload: unknown;
  now: number;
}

/** Queues the deliveries on the caller's transaction (or the database), due at once. */
export async function queueDeliveries(tx: Pick<Db, 'insert'>, of: DeliveryOf, deliveries: readonly Delivery[]): Promise<void> {
  if (!deliveries.length) return;
  const payload = JSON.stringify(of.payload);
  await tx
    .insert(alertOutbox)
    .values(deliveries.map((d) => ({ ...d, alertId: of.alertId, queueId: of.queueId, payload, nextAttemptAt: of.now })))
    .onConflictDoNothing();
}
