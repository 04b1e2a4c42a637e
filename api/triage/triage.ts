// Triage: priority, due time and reasons for a report, from the form's answers and its free text.
// The rules are data (api/triage/rules.yaml); this file is the pure function that applies them.
import type { Category, Priority, ReportInput } from '../schemas.ts';
import { editDistance, normalise } from './normalise.ts';
import { loadRules, type CompiledRules, type Term } from './rules.ts';

export interface TriageReason {
  id: string;
  en: string;
  ur: string;
}

export interface TriageResult {
  priority: Priority;
  dueAt: number;
  reasons: TriageReason[];
  suggestedCategory: string | null;
}

export type TriageInput = Pick<ReportInput, 'immediateDanger' | 'category' | 'description' | 'reporter' | 'child'>;

const RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
const higher = (a: Priority, b: Priority): Priority => (RANK[a] <= RANK[b] ? a : b);

let defaultRules: CompiledRules | undefined;
const rulesOrDefault = (rules?: CompiledRules) => rules ?? (defaultRules ??= loadRules());

export function deadlines(rules?: CompiledRules): Record<Priority, number> {
  const h = rulesOrDefault(rules).deadlinesHours;
  return { P1: h.P1 * 3_600_000, P2: h.P2 * 3_600_000, P3: h.P3 * 3_600_000, P4: h.P4 * 3_600_000 };
}
/** Response deadlines: P1 1 h, P2 24 h, P3 72 h, P4 7 days (from rules.yaml). */
export const DEADLINE_MS: Record<Priority, number> = deadlines();

export const IMMEDIATE_DANGER: TriageReason = {
  id: 'immediate-danger',
  en: 'The reporter said a child is in danger right now.',
  ur: 'رپورٹ کرنے والے نے بتایا کہ بچہ ابھی خطرے میں ہے۔',
};

function matchWord(word: { text: string; prefix: boolean }, token: string): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

function termMatches(term: Term, words: string[]): boolean {
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = matchWord(term.words[k]!, words[i + k]!);
    if (ok) return true;
  }
  if (term.fuzzy) {
    const t = term.words[0]!.text;
    for (const w of words) if (w.length >= 6 && /^[a-z]+$/.test(w) && editDistance(w, t, 1) <= 1) return true;
  }
  return false;
}
const anyMatches = (terms: Term[], words: string[]) => terms.some((t) => termMatches(t, words));

const AGE_WORDS: Record<string, number> = {
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  bara: 12, barah: 12, tera: 13, terah: 13, choda: 14, chodah: 14, chauda: 14, chaudah: 14, pandra: 15, pandrah: 15, sola: 16, solah: 16, satra: 17, satrah: 17,
  بارہ: 12, تیرہ: 13, چودہ: 14, پندرہ: 15, سولہ: 16, سترہ: 17,
};
const UNIT = String.raw`(?:sal|sala|sale|year|years|yr|yrs|yo|baras|bars|سال|سالہ|برس)`;
const NUM = String.raw`(\d{1,2}|${Object.keys(AGE_WORDS).join('|')})`;
const AGE_RES = [
  new RegExp(String.raw`(?:^|\s)${NUM}\s${UNIT}(?=\s|$)`, 'gu'),
  new RegExp(String.raw`(?:^|\s)(?:umar|umr|age|aged|عمر|i am|im)\s(?:is\s|hai\s|ہے\s|of\s)?${NUM}(?=\s|$)`, 'gu'),
  // "she is 13", "they are 12 and 13"
  new RegExp(String.raw`(?:^|\s)(?:is|are|was|were)\s(?:only\s|just\s)?${NUM}(?=\s|$)`, 'gu'),
];
/** Ages under 18 written in the text ("14 saal", "umar 13", "i am 14", "پندرہ سال"). */
export function agesUnder18(normalised: string): number[] {
  const out = new Set<number>();
  for (const re of AGE_RES) {
    for (const m of normalised.matchAll(re)) {
      const v = AGE_WORDS[m[1]!] ?? Number(m[1]);
      if (v < 18) out.add(v);
    }
  }
  return [...out];
}

/**
 * Priority, due time and reasons for a report. Pure: the same input and `now` give the same result.
 * Safety properties (tests/triage/properties.test.ts): immediate danger is always P1; a text signal can
 * only raise the priority; a child's own report of sexual abuse, abduction, suicide or an abandoned
 * newborn is P1 whatever the category; a plain request for advice with no child at risk is P4.
 */
