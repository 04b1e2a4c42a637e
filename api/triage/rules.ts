// Loads and checks api/triage/rules.yaml, and compiles its terms into the normalised form the matcher uses.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { perLang } from '../../domain/languages.ts';
import { AGE_BANDS, CATEGORIES, PRIORITY_VALUES, REPORTER_TYPES } from '../schemas.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { matchNormalise as normalise, PASHTO_RETROFLEX_RE, plainRetroflex, romanFold } from './normalise.ts';
import type { Term } from './term.ts';

const priority = z.enum(PRIORITY_VALUES);
const category = z.enum(CATEGORIES);
const sentence = perLang(() => z.string().min(1));
const terms = z.array(z.string().min(1)).min(1);
/** concepts.yaml `info`: the term groups that read a text as a question (concept-reading.ts), each found as `info:<group>`. */
export const INFO_GROUPS = [
  'question',
  'topic',
  'research',
  'conditional',
  'frame',
  'teach',
  'disclaim',
  'agelaw',
  'how',
  'resolved',
] as const;

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
      /** The priority when the text places this harm only far in time (concepts.yaml `immediacy.far`). */
      farInTime: priority.optional(),
      /** The priority when the text tells it as past, by someone no longer near the child (concept-reading.ts
       *  `pastAndGone`): POLICY.md's P2, sexual abuse in the past with the abuser no longer near the child. */
      whenGone: priority.optional(),
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

/** The kinds of time a harm's own words can give it (triage.ts `conceptPriority`), which `timedBy` may restrict. */
export const OWN_CUES = ['now', 'soon', 'habitual', 'since'] as const;
export type OwnCue = (typeof OWN_CUES)[number];

// api/triage/concepts.yaml: harms, immediacy, vulnerability, information requests (see its header).
export const HARM_IDS = [
  'sexual',
  'injury',
  'burn',
  'confinement',
  'starvation',
  'selfharm',
  'abduction',
  'sale',
  'threat',
  'sextortion',
  'abandoned',
  'hiding',
  'expelled',
  'online-meeting',
  'missing',
  'domestic-labour',
  'alone-with',
  'sent-away',
  'medical',
  'untreated',
  'grooming',
] as const;
export type HarmId = (typeof HARM_IDS)[number];
const IMMEDIACY_IDS = ['now', 'tonight', 'soon', 'handover', 'habitual', 'since', 'past', 'access', 'far', 'recent', 'gone'] as const;
export type ImmediacyId = (typeof IMMEDIACY_IDS)[number];
const VULNERABILITY_IDS = ['baby', 'worker', 'alone', 'custody'] as const;
export type VulnerabilityId = (typeof VULNERABILITY_IDS)[number];
const vulnerabilityId = z.enum(VULNERABILITY_IDS);
const ConceptsFile = z.strictObject({
  harms: z.record(
    z.enum(HARM_IDS),
    z.strictObject({
      severe: z.boolean(),
      category,
      ...sentence,
      terms,
      alsoNeeds: z.array(terms).optional(),
      /** Words that point to this harm only when nothing in `explainedBy` (found keys) explains them otherwise: money
       *  taken for a child is a sale, unless the text tells a debt worked off (bonded labour, P2 by policy). */
      weak: z.strictObject({ terms, explainedBy: z.array(z.string()).min(1) }).optional(),
      /** Time words never make this harm P1 (a missing teenager "since yesterday" is P2); only `urgentWith` does. */
      timeless: z.boolean().optional(),
      /** Only these kinds of time make this harm P1 (default: all). Image threats and grooming are P1 with a deadline,
       *  now or soon; "he has been messaging her for two months, every night" is POLICY.md's P2, no deadline. */
      timedBy: z.array(z.enum(OWN_CUES)).optional(),
      /** The vulnerabilities that make this harm P1 (default: any, "alone" only where being alone matters). */
      urgentWith: z.array(vulnerabilityId).optional(),
    }),
  ),
  /** Harms shown by several weaker cues together, none enough alone: `need` of the named groups must match. */
  composites: z.array(
    z.strictObject({
      harm: z.enum(HARM_IDS),
      need: z.number().int().min(2),
      groups: z.record(z.string(), terms),
      /** A group that does not count when another reading explains it (pain explained by a beating, a room by a lock). */
      explainedBy: z.record(z.string(), z.array(z.string())).optional(),
    }),
  ),
  /** Phrases that deny a harm or use its word in another sense ("no injury", "missing school"): read as absent. */
  notHarm: terms,
  /** Minor marks told as healed: with a `cue` in the text the `minor` words are read as absent (reading.ts). */
  healed: z.strictObject({ cue: terms, minor: terms }),
  violence: z.strictObject({ terms, severeOnBaby: terms }),
  immediacy: z.record(z.enum(IMMEDIACY_IDS), terms),
  /** Words that are far in time only in a text that reads as Pashto: Roman Pashto "kal" is a year, Urdu's is tomorrow. */
  farInPashto: terms,
  /** "Tonight" written apart ("aaj bhi … raat ko"): a day word and a night word in one sentence (or a short report). */
  splitTonight: z.strictObject({ day: terms, night: terms, notTonight: terms, shortReportWords: z.number().int().positive() }),
  vulnerability: z.record(z.enum(VULNERABILITY_IDS), terms),
  info: z.strictObject(Object.fromEntries(INFO_GROUPS.map((g) => [g, terms])) as Record<(typeof INFO_GROUPS)[number], typeof terms>),
  specificWeak: terms,
  restraint: terms,
  specific: terms,
});
export type ConceptsData = z.infer<typeof ConceptsFile>;

