// Triage: priority, due time and reasons for a report, from the form's answers and its free text.
// The rules are data (api/triage/rules.yaml); this file is the pure function that applies them.

import { type Lang, perLang } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import type { Category, Priority, ReportInput } from '../schemas.ts';
import { abuserGone, type ConceptReading, farOnly, GONE_HELD, nearInTime, pastAndGone, readConcepts } from './concept-reading.ts';
import { defaultModel, type ModelContext, readModel, strongestFeatures, type TriageModel, UNCUED_MIN_WORDS } from './model.ts';
import { readText, splitTonight } from './reading.ts';
import { type CompiledRules, type HarmId, loadRules, type OwnCue, type VulnerabilityId } from './rules.ts';

/** A reason for a priority, written in every language of the registry (staff read it in theirs). */
export type TriageReason = { id: string } & Record<Lang, string>;

/** The sentences of the registry's languages for an `api` locale key under `triage.` (locales/<lang>/api.json). */
export function reasonText(key: string, vars: (lang: Lang) => Record<string, string> = () => ({})): Record<Lang, string> {
  return perLang((lang) => getT(lang, 'api')(`triage.${key}`, vars(lang)) as string);
}
/** The sentences of a rule or concept in rules.yaml/concepts.yaml, which hold one per registry language. */
const ruleText = (rule: Record<Lang, string>): Record<Lang, string> => perLang((lang) => rule[lang]);

export interface TriageResult {
  priority: Priority;
  dueAt: number;
  reasons: TriageReason[];
  suggestedCategory: string | null;
}

export type TriageInput = Pick<ReportInput, 'immediateDanger' | 'category' | 'description' | 'reporter' | 'child'>;

/** A priority's urgency as a number, P1 the lowest: one table for triage, re-triage and the risk answers. */
export const RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
const higher = (a: Priority, b: Priority): Priority => (RANK[a] <= RANK[b] ? a : b);

let defaultRules: CompiledRules | undefined;
/** The rules triage runs on: those given, or rules.yaml + concepts.yaml compiled once per process. */
export function rulesOrDefault(rules?: CompiledRules): CompiledRules {
  if (rules) return rules;
  defaultRules ??= loadRules();
  return defaultRules;
}

export function deadlines(rules?: CompiledRules): Record<Priority, number> {
  const h = rulesOrDefault(rules).deadlinesHours;
  return { P1: h.P1 * 3_600_000, P2: h.P2 * 3_600_000, P3: h.P3 * 3_600_000, P4: h.P4 * 3_600_000 };
}
/** Response deadlines: P1 1 h, P2 24 h, P3 72 h, P4 7 days (from rules.yaml). */
export const DEADLINE_MS: Record<Priority, number> = deadlines();

export const IMMEDIATE_DANGER: TriageReason = { id: 'immediate-danger', ...reasonText('immediateDanger') };

// What makes a child more vulnerable, and how immediate a harm is: phrases of the reason sentences, in the
// `triage.vulnerable` and `triage.when` locale strings.
const vulnerable = (vul: VulnerabilityId) => (lang: Lang) => getT(lang, 'api')(`triage.vulnerable.${vul}`) as string;
type When = OwnCue | 'access';
const when = (cue: When) => (lang: Lang) => getT(lang, 'api')(`triage.when.${cue}`) as string;

export { splitTonight };

/** Marks a harm read only from weaker cues (`concept:sexual~signs+habitual`), so alerts say "may point to" too. */
export const INFERRED = '~signs';

const ALONE_MATTERS = new Set<HarmId>(['starvation', 'confinement', 'expelled', 'injury']);
/** Harms that a time far back or far ahead makes P2 (an old fracture, burns healing, a marriage or sale next year). */
const FAR_HELD = new Set<HarmId>([
  'injury',
  'burn',
  'confinement',
  'starvation',
  'abduction',
  'sale',
  'medical',
  'untreated',
  // Image abuse and grooming with no deadline and no meeting are P2 (POLICY.md); "no date yet" reads as far.
  'sextortion',
  'grooming',
  'online-meeting',
]);
/**
 * The concept rules (stated in concepts.yaml's header): a severe harm → P1; harm + immediacy → P1; harm + high
 * vulnerability → P1; any other harm → P2; violence now or tonight, or in custody → P1; violence on a baby or a child
 * domestic worker → P2. Sexual harm told as past (the abuser gone, "two years ago") without a word of now or soon stays P2.
 */
