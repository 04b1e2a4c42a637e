// What Listen reads beside each question of the report form, and the recorded clip of the child's wording
// (site/public/audio/<lang>/<name>.ogg, made by site/audio/make-clips.ts): a clip is named by a hash of the exact
// text it speaks, so a changed string has no clip until it is recorded again (site/audio/clips.test.ts).
import type { TFunction } from 'i18next';
import { CHILD_CATEGORY_CHOICES } from '../../../domain/child-categories.ts';
import { AGE_BANDS, GENDERS, REPORTER_TYPES } from '../../../domain/report-choices.ts';
import { CHILD_SAFE_SIDE, childRiskAnswer, RISK_ANSWERS, RISK_IDS, type RiskId } from '../../../domain/risks.ts';

export const spokenText = (parts: readonly string[]) => parts.filter(Boolean).join('\n');

/** FNV-1a over the text's code points, base 36: a short stable name the page computes without a list of clips. */
export function clipName(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.normalize('NFC')) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36);
}

export const clipUrl = (lang: string, text: string) => `/audio/${lang}/${clipName(text)}.ogg`;

/** A risk question's answers in order: Yes first, also on a question asked of a child the safe way round. */
export const riskOptions = (id: string, child: boolean): readonly string[] =>
  child && (CHILD_SAFE_SIDE as readonly string[]).includes(id) ? ['no', 'yes', 'unsure'] : RISK_ANSWERS;

/** The locale key of a risk answer's words: on a question asked the safe way round, the child's Yes posts `no`. */
export const riskAnswerKey = (id: string, answer: string, child: boolean) => `risks.${child ? childRiskAnswer(id, answer) : answer}`;

/** "Are you safe right now?" for a child: "Yes, I am safe" (false) first. */
export const dangerOptions = (child: boolean): readonly string[] => (child ? ['false', 'true'] : ['true', 'false']);

/**
 * Every text a Listen button reads in the child's wording, in the order of the form (the first step before
 * "this is happening to me" is chosen, too). The steps build theirs with the same functions and keys.
 */
export function childSpokenTexts(t: TFunction): string[] {
  const c = { context: 'child' };
  const choice = (label: string, words: readonly string[]) => spokenText([t(label, c), ...words]);
  const texts = [
    // The first question, asked before anyone says "this is happening to me": in the words it has then.
    spokenText([t('steps.who'), ...REPORTER_TYPES.map((r) => t(`reporter.${r}`))]),
    choice(
      'steps.who',
      REPORTER_TYPES.map((r) => t(`reporter.${r}`, c)),
    ),
    choice(
      'steps.what',
      CHILD_CATEGORY_CHOICES.map((k) => t(`childCategory.${k.id}`, c)),
    ),
    ...RISK_IDS.map((id: RiskId) =>
      choice(
        `risk.${id}`,
        riskOptions(id, true).map((o) => t(riskAnswerKey(id, o, true), c)),
      ),
    ),
    choice(
      'steps.danger',
      dangerOptions(true).map((o) => t(`danger.${o === 'true' ? 'yes' : 'no'}`, c)),
    ),
    choice(
      'form.ageLabel',
      AGE_BANDS.map((a) => t(`age.${a}`, c)),
    ),
    choice(
      'form.genderLabel',
      GENDERS.map((g) => t(`gender.${g}`, c)),
    ),
    spokenText([t('form.provinceLabel', c)]),
    spokenText([t('form.districtLabel', c)]),
    ...['details', 'description', 'contact'].map((f) =>
      spokenText([t(`form.${f}Label`, c), t(f === 'contact' ? 'form.contactWarning' : `form.${f}Hint`, c)]),
    ),
  ];
  return [...new Set(texts)];
}
