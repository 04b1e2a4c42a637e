// A report's text read against the compiled rules: its words in the rules' spelling, every term group that matches,
// and "tonight" written apart. Pure; used by triage.ts.
import { blankTerms, matchLexicon } from './lexicon.ts';
import { matchNormalise, readsAsPashto, readsAsRomanUrdu, romanFold, withoutPerfective } from './normalise.ts';
import type { CompiledRules } from './rules.ts';

// Sentence ends in English, Urdu and Pashto typing (before normalisation removes them).
const SENTENCE_RE = /[.!?؟۔\n]+/u;

/**
 * "Tonight" written apart: a day word and a night word in one sentence ("aaj bhi unhon ne kaha hai raat ko aa ke",
 * "nan ye wayali che shpa ba"), or anywhere in a short report, after "last night" phrases are taken out. Pure.
 */
/** A reporter's word in the spelling the rules' terms are compiled to (rules.ts `term`). */
const spelt = (r: CompiledRules, w: string) => romanFold(r.spell.get(w) ?? w);

/** The text's words as whole words and as stems (normalise.ts `romanFold`), for matchLexicon. */
function spelling(r: CompiledRules, text: string, pashto: boolean, romanUrdu: boolean) {
  const spelled = text ? text.split(' ').map((w) => r.spell.get(w) ?? w) : [];
  // In Roman Urdu "he" is "hai" (is), not the English pronoun that points at a child.
  const words = spelled.map((w) => (romanUrdu && romanFold(w) === 'he' ? 'hai' : romanFold(w)));
  const stems = spelled.map((w, i) => (words[i] === 'hai' ? 'hai' : romanFold(w, true)));
  // A denied harm ("koi zakhm nahi", "no beating") is not in the text: no reason may name it.
  if (spelled.length) blankTerms(r.notHarm, words, stems);
  // "Not yet" is no "now": "abhi koi dhamki nahi di", "abhi tak kisi ko bheji nahi", "ابھی کوئی تاریخ طے نہیں".
  if (spelled.length) blankNotYet(words, stems);
  // "kal usne bataya": the day the child told, not a day the harm is due.
  if (spelled.length) dayOfTelling(words, stems);
  // Minor marks told as healed ("sooja tha, aaj theek hai") are no injury now.
  if (spelled.length && matchLexicon(r.healed.cue, words, stems).size) blankTerms(r.healed.minor, words, stems);
  // A time far back or ahead is read once, as a whole: "bal kal" (next year) holds no "kal" (tomorrow); in Pashto
  // "kal" alone is a year.
  const farLexicon = pashto ? r.farInPashto : r.far;
  const far = spelled.length ? matchLexicon(farLexicon, words, stems).get('imm:far') : undefined;
  if (far) blankTerms(farLexicon, words, stems);
  return { words, stems, far };
}

// Spelling-folded, as the words they are compared with (normalise.ts `romanFold`).
const NOT_YET_NOW = new Set(['abhi', 'abhee', 'ابھی'].map((w) => romanFold(w)));
const NOT_YET_NEXT = new Set(['koi', 'tak', 'کوئی', 'تک'].map((w) => romanFold(w)));
const NEGATION = new Set(['nahi', 'nahin', 'nai', 'nhi', 'نہیں', 'نہ'].map((w) => romanFold(w)));
/** Blanks "abhi" (now) where it means "not yet": followed by "koi" or "tak", or by a negation within five words. */
function blankNotYet(words: string[], stems: string[]) {
  for (let i = 0; i < words.length; i++) {
    if (!NOT_YET_NOW.has(words[i]!)) continue;
    const next = words.slice(i + 1, i + 6);
    if (NOT_YET_NEXT.has(next[0] ?? '') || next.some((w) => NEGATION.has(w))) {
      words[i] = '';
      stems[i] = '';
    }
  }
}

const TELLING_DAY = new Set(['kal', 'کل'].map((w) => romanFold(w)));
const TOLD = new Set(
  [
    'bataya',
    'batayi',
    'bataia',
    'kaha',
    'بتایا',
    'کہا',
    'told',
    'said',
    'wayal',
    'wayali',
    'wayale',
    'owayal',
    'owayl',
    'wowayal',
    'ووېل',
    'وویل',
    'ویلي',
    'ووئیل',
    'ویل',
  ].map((w) => romanFold(w)),
);
const FUTURE = new Set(['ga', 'gi', 'ge', 'گا', 'گی', 'گے', 'ba', 'به', 'will'].map((w) => romanFold(w)));
/** Urdu "kal" (yesterday or tomorrow) followed within five words by a verb of telling in the past, and no future word
 *  before it, is the day the child told: yesterday (`recent`), not a harm due tomorrow. ("aaj" and Pashto "nan" stay:
 *  "aaj usne kaha hai raat ko aa ke…" is tonight told apart.) */
function dayOfTelling(words: string[], stems: string[]) {
  for (let i = 0; i < words.length; i++) {
    if (!TELLING_DAY.has(words[i]!)) continue;
    for (const w of words.slice(i + 1, i + 6)) {
      if (FUTURE.has(w)) break;
      if (TOLD.has(w)) {
        words[i] = 'yesterday';
        stems[i] = 'yesterday';
        break;
      }
    }
  }
}

/** The report's words matched against every term group, in both vowel forms (normalise.ts `matchNormalise`). */
export function readText(r: CompiledRules, raw: string): { text: string; found: Map<string, string> } {
  const text = matchNormalise(raw);
  const pashto = readsAsPashto(raw);
  const romanUrdu = !pashto && readsAsRomanUrdu(text);
  const short = spelling(r, text, pashto, romanUrdu);
  const found = matchLexicon(r.lexicon, short.words, short.stems);
  if (short.far) found.set('imm:far', short.far);
  const also = (variant: string) => {
    const v = spelling(r, variant, pashto, romanUrdu);
    if (v.far && !found.has('imm:far')) found.set('imm:far', v.far);
    for (const [k, t] of matchLexicon(r.lexicon, v.words, v.stems)) if (!found.has(k)) found.set(k, t);
  };
  const long = matchNormalise(raw, true);
  if (long !== text) also(long);
  // Pashto verbs also without their perfective prefix (normalise.ts `withoutPerfective`).
  if (pashto) {
    const stem = withoutPerfective(text);
    if (stem !== text) also(stem);
  }
  return { text, found };
}

export function splitTonight(raw: string, r: CompiledRules, normalised = matchNormalise(raw)): boolean {
  const t = r.splitTonight;
  const whole = normalised;
  const chunks = whole.split(' ').length <= t.shortReportWords ? [whole] : raw.split(SENTENCE_RE).map((s) => matchNormalise(s));
  for (const chunk of chunks) {
    let padded = ` ${chunk
      .split(' ')
      .map((w) => spelt(r, w))
      .join(' ')} `;
    for (const p of t.notTonight) padded = padded.replaceAll(` ${p} `, ' ');
    let day = false;
    let night = false;
    for (const w of padded.split(' ')) {
      if (t.day.has(w)) day = true;
      else if (t.night.has(w)) night = true;
      if (day && night) return true;
    }
  }
  return false;
}