export function conceptPriority(
  c: ConceptReading,
  r: CompiledRules,
  reporter: TriageInput['reporter'],
): { priority: Priority; reasons: TriageReason[]; category: Category | null } {
  let priority: Priority = 'P4';
  let category: Category | null = null;
  const reasons: TriageReason[] = [];
  const raise = (p: Priority, reason: TriageReason, cat: Category | null) => {
    if (RANK[p] < RANK[priority]) {
      priority = p;
      category = cat ?? category;
    }
    reasons.push(reason);
  };
  // Reasons name the kind of immediacy, never the words found: a reason can travel further than the report's text.
  const ownCue: OwnCue | null = c.now ? 'now' : c.soon ? 'soon' : c.habitual ? 'habitual' : c.since ? 'since' : null;
  const pastOnly = !!c.past && !c.now && !c.soon;
  for (const id of c.harms) {
    const h = r.concepts.harms[id];
    // "Alone" makes hunger, confinement or being thrown out urgent; it says little about a message asking to meet alone.
    const vul = c.vulnerable.find((v) => (h.urgentWith ? h.urgentWith.includes(v) : v !== 'alone' || ALONE_MATTERS.has(id)));
    // Sexual harm told as past is held back, unless the person still lives with the child (POLICY.md: access → P1;
    // a girl married last year and pregnant, living with him).
    // "He moved to Karachi last year" holds it back too, whatever time words tell the child's state now ("she still
    // wakes at night"): POLICY.md P2, past sexual abuse with the abuser no longer near the child.
    const heldBack =
      (id === 'sexual' && !c.access && (pastOnly || farOnly(c) || abuserGone(c))) ||
      (FAR_HELD.has(id) && farOnly(c)) ||
      (GONE_HELD.has(id) && pastAndGone(c));
    // Time words say nothing about a `timeless` harm (a teenager missing "since yesterday" is P2 by policy).
    // `timedBy`: only some kinds of time make it P1 (an image threat needs a deadline, not "for two months").
    const timed = h.timeless || (ownCue && h.timedBy && !h.timedBy.includes(ownCue)) ? null : ownCue;
    const cue = timed ?? (id === 'sale' && c.handover ? 'soon' : id === 'sexual' && c.access ? 'access' : null);
    // A harm read only from weaker cues together is told as what it may be, never as what the text describes.
    const hid = c.inferred.includes(id) ? `${id}${INFERRED}` : id;
    const INF = { severe: 'inferred', when: 'inferredWhen', vulnerable: 'inferredVulnerable', atLeastUrgent: 'inferred' };
    const key = (k: keyof typeof INF) => `concept.${c.inferred.includes(id) ? INF[k] : k}`;
    if (h.severe && !heldBack) {
      raise('P1', { id: `concept:${hid}`, ...reasonText(key('severe'), (l) => ({ harm: h[l] })) }, h.category);
    } else if (cue && !heldBack) {
      raise('P1', { id: `concept:${hid}+${cue}`, ...reasonText(key('when'), (l) => ({ harm: h[l], when: when(cue)(l) })) }, h.category);
    } else if (vul && !heldBack) {
      raise(
        'P1',
        { id: `concept:${hid}+${vul}`, ...reasonText(key('vulnerable'), (l) => ({ harm: h[l], child: vulnerable(vul)(l) })) },
        h.category,
      );
    } else if (id === 'sexual' && reporter === 'self' && !heldBack) {
      const self = c.inferred.includes(id) ? 'concept.inferredSelf' : 'concept.sexualSelf';
      raise('P1', { id: 'concept:sexual+self', ...reasonText(self) }, h.category);
    } else {
      raise('P2', { id: `concept:${hid}`, ...reasonText(key('atLeastUrgent'), (l) => ({ harm: h[l] })) }, h.category);
    }
  }
  if (c.shaken && c.vulnerable.includes('baby')) {
    raise('P1', { id: 'concept:shaken+baby', ...reasonText('concept.shakenBaby') }, 'physical_abuse');
  }
  if (c.violence) {
    if (c.now || c.tonight) {
      raise('P1', { id: 'concept:violence+now', ...reasonText('concept.violenceNow') }, 'physical_abuse');
    } else if (c.vulnerable.includes('custody')) {
      raise('P1', { id: 'concept:violence+custody', ...reasonText('concept.violenceCustody') }, 'in_conflict_with_law');
    } else if (c.vulnerable.includes('baby') || (c.vulnerable.includes('worker') && c.domestic)) {
      // Round 9: a working child slapped without injury at a shop or a workshop is POLICY.md's P3 (child labour,
      // beating); on a baby or a child domestic worker it is P2.
      const vul = c.vulnerable.includes('baby') ? 'baby' : 'worker';
      raise(
        'P2',
        { id: `concept:violence+${vul}`, ...reasonText('concept.violenceVulnerable', (l) => ({ child: vulnerable(vul)(l) })) },
        'physical_abuse',
      );
    }
  }
  return { priority, reasons, category };
}

