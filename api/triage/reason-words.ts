// A triage reason told in words from its id alone, for alerts (e-mail, webhook, console banner), which carry ids and
// never a reporter's words: `concept:sexual~signs+habitual` → "signs that may point to sexual abuse, happening again
// and again". Pure but for the rules it reads once.
import type { Lang } from '../../domain/languages.ts';
import { RISK_IDS, type RiskId } from '../../domain/risks.ts';
import { getT } from '../../locales/i18n.ts';
import { RISK_REASONS } from './risks.ts';
import { type CompiledRules, HARM_IDS, type HarmId, loadRules } from './rules.ts';
import { IMMEDIATE_DANGER, INFERRED } from './triage.ts';

let rules: CompiledRules | undefined;
const isRiskId = (v: string | undefined): v is RiskId => RISK_IDS.includes(v as RiskId);
const WHEN = new Set(['now', 'soon', 'habitual', 'since', 'access']);
const VULNERABLE = new Set(['baby', 'worker', 'alone', 'custody']);
/** Concept reasons whose sentence says it all (no harm phrase to build). */
const WHOLE: Record<string, string> = {
  'concept:sexual+self': 'concept.sexualSelf',
  'concept:sexual~signs+self': 'concept.inferredSelf',
  'concept:shaken+baby': 'concept.shakenBaby',
  'concept:violence+now': 'concept.violenceNow',
  'concept:violence+custody': 'concept.violenceCustody',
};

/** The words of one reason id in `lang`; an id it does not know is "another triage rule", never the code. */
export function reasonWords(id: string, lang: Lang): string {
  const t = getT(lang, 'api');
  rules ??= loadRules();
  const whole = WHOLE[id];
  if (whole) return t(`triage.${whole}`) as string;
  const concept = /^concept:([a-z-]+?)(~signs)?(?:\+([a-z]+))?$/.exec(id);
  if (concept) {
    const [, name, signs, extra] = concept;
    if (name === 'violence' && extra && VULNERABLE.has(extra))
      return t('triage.concept.violenceVulnerable', { child: t(`triage.vulnerable.${extra}`) }) as string;
    if (!HARM_IDS.includes(name as HarmId)) return t('triage.words.other') as string;
    const phrase = rules.concepts.harms[name as HarmId][lang];
    const harm = signs === INFERRED ? (t('triage.words.signsOf', { harm: phrase }) as string) : phrase;
    if (extra && WHEN.has(extra)) return t('triage.words.withWhen', { harm, when: t(`triage.when.${extra}`) }) as string;
    if (extra && VULNERABLE.has(extra)) return t('triage.words.withChild', { harm, child: t(`triage.vulnerable.${extra}`) }) as string;
    return harm;
  }
  const risk = /^risk(-unsure)?:(.+)$/.exec(id);
  if (risk && isRiskId(risk[2])) {
    const question = t(`triage.risk.${risk[2]}`) as string;
    return risk[1] ? (t('triage.risk.unsure', { question }) as string) : RISK_REASONS[risk[2]][lang];
  }
  if (id === IMMEDIATE_DANGER.id) return IMMEDIATE_DANGER[lang];
  if (id.startsWith('category:')) return rules.baseline.reason[lang];
  if (id === 'model:emergency' || id === 'model:urgent') return t(`triage.model.${id.slice(6)}`) as string;
  if (id === 'unscreened' || id === 'review_overdue' || id === 'harm') return t(`triage.words.${id}`) as string;
  const rule = [...rules.structured, ...rules.signals, rules.advice].find((r) => r.id === id);
  return rule ? rule[lang] : (t('triage.words.other') as string);
}

/** Every reason of an alert in words, in one language. */
export const reasonsInWords = (ids: readonly string[], lang: Lang): string[] => ids.map((id) => reasonWords(id, lang));
