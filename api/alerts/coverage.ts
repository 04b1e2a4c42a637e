// Uncovered on-duty hours: when a queue's list is saved leaving hours of the week with nobody on duty, the queue's
// supervisors and its province's provincial accounts are told by alert e-mail (the channel alerts use), in every
// staff-console language. There is no report to hang an outbox row on (alert_outbox.alert_id), so the notice is sent
// at once and a failure is logged, not retried.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queues } from '../../db/schema.ts';
import { STAFF_LANGS } from '../../domain/languages.ts';
import { formatRange, type WeekRange } from '../../domain/on-duty-cover.ts';
import { getT } from '../../locales/i18n.ts';
import type { Sealer } from '../crypto/seal.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import type { Logger } from '../log.ts';
import type { EmailChannel } from './channels.ts';
import { recipientsFor } from './ladder.ts';
import { consoleLink } from './message.ts';
import { queueAlertStaff } from './queries.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';

/** The notice in every staff-console language (the default first), naming the queue, who saved it, and the gaps. */
export function coverageMessage(queue: string, by: string, ranges: readonly WeekRange[], origin: string) {
  const parts = STAFF_LANGS.map((lang) => {
    const t = getT(lang, 'staff');
    const day = (d: number) => t(`alerts.onDuty.day.${d}`);
    return {
      subject: t('alerts.coverage.subject', { queue }),
      text: [
        t('alerts.coverage.intro', { queue, by }),
        ...ranges.map((r) => `- ${formatRange(r, day)}`),
        t('alerts.coverage.fallback'),
        `${t('alerts.email.link')}: ${consoleLink(origin, lang)}`,
      ].join('\n'),
    };
  });
  return { subject: parts[0]!.subject, text: parts.map((p) => p.text).join('\n\n---\n\n') };
}

/** Tells the queue's supervisors and provincial accounts of the gaps: who is told (account ids), and the e-mails sent. */
export async function tellUncovered(
  deps: { db: Db; sealer: Sealer; log: Logger; email?: EmailChannel; origin: string },
  queueId: string,
  by: { id: number; username: string },
  ranges: readonly WeekRange[],
): Promise<{ told: number[]; sent: Promise<number> }> {
  const { db, sealer, log, email, origin } = deps;
  const none = { told: [], sent: Promise.resolve(0) };
  if (!ranges.length) return none;
  const queue = await db.select({ id: queues.id, provinceId: queues.provinceId }).from(queues).where(eq(queues.id, queueId)).get();
  if (!queue) return none;
  const people = await queueAlertStaff(db, queue);
  const now = Date.now();
  const told = [
    ...new Set([...recipientsFor('supervisor', queue, people, [], now), ...recipientsFor('provincial', queue, people, [], now)]),
  ];
  const message = coverageMessage(queue.id, by.username, ranges, origin);
  await appendAudit(db.$client, {
    staffId: by.id,
    username: by.username,
    action: 'on_duty_uncovered',
    target: queueId,
    queueId,
    detail: { ranges: ranges.length, told: told.length },
  });
  // Sent after the answer: a mail server that is slow or down never holds up saving the list.
  const addresses = told.flatMap((id) => {
    const ct = people.find((p) => p.id === id)?.email;
    return ct ? [sealer.open(ct, ALERT_EMAIL_SEAL)] : [];
  });
  const sent = (async () => {
    let n = 0;
    for (const to of email ? addresses : []) {
      try {
        await email!.sendMessage(to, message);
        n++;
      } catch (err) {
        log('alert.coverage_failed', { queueId, code: String((err as { code?: unknown }).code ?? (err as Error).name) });
      }
    }
    return n;
  })();
  return { told, sent };
}