/** A term compiled to normalised words (api/triage/term.ts). */
export type { Term };
export type CompiledRules = Omit<RulesData, 'signals' | 'advice' | 'underageTerms'> & {
  concepts: ConceptsData;
  splitTonight: { day: Set<string>; night: Set<string>; notTonight: string[]; shortReportWords: number };
  /** Every term group of rules.yaml and concepts.yaml, indexed for one pass over a report's words (lexicon.ts). */
  lexicon: Lexicon;
  /** The `notHarm` phrases, compiled: reading.ts blanks their words before matching. */
  notHarm: Lexicon;
  /** `healed.cue` and `healed.minor`, compiled: reading.ts blanks the minor words when a cue is in the text. */
  healed: { cue: Lexicon; minor: Lexicon };
  /** `immediacy.far`, compiled: reading.ts takes its phrases out before the other words are read, so the "kal" of
   *  "bal kal" (next year) or "kal pas" (a year on) is not "tomorrow". */
  far: Lexicon;
  /** `farInPashto`, compiled: read like `far` in a text that reads as Pashto. */
  farInPashto: Lexicon;
  spell: Map<string, string>;
  signals: (Omit<RulesData['signals'][number], 'terms' | 'alsoNeeds'> & { terms: Term[]; alsoNeeds: Term[][] })[];
  advice: Omit<RulesData['advice'], 'terms' | 'strongTerms'> & { terms: Term[]; strongTerms: Term[] };
  underageTerms: Term[];
};