/** True when the report's text reads as a question about no child in particular (concepts.yaml `info`). */
export function readsAsInformationRequest(input: TriageInput, rules?: CompiledRules): boolean {
  const r = rulesOrDefault(rules);
  const { text, found } = readText(r, input.description);
  return readConcepts(found, r, input, text, input.description).infoRequest;
}

/**
 * Priority, due time and reasons for a report. Pure: the same input and `now` give the same result.
 * Safety properties (triage.test.ts): immediate danger is always P1; a text signal can only raise the priority
 * (except that a request for information about no specific child stays a request for information); a child's own
 * report of sexual abuse, abduction, suicide or an abandoned newborn is P1 whatever the category; a harm concept
 * is never left below P2; a plain request for advice or information with no child at risk is P4.
 */
/** The learned signal for `triage`: the shipped model, none (the concepts alone), or a fixed reading (cross-validation),
 *  told what the lexicons found (model.ts `raiseOf`). */
export type ModelSignal = TriageModel | null | ((description: string, context: ModelContext) => 'P1' | 'P2' | null);

export function triage(input: TriageInput, now: number, rules?: CompiledRules, model: ModelSignal = defaultModel()): TriageResult {
  const r = rulesOrDefault(rules);
  const { text, found } = readText(r, input.description);
  const reasons: TriageReason[] = [];

  const baseline: Priority = r.baseline.categories[input.category as Category] ?? r.baseline.default;
  let priority = baseline;

  let formPriority = priority;
  for (const s of r.structured) {
    if (s.ageBands && !s.ageBands.includes(input.child.ageBand)) continue;
    if (s.categories && !s.categories.includes(input.category)) continue;
    if (s.reporters && !s.reporters.includes(input.reporter)) continue;
    formPriority = higher(formPriority, s.priority);
    reasons.push({ id: s.id, ...ruleText(s) });
  }
  priority = formPriority;

  const concepts = readConcepts(found, r, input, text, input.description);
  let textPriority: Priority = 'P4';
  let suggested: { category: Category; priority: Priority } | null = null;
  let signalCount = 0;
  if (!concepts.infoRequest) {
    const childAge = input.category === 'child_marriage' || concepts.aged || found.has('underage');
    for (const s of r.signals) {
      if (s.needsChildAge && !childAge) continue;
      if (!found.has(`signal:${s.id}`)) continue;
      if (!s.alsoNeeds.every((_, i) => found.has(`signal:${s.id}:${i}`))) continue;
      const own = s.farInTime && farOnly(concepts) ? s.farInTime : s.whenGone && pastAndGone(concepts) ? s.whenGone : s.priority;
      const p = input.reporter === 'self' && s.selfReport ? higher(own, s.selfReport) : own;
      signalCount++;
      textPriority = higher(textPriority, p);
      reasons.push({ id: s.id, ...ruleText(s) });
      if (!suggested || RANK[p] < RANK[suggested.priority]) suggested = { category: s.category, priority: p };
    }
    const c = conceptPriority(concepts, r, input.reporter);
    if (c.reasons.length) {
      signalCount++;
      textPriority = higher(textPriority, c.priority);
      reasons.push(...c.reasons);
      if (c.category && (!suggested || RANK[c.priority] < RANK[suggested.priority]))
        suggested = { category: c.category, priority: c.priority };
    }
  }
  priority = higher(priority, textPriority);

  // A question about no child in particular, from an adult who named no child on the form either (no age band),
  // is a request for information even under a serious category ("sexual abuse: what is the punishment?"). The
  // structured rules (a child's own report, a baby) are not overridden: they need a reporter or an age band. Round 11:
  // a lesson (concept-reading.ts `lesson`) is one too, though the form gives the child's age ("how do I teach my girl
  // of 7 about bad touch?").
  const noChildOnForm = input.reporter !== 'self' && input.child.ageBand === 'unknown';
  const formRaised = RANK[formPriority] < RANK[baseline];
  let advice = false;
  if (
    concepts.infoRequest &&
    (noChildOnForm || concepts.lesson) &&
    !formRaised &&
    RANK[textPriority] >= RANK[r.baseline.default] &&
    !input.immediateDanger
  ) {
    advice = true;
    priority = r.advice.priority;
    reasons.push({ id: r.advice.id, ...ruleText(r.advice) });
  } else if (RANK[priority] >= RANK[r.baseline.default] && RANK[textPriority] >= RANK[r.baseline.default] && !input.immediateDanger) {
    // A request for advice: only when nothing on the form or in the text raised the priority above the default.
    // "Just asking" never outweighs a child's own account of being harmed.
    const strong = input.reporter !== 'self' && found.has('advice:strong');
    if (concepts.infoRequest || strong || (signalCount === 0 && found.has('advice'))) {
      advice = true;
      priority = r.advice.priority;
      reasons.push({ id: r.advice.id, ...ruleText(r.advice) });
    }
  }

  // The learned signal may only raise; a question about no child in particular or a request for advice only to P2, on a
  // strong score. Where the lexicons found no cue of harm (a harm, hitting, a signal, one group of a composite, a
  // vulnerable child), only a strong score raises, and only to P1 (model.ts `MARGIN`): a linear model over n-grams
  // alone reads "today" as an emergency, but at 1.0 above its threshold it reads circumstance the lexicons lack.
  // Round 6: it raises to P2 at most a report written as a question that names no child in particular, or one that
  // places its harm only far in time (the rules' own P2 there is POLICY.md's: healing injuries, a marriage next year);
  // round 8: or tells sexual harm by someone no longer near the child.
  const cued = hasCue(found);
  // Round 9: a text read as a question or a request for advice is raised too, but only to P2 and only on a strong
  // emergency score (model.ts `MARGIN.asked`), which alerts a person at once (harm.ts); never a research question.
  const asked = concepts.infoRequest || advice;
  if (model && !(asked && found.has('info:research')) && (cued || text.split(' ').length >= UNCUED_MIN_WORDS)) {
    const context = { cued, timed: nearInTime(concepts), asked };
    const read = typeof model === 'function' ? model(input.description, context) : readModel(model, input.description, context).raise;
    const asks = found.has('info:question') || /[?؟]/.test(input.description);
    const named = found.has('specific') || found.has('specific:weak');
    const held =
      farOnly(concepts) ||
      (concepts.harms.includes('sexual') && abuserGone(concepts)) ||
      (concepts.harms.some((h) => GONE_HELD.has(h)) && pastAndGone(concepts));
    const raised = modelRaise(priority, read === 'P1' && (asked || (asks && !named) || held) ? 'P2' : read);
    if (raised) {
      priority = raised.priority;
      // The raise replaces the advice reason: the text is no longer taken for a request for advice.
      const adviceAt = reasons.findIndex((x) => x.id === r.advice.id);
      if (adviceAt >= 0) reasons.splice(adviceAt, 1);
      reasons.push(raised.reason);
    }
  }

  if (input.immediateDanger) {
    priority = 'P1';
    reasons.unshift(IMMEDIATE_DANGER);
  }
  // The category's standard time is a reason only when it is what decided the priority.
  if (priority === baseline) reasons.unshift({ id: `category:${input.category}`, ...ruleText(r.baseline.reason) });
  return {
    priority,
    dueAt: now + deadlines(r)[priority],
    reasons,
    suggestedCategory: input.category === 'other' && suggested ? suggested.category : null,
  };
}

