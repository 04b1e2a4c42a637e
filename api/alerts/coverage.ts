// Uncovered on-duty hours: when a queue's list is saved leaving hours of the week with nobody on duty, the queue's
// supervisors and its province's provincial accounts are told by alert e-mail (the channel alerts use), in every
// staff-console language. The notice goes through the alert outbox (a row with no alert), so a mail server that is
// down is retried with the same back-off as an alert, and admins see the failure.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queues } from '../../db/schema.ts';
import { STAFF_LANGS } from '../../domain/languages.ts';
import { formatRange, type WeekRange } from '../../domain/on-duty-cover.ts';
import { getT } from '../../locales/i18n.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { recipientsFor } from './ladder.ts';
import { consoleLink } from './message.ts';
import { queueDeliveries } from './outbox.ts';
import { queueAlertStaff } from './queries.ts';

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

/** What an uncovered-hours notice carries in the outbox: enough to word it again at each try. */
export interface CoveragePayload {
  event: 'uncovered';
  queue: string;
  by: string;
  ranges: WeekRange[];
}

/** Queues the notice to the queue's supervisors and provincial accounts with an alert address, one outbox row each,
 *  in one statement: delivery sends it and retries it like an alert. Returns who is told (account ids). */
export async function tellUncovered(
  deps: { db: Db; email: boolean },
  queueId: string,
  by: { id: number; username: string },
  ranges: readonly WeekRange[],
  now = Date.now(),
): Promise<number[]> {
  const { db } = deps;
  if (!ranges.length) return [];
  const queue = await db.select({ id: queues.id, provinceId: queues.provinceId }).from(queues).where(eq(queues.id, queueId)).get();
  if (!queue) return [];
  const people = await queueAlertStaff(db, queue);
  const role = new Map(people.map((p) => [p.id, p.role]));
  const told = [
    ...new Set([...recipientsFor('supervisor', queue, people, [], now), ...recipientsFor('provincial', queue, people, [], now)]),
  ];
  const payload: CoveragePayload = { event: 'uncovered', queue: queue.id, by: by.username, ranges: [...ranges] };
  const withEmail = deps.email ? told.filter((id) => people.find((p) => p.id === id)?.hasEmail) : [];
  await queueDeliveries(
    db,
    { alertId: null, queueId: queue.id, payload, now },
    withEmail.map((staffId) => ({
      dedupeKey: `uncovered:${queue.id}:${now}:${staffId}`,
      step: role.get(staffId) === 'provincial' ? 'provincial' : 'supervisor',
      channel: 'email',
      staffId,
    })),
  );
  await appendAudit(db.$client, {
    staffId: by.id,
    username: by.username,
    action: 'on_duty_uncovered',
    target: queueId,
    queueId,
    detail: { ranges: ranges.length, told: told.length },
  });
  return told;
}
