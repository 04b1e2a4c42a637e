// What an alert says, on every channel: reference, queue, priority, reason ids and a console link. It is built
// from ids only, so no report text, contact, place details or receipt can reach it (alerts.test.ts checks with a canary).

import { DEFAULT_LANG, type Lang, STAFF_LANGS } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import type { Step } from './ladder.ts';

export interface AlertPayload {
  event: 'alert';
  step: Step;
  reference: string;
  queue: string;
  priority: string;
  /** Triage rule ids, and `unscreened` when the screening deadline passed. */
  reasons: string[];
  at: string;
}

/** The webhook's JSON body: exactly the contract's fields, in a fixed order. */
export function webhookBody(p: AlertPayload): string {
  return JSON.stringify({
    event: p.event,
    step: p.step,
    reference: p.reference,
    queue: p.queue,
    priority: p.priority,
    reasons: p.reasons,
    at: p.at,
  });
}

export function consoleLink(origin: string, lang: Lang = DEFAULT_LANG): string {
  return `${origin.replace(/\/$/, '')}/${lang}/staff/`;
}

/** A short e-mail in every staff-console language (the default first): the recipient's language is not recorded. */
export function emailMessage(p: AlertPayload, origin: string): { subject: string; text: string } {
  const parts = STAFF_LANGS.map((lang) => {
    const t = getT(lang, 'staff');
    const vars = { reference: p.reference, queue: p.queue, priority: p.priority };
    return {
      subject: t(`alerts.email.subject.${p.step}`, vars),
      text: [
        t(`alerts.email.intro.${p.step}`, vars),
        `${t('alerts.email.reference')}: ${p.reference}`,
        `${t('alerts.email.queue')}: ${p.queue}`,
        `${t('alerts.email.priority')}: ${p.priority}`,
        `${t('alerts.email.reasons')}: ${p.reasons.join(', ') || '-'}`,
        `${t('alerts.email.link')}: ${consoleLink(origin, lang)}`,
        t('alerts.email.footer'),
      ].join('\n'),
    };
  });
  return { subject: parts[0]!.subject, text: `${parts[0]!.text}\n\n---\n\n${parts[1]!.text}\n` };
}