export function compileRules(raw: unknown, rawConcepts: unknown = readConcepts()): CompiledRules {
  const data = RulesFile.parse(raw);
  const concepts = ConceptsFile.parse(rawConcepts);
  const spell = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(data.spellings)) {
    const c = normalise(canonical);
    for (const v of [canonical, ...variants]) {
      spell.set(normalise(v), c);
      spell.set(normalise(v, true), c);
    }
  }
  const typo = new Set(data.typoTolerant.map((w) => romanFold(spell.get(normalise(w)) ?? normalise(w))));
  const compile = (t: string, vowels: boolean): Term => {
    // A word may normalise to several ("can't" → "can t", as the reporter's text will); a * applies to the last.
    const words = t.split(/\s+/).flatMap((w) => {
      const prefix = w.endsWith('*');
      const parts = normalise(prefix ? w.slice(0, -1) : w, vowels).split(' ');
      return parts.map((n, i) => {
        const p = prefix && i === parts.length - 1;
        return { text: p ? romanFold(n, true) : romanFold(spell.get(n) ?? n), prefix: p };
      });
    });
    if (words.some((w) => !w.text || w.text.includes(' '))) throw new Error(`rules.yaml: term "${t}" does not normalise to whole words`);
    const only = words[0]!;
    return { words, fuzzy: words.length === 1 && !only.prefix && typo.has(only.text) };
  };
  /** A term in each spelling family it stands for (normalise.ts): as written, with ee/oo read as long vowels, with a
   *  Pashto term's retroflex letters typed plain, and a phrase of two or three words also written joined. */
  const term = (t: string): Term[] => {
    const forms = [compile(t, false), compile(t, true)];
    if (PASHTO_RETROFLEX_RE.test(t))
      forms.push(...forms.map((f) => ({ ...f, words: f.words.map((w) => ({ ...w, text: plainRetroflex(w.text) })) })));
    for (const f of [...forms]) {
      const ws = f.words;
      if (ws.length < 2 || ws.length > 3 || ws.slice(0, -1).some((w) => w.prefix) || ws.some((w) => w.text.length < 2)) continue;
      const joined = ws.map((w) => w.text).join('');
      if (joined.length >= 6) forms.push({ words: [{ text: joined, prefix: ws.at(-1)!.prefix }], fuzzy: false });
    }
    const seen = new Set<string>();
    return forms.filter((f) => {
      const key = f.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ');
      return !seen.has(key) && !!seen.add(key);
    });
  };
  const ids = new Set<string>();
  for (const r of [...data.structured, ...data.signals, data.advice]) {
    if (ids.has(r.id)) throw new Error(`rules.yaml: duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  for (const [p, h] of Object.entries(data.deadlinesHours)) if (!h) throw new Error(`rules.yaml: no deadline for ${p}`);
  const signals = data.signals.map((s) => ({
    ...s,
    terms: s.terms.flatMap(term),
    alsoNeeds: (s.alsoNeeds ?? []).map((g) => g.flatMap(term)),
  }));
  const advice = { ...data.advice, terms: data.advice.terms.flatMap(term), strongTerms: data.advice.strongTerms.flatMap(term) };
  const underageTerms = data.underageTerms.flatMap(term);
  const groups: [string, Term[]][] = [
    ['advice', advice.terms],
    ['advice:strong', advice.strongTerms],
    ['underage', underageTerms],
  ];
  for (const s of signals) {
    groups.push([`signal:${s.id}`, s.terms]);
    for (const [i, g] of s.alsoNeeds.entries()) groups.push([`signal:${s.id}:${i}`, g]);
  }
  for (const [id, h] of Object.entries(concepts.harms)) {
    groups.push([`harm:${id}`, h.terms.flatMap(term)]);
    for (const [i, g] of (h.alsoNeeds ?? []).entries()) groups.push([`harm:${id}:${i}`, g.flatMap(term)]);
    if (h.weak) groups.push([`harm:${id}:weak`, h.weak.terms.flatMap(term)]);
  }
  groups.push(['violence', concepts.violence.terms.flatMap(term)], ['violence:baby', concepts.violence.severeOnBaby.flatMap(term)]);
  groups.push(['split:day', concepts.splitTonight.day.flatMap(term)], ['split:night', concepts.splitTonight.night.flatMap(term)]);
  concepts.composites.forEach((c, i) => {
    for (const [name, t] of Object.entries(c.groups)) groups.push([`comp:${i}:${name}`, t.flatMap(term)]);
  });
  for (const [id, t] of Object.entries(concepts.immediacy)) groups.push([`imm:${id}`, t.flatMap(term)]);
  for (const [id, t] of Object.entries(concepts.vulnerability)) groups.push([`vul:${id}`, t.flatMap(term)]);
  for (const [id, t] of Object.entries(concepts.info)) groups.push([`info:${id}`, t.flatMap(term)]);
  groups.push(
    ['specific', concepts.specific.flatMap(term)],
    ['specific:weak', concepts.specificWeak.flatMap(term)],
    ['restraint', concepts.restraint.flatMap(term)],
  );
  // Single words, compared per sentence (triage.ts `splitTonight`); "last night" phrases are removed first.
  const words = (list: string[]) => new Set(list.flatMap((t) => term(t).flatMap((f) => f.words.map((w) => w.text))));
  const splitTonight = {
    day: words(concepts.splitTonight.day),
    night: words(concepts.splitTonight.night),
    notTonight: concepts.splitTonight.notTonight.flatMap((t) => term(t).map((f) => f.words.map((w) => w.text).join(' '))),
    shortReportWords: concepts.splitTonight.shortReportWords,
  };
  const notHarm = buildLexicon([['not-harm', concepts.notHarm.flatMap(term)]]);
  const healed = {
    cue: buildLexicon([['healed', concepts.healed.cue.flatMap(term)]]),
    minor: buildLexicon([['minor', concepts.healed.minor.flatMap(term)]]),
  };
  const far = buildLexicon([['imm:far', concepts.immediacy.far.flatMap(term)]]);
  const farInPashto = buildLexicon([['imm:far', [...concepts.immediacy.far, ...concepts.farInPashto].flatMap(term)]]);
  return {
    ...data,
    spell,
    signals,
    advice,
    underageTerms,
    concepts,
    splitTonight,
    notHarm,
    healed,
    far,
    farInPashto,
    lexicon: buildLexicon(groups),
  };
}

function readConcepts(file: URL = new URL('./concepts.yaml', import.meta.url)): unknown {
  return parseYaml(readFileSync(file, 'utf8'));
}

export function loadRules(file: URL = new URL('./rules.yaml', import.meta.url), conceptsFile?: URL): CompiledRules {
  return compileRules(parseYaml(readFileSync(file, 'utf8')), readConcepts(conceptsFile));
}
