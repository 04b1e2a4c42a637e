// An index over every term of the triage rules and concept lexicons, so one pass over a report's words finds which
// term groups match. Triage runs inside every report's intake: scanning ~2,000 terms per word would cost milliseconds,
// looking words up in a map costs microseconds.
import type { Term } from './term.ts';

interface Entry {
  key: string;
  term: Term;
  /** The term as written (normalised), for reasons that say what was read. */
  text: string;
}

export interface Lexicon {
  exact: Map<string, Entry[]>;
  /** Prefix terms (a trailing * on the first word), bucketed by their first two characters. */
  prefix: Map<string, Entry[]>;
  /** One-word terms that also match a word one typo away (long Latin words only). */
  fuzzy: Entry[];
}

const bucket = (s: string) => s.slice(0, 2);

export function buildLexicon(groups: Iterable<[key: string, terms: Term[]]>): Lexicon {
  const lex: Lexicon = { exact: new Map(), prefix: new Map(), fuzzy: [] };
  for (const [key, terms] of groups) {
    for (const term of terms) {
      const first = term.words[0]!;
      const entry = { key, term, text: term.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ') };
      const map = first.prefix ? lex.prefix : lex.exact;
      const k = first.prefix ? bucket(first.text) : first.text;
      const list = map.get(k);
      if (list) list.push(entry);
      else map.set(k, [entry]);
      if (term.fuzzy) lex.fuzzy.push(entry);
    }
  }
  return lex;
}

function restMatches(term: Term, words: readonly string[], stems: readonly string[], i: number): boolean {
  const n = term.words.length;
  if (i + n > words.length) return false;
  for (let k = 1; k < n; k++) {
    const w = term.words[k]!;
    if (w.prefix ? !stems[i + k]!.startsWith(w.text) : words[i + k] !== w.text) return false;
  }
  return true;
}

/** The words and stems with every occurrence of one of the lexicon's terms blanked (a denied harm: "no injury"). */
export function blankTerms(lex: Lexicon, words: string[], stems: string[]): void {
  for (let i = 0; i < words.length; i++) {
    const s = stems[i]!;
    for (const e of [...(lex.exact.get(words[i]!) ?? []), ...(lex.prefix.get(bucket(s)) ?? [])]) {
      const first = e.term.words[0]!;
      if (first.prefix ? !s.startsWith(first.text) : words[i] !== first.text) continue;
      if (!restMatches(e.term, words, stems, i)) continue;
      for (let k = 0; k < e.term.words.length; k++) {
        words[i + k] = '';
        stems[i + k] = '';
      }
    }
  }
}

/** Within one edit (insert, delete, substitute, swap of neighbours) — allocation-free, for typo-tolerant terms. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * For each key with a matching term: the first term that matched. `words` are compared with a term's whole words,
 * `stems` (the same words, each folded as a stem is: normalise.ts `romanFold`) with its stems; by default the same.
 */
export function matchLexicon(lex: Lexicon, words: readonly string[], stems: readonly string[] = words): Map<string, string> {
  const found = new Map<string, string>();
  const consider = (list: Entry[] | undefined, i: number) => {
    if (!list) return;
    for (const e of list) {
      if (found.has(e.key)) continue;
      const first = e.term.words[0]!;
      if (first.prefix ? !stems[i]!.startsWith(first.text) : words[i] !== first.text) continue;
      if (restMatches(e.term, words, stems, i)) found.set(e.key, e.text);
    }
  };
  for (let i = 0; i < words.length; i++) {
    const s = stems[i]!;
    consider(lex.exact.get(words[i]!), i);
    consider(lex.prefix.get(bucket(s)), i);
    // a one-character prefix term ("م*") would sit under a one-character bucket
    if (s.length > 1) consider(lex.prefix.get(s[0]!), i);
  }
  // A one-word term typed split in two ("khud kushi", "zanjir on"): the pair joined, each part three letters or more
  // ("to night" is not "tonight").
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a.length < 3 || b.length < 3) continue;
    for (const e of lex.exact.get(a + b) ?? []) if (!found.has(e.key) && e.term.words.length === 1) found.set(e.key, e.text);
  }
  if (lex.fuzzy.length) {
    for (const w of words) {
      if (w.length < 6 || !/^[a-z]+$/.test(w)) continue;
      for (const e of lex.fuzzy) if (!found.has(e.key) && withinOneEdit(w, e.term.words[0]!.text)) found.set(e.key, e.text);
    }
  }
  return found;
}