export function triage(input: TriageInput, now: number, rules?: CompiledRules): TriageResult {
  const r = rulesOrDefault(rules);
  const text = normalise(input.description);
  const words = text ? text.split(' ').map((w) => r.spell.get(w) ?? w) : [];
  const reasons: TriageReason[] = [];

  const baseline: Priority = r.baseline.categories[input.category as Category] ?? r.baseline.default;
  let priority = baseline;

  let formPriority = priority;
  for (const s of r.structured) {
    if (s.ageBands && !s.ageBands.includes(input.child.ageBand)) continue;
    if (s.categories && !s.categories.includes(input.category)) continue;
    if (s.reporters && !s.reporters.includes(input.reporter)) continue;
    formPriority = higher(formPriority, s.priority);
    reasons.push({ id: s.id, en: s.en, ur: s.ur });
  }
  priority = formPriority;

  const childAge = input.category === 'child_marriage' || agesUnder18(text).length > 0 || anyMatches(r.underageTerms, words);
  let textPriority: Priority = 'P4';
  let suggested: { category: Category; priority: Priority } | null = null;
  let signalCount = 0;
  for (const s of r.signals) {
    if (s.needsChildAge && !childAge) continue;
    if (!anyMatches(s.terms, words)) continue;
    if (!s.alsoNeeds.every((group) => anyMatches(group, words))) continue;
    const p = input.reporter === 'self' && s.selfReport ? higher(s.priority, s.selfReport) : s.priority;
    signalCount++;
    textPriority = higher(textPriority, p);
    reasons.push({ id: s.id, en: s.en, ur: s.ur });
    if (!suggested || RANK[p] < RANK[suggested.priority]) suggested = { category: s.category, priority: p };
  }
  priority = higher(priority, textPriority);

  // A request for advice: only when nothing on the form or in the text raised the priority above the default.
  if (RANK[priority] >= RANK[r.baseline.default] && RANK[textPriority] >= RANK[r.baseline.default] && !input.immediateDanger) {
    // "Just asking" never outweighs a child's own account of being harmed.
    const strong = input.reporter !== 'self' && anyMatches(r.advice.strongTerms, words);
    if (strong || (signalCount === 0 && anyMatches(r.advice.terms, words))) {
      priority = r.advice.priority;
      reasons.push({ id: r.advice.id, en: r.advice.en, ur: r.advice.ur });
    }
  }

  if (input.immediateDanger) {
    priority = 'P1';
    reasons.unshift(IMMEDIATE_DANGER);
  }
  // The category's standard time is a reason only when it is what decided the priority.
  if (priority === baseline) reasons.unshift({ id: `category:${input.category}`, ...r.baseline.reason });
  return {
    priority,
    dueAt: now + deadlines(r)[priority],
    reasons,
    suggestedCategory: input.category === 'other' && suggested ? suggested.category : null,
  };
}

export interface RetriageResult extends TriageResult {
  /** True when the priority rose; the caller records a `retriaged` event with `previousPriority` and `newReasons`. */
  changed: boolean;
  previousPriority: Priority;
  /** Reasons that were not among the report's reasons before (all of `reasons` when none were given). */
  newReasons: TriageReason[];
}

/**
 * Re-triage when the reporter adds information: the priority may rise, never fall. The due time is
 * recomputed from the original submission time so a raised report is not given extra time.
 */
export function retriage(
  current: { priority: Priority; dueAt: number; createdAt: number; reasons?: TriageReason[] },
  input: TriageInput,
  addedText: string,
  now: number,
  rules?: CompiledRules,
): RetriageResult {
  const fresh = triage({ ...input, description: `${input.description}\n${addedText}` }, current.createdAt, rules);
  const known = new Set((current.reasons ?? []).map((r) => r.id));
  const newReasons = fresh.reasons.filter((r) => !known.has(r.id));
  if (RANK[fresh.priority] < RANK[current.priority]) {
    return {
      ...fresh,
      dueAt: Math.max(Math.min(fresh.dueAt, current.dueAt), Math.min(now, current.dueAt)),
      changed: true,
      previousPriority: current.priority,
      newReasons,
    };
  }
  return {
    priority: current.priority,
    dueAt: current.dueAt,
    reasons: current.reasons ?? [],
    suggestedCategory: fresh.suggestedCategory,
    changed: false,
    previousPriority: current.priority,
    newReasons: [],
  };
}
