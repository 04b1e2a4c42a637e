// What an alert says, on every channel: reference, queue, priority, reason ids and a console link. It is built
// from ids only, so no report text, contact, place details or receipt can reach it (alerts.test.ts checks with a canary).

import { DEFAULT_LANG, type Lang, STAFF_LANGS } from '../../domain/languages.ts';
import { HARM_SCREENING_MINUTES } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import type { Step } from './ladder.ts';

export interface AlertPayload {
  event: 'alert';
  step: Step;
  reference: string;
  queue: string;
  priority: string;
  /** Triage rule ids, `unscreened` when the screening deadline passed, `harm` when the text shows harm (not P1),
   *  `review_overdue` for a lapsed case review. */
  reasons: string[];
  at: string;
  /** The report's own page in the console (its reference only); rows queued before it existed have none. */
  link?: string;
}

/** An alert for a case review past its date (api/alerts/review-alerts.ts), not for a report waiting to be taken up. */
export const REVIEW_OVERDUE = 'review_overdue';
/** The first reason of an alert for a report whose text shows harm that triage did not make P1 (ladder.ts `harm`). */
export const HARM = 'harm';

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
    ...(p.link ? { link: p.link } : {}),
  });
}

export function consoleLink(origin: string, lang: Lang = DEFAULT_LANG): string {
  return `${origin.replace(/\/$/, '')}/${lang}/staff/`;
}

/** The console opened on one report (after sign-in if needed): the reference is the only thing in the address. */
export function reportLink(origin: string, lang: Lang, reference: string): string {
  return `${consoleLink(origin, lang)}?report=${encodeURIComponent(reference)}`;
}

/** A short e-mail in every staff-console language (the default first): the recipient's language is not recorded. */
export function emailMessage(p: AlertPayload, origin: string): { subject: string; text: string } {
  const parts = STAFF_LANGS.map((lang) => {
    const t = getT(lang, 'staff');
    const vars = { reference: p.reference, queue: p.queue, priority: p.priority };
    const kind = p.reasons.includes(REVIEW_OVERDUE) ? 'review' : p.step;
    return {
      subject: t(`alerts.email.subject.${kind}`, vars),
      text: [
        t(`alerts.email.intro.${kind}`, vars),
        ...(p.reasons[0] === HARM ? [t('alerts.email.harm', { minutes: HARM_SCREENING_MINUTES })] : []),
        `${t('alerts.email.reference')}: ${p.reference}`,
        `${t('alerts.email.queue')}: ${p.queue}`,
        `${t('alerts.email.priority')}: ${p.priority}`,
        `${t('alerts.email.reasons')}: ${p.reasons.join(', ') || '-'}`,
        `${t('alerts.email.link')}: ${reportLink(origin, lang, p.reference)}`,
        t('alerts.email.footer'),
      ].join('\n'),
    };
  });
  return { subject: parts[0]!.subject, text: `${parts[0]!.text}\n\n---\n\n${parts[1]!.text}\n` };
}
