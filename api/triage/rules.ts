// Loads and checks api/triage/rules.yaml, and compiles its terms into the normalised form the matcher uses.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AGE_BANDS, CATEGORIES, PRIORITY_VALUES, REPORTER_TYPES } from '../schemas.ts';
import { normalise } from './normalise.ts';

const priority = z.enum(PRIORITY_VALUES);
const category = z.enum(CATEGORIES);
const sentence = { en: z.string().min(1), ur: z.string().min(1) };
const terms = z.array(z.string().min(1)).min(1);

const RulesFile = z.strictObject({
  deadlinesHours: z.record(priority, z.number().positive()),
  spellings: z.record(z.string(), z.array(z.string())),
  typoTolerant: z.array(z.string()),
  baseline: z.strictObject({
    default: priority,
    categories: z.partialRecord(category, priority),
    reason: z.strictObject(sentence),
  }),
  structured: z.array(
    z.strictObject({
      id: z.string(),
      priority,
      ageBands: z.array(z.enum(AGE_BANDS)).optional(),
      categories: z.array(category).optional(),
      reporters: z.array(z.enum(REPORTER_TYPES)).optional(),
      ...sentence,
    }),
  ),
  signals: z.array(
    z.strictObject({
      id: z.string(),
      priority,
      selfReport: priority.optional(),
      category,
      needsChildAge: z.boolean().optional(),
      ...sentence,
      terms,
      alsoNeeds: z.array(terms).optional(),
    }),
  ),
  advice: z.strictObject({ id: z.string(), priority: z.literal('P4'), ...sentence, terms, strongTerms: terms }),
  underageTerms: terms,
});
export type RulesData = z.infer<typeof RulesFile>;

/** A term compiled to normalised words; `prefix` on a word means "any ending". */
export interface Term {
  words: { text: string; prefix: boolean }[];
  /** A single word listed in `typoTolerant`: also matches one edit away. */
  fuzzy: boolean;
}
export type CompiledRules = Omit<RulesData, 'signals' | 'advice' | 'underageTerms'> & {
  spell: Map<string, string>;
  signals: (Omit<RulesData['signals'][number], 'terms' | 'alsoNeeds'> & { terms: Term[]; alsoNeeds: Term[][] })[];
  advice: Omit<RulesData['advice'], 'terms' | 'strongTerms'> & { terms: Term[]; strongTerms: Term[] };
  underageTerms: Term[];
};

export function compileRules(raw: unknown): CompiledRules {
  const data = RulesFile.parse(raw);
  const spell = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(data.spellings)) {
    const c = normalise(canonical);
    for (const v of [canonical, ...variants]) spell.set(normalise(v), c);
  }
  const typo = new Set(data.typoTolerant.map((w) => spell.get(normalise(w)) ?? normalise(w)));
  const term = (t: string): Term => {
    const words = t.split(/\s+/).map((w) => {
      const prefix = w.endsWith('*');
      const n = normalise(prefix ? w.slice(0, -1) : w);
      return { text: prefix ? n : (spell.get(n) ?? n), prefix };
    });
    if (words.some((w) => !w.text || w.text.includes(' '))) throw new Error(`rules.yaml: term "${t}" does not normalise to whole words`);
    const only = words[0]!;
    return { words, fuzzy: words.length === 1 && !only.prefix && typo.has(only.text) };
  };
  const ids = new Set<string>();
  for (const r of [...data.structured, ...data.signals, data.advice]) {
    if (ids.has(r.id)) throw new Error(`rules.yaml: duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  for (const [p, h] of Object.entries(data.deadlinesHours)) if (!h) throw new Error(`rules.yaml: no deadline for ${p}`);
  return {
    ...data,
    spell,
    signals: data.signals.map((s) => ({ ...s, terms: s.terms.map(term), alsoNeeds: (s.alsoNeeds ?? []).map((g) => g.map(term)) })),
    advice: { ...data.advice, terms: data.advice.terms.map(term), strongTerms: data.advice.strongTerms.map(term) },
    underageTerms: data.underageTerms.map(term),
  };
}

export function loadRules(file: URL = new URL('./rules.yaml', import.meta.url)): CompiledRules {
  return compileRules(parseYaml(readFileSync(file, 'utf8')));
}