// A cue of harm: a harm or signal (not only a group it also needs), hitting, a vulnerable child, or a composite's group
// other than a time or a person ("today" and "uncle" are no harm by themselves).
const CUE_RE = /^(?:harm|signal):[^:]+$|^violence|^vul:|^comp:\d+:(?!when$|final$|person$)/;
const hasCue = (found: Map<string, string>) => {
  for (const k of found.keys()) if (CUE_RE.test(k)) return true;
  return false;
};

/** The model's raise, if it raises: to P1 above the emergency threshold, to P2 above the urgent one, never down. The
 *  reason names no words (it is stored beside the sealed text); the case view adds the strongest ones (modelReasonWords). */
export function modelRaise(priority: Priority, raise: 'P1' | 'P2' | null): { priority: Priority; reason: TriageReason } | null {
  if (!raise || RANK[raise] >= RANK[priority]) return null;
  const head = raise === 'P1' ? 'emergency' : 'urgent';
  return { priority: raise, reason: { id: `model:${head}`, ...reasonText(`model.${head}`) } };
}

/** A stored `model:*` reason, told again with the words that weighed most in the report's (opened) text. */
export function modelReasonWords(
  reason: TriageReason,
  description: string | null,
  model: TriageModel | null = defaultModel(),
): TriageReason {
  const head = reason.id === 'model:emergency' ? 'emergency' : reason.id === 'model:urgent' ? 'urgent' : null;
  if (!head || !model || !description) return reason;
  const words = strongestFeatures(model, description, head);
  if (!words.length) return reason;
  const features = words.map((w) => `“${w}”`).join(', ');
  return { id: reason.id, ...reasonText(`model.${head}Words`, () => ({ features })) };
}
