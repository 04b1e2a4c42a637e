// The learned signal beside the concept rules (issue #23): logistic regression over hashed character 1–5-grams and
// word uni- and bigrams of the text in triage's matching form, one model per script family (Latin, Arabic script),
// with two heads: emergency (P1) and urgent (P1 or P2). Trained by api/triage/train.ts (`npm run triage:train`) on
// the development part only; its weights ship as model-weights.json and are read once, with no network.
import { readFileSync } from 'node:fs';
import { matchNormalise, romanFold } from './normalise.ts';

export const FAMILIES = ['latin', 'arabic'] as const;
export type Family = (typeof FAMILIES)[number];
export const HEADS = ['emergency', 'urgent'] as const;
export type Head = (typeof HEADS)[number];

export interface HeadWeights {
  bias: number;
  weights: Float32Array;
  /** Raise to this head's priority at or above this score (a logit), set by cross-validation for recall. */
  threshold: number;
}
export interface TriageModel {
  version: number;
  dim: number;
  heads: Record<Family, Record<Head, HeadWeights>>;
}

/** A report's text in the form the model reads: triage's matching form with each Latin word spelling-folded. */
export const modelWords = (text: string): string[] => {
  const n = matchNormalise(text);
  return n ? n.split(' ').map((w) => romanFold(w)) : [];
};

/** Arabic-script letters outnumber Latin ones: Urdu and Pashto script (a mixed report goes where most of it is). */
export function familyOf(words: readonly string[]): Family {
  let arabic = 0;
  let latin = 0;
  for (const w of words) for (const ch of w) ch >= 'a' && ch <= 'z' ? latin++ : ch >= '\u0600' && ch <= '\u06ff' && arabic++;
  return arabic > latin ? 'arabic' : 'latin';
}

// FNV-1a over UTF-16 code units, continued character by character so n-grams of one start share the work.
const FNV = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193) >>> 0;
const hashString = (h: number, s: string) => {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
};
const CHAR = hashString(FNV, 'c:');
const WORD = hashString(FNV, 'w:');
const BIGRAM = hashString(FNV, 'b:');

/** A feature as a reader sees it: the word or pair of words it came from (char n-grams are credited to their word). */
export interface Feature {
  index: number;
  sign: number;
  /** Index into `words` of the word (or the first of the pair) it came from, and whether it is a pair. */
  word: number;
  pair: boolean;
}

/** Hashed features of the words: char 1–5-grams inside " word ", each word, each pair of neighbours (binary). */
export function features(words: readonly string[], dim: number): Feature[] {
  const out: Feature[] = [];
  const push = (h: number, word: number, pair: boolean) => out.push({ index: h % dim, sign: h & 0x80000000 ? -1 : 1, word, pair });
  for (let wi = 0; wi < words.length; wi++) {
    const w = ` ${words[wi]} `;
    for (let i = 0; i < w.length; i++) {
      let h = CHAR;
      for (let n = 1; n <= 5 && i + n <= w.length; n++) {
        h = step(h, w.charCodeAt(i + n - 1));
        if (n === 1 && w[i] === ' ') continue;
        push(step(h, n), wi, false);
      }
    }
    push(hashString(WORD, words[wi]!), wi, false);
    if (wi + 1 < words.length) push(hashString(step(hashString(BIGRAM, words[wi]!), 32), words[wi + 1]!), wi, true);
  }
  return out;
}

/** Binary, L2-normalised feature vector: indices (deduplicated, hash sign kept) and the one shared value. */
export function vector(feats: readonly Feature[]): { index: Int32Array; sign: Float32Array; value: number } {
  const seen = new Map<number, number>();
  for (const f of feats) if (!seen.has(f.index)) seen.set(f.index, f.sign);
  const index = Int32Array.from(seen.keys());
  const sign = Float32Array.from(seen.values());
  return { index, sign, value: index.length ? 1 / Math.sqrt(index.length) : 0 };
}

export function score(h: Pick<HeadWeights, 'bias' | 'weights'>, v: ReturnType<typeof vector>): number {
  let s = h.bias;
  for (let i = 0; i < v.index.length; i++) s += h.weights[v.index[i]!]! * v.sign[i]! * v.value;
  return s;
}

export interface ModelReading {
  family: Family;
  scores: Record<Head, number>;
  /** The highest priority the model raises to, if any. */
  raise: 'P1' | 'P2' | null;
}

// Dedup marks for `fastVector`, reused across calls: triage runs inside every report's intake.
let stamps = new Uint32Array(0);
let stamp = 0;
/** `vector(features(words, dim))` without a Feature object per n-gram (the same indices, signs and value). */
export function fastVector(words: readonly string[], dim: number): ReturnType<typeof vector> {
  if (stamps.length !== dim) stamps = new Uint32Array(dim);
  stamp = (stamp + 1) >>> 0 || 1;
  const index: number[] = [];
  const sign: number[] = [];
  const add = (h: number) => {
    const i = h % dim;
    if (stamps[i] === stamp) return;
    stamps[i] = stamp;
    index.push(i);
    sign.push(h & 0x80000000 ? -1 : 1);
  };
  for (let wi = 0; wi < words.length; wi++) {
    const w = ` ${words[wi]} `;
    for (let i = 0; i < w.length; i++) {
      let h = CHAR;
      for (let n = 1; n <= 5 && i + n <= w.length; n++) {
        h = step(h, w.charCodeAt(i + n - 1));
        if (n === 1 && w[i] === ' ') continue;
        add(step(h, n));
      }
    }
    add(hashString(WORD, words[wi]!));
    if (wi + 1 < words.length) add(hashString(step(hashString(BIGRAM, words[wi]!), 32), words[wi + 1]!));
  }
  return { index: Int32Array.from(index), sign: Float32Array.from(sign), value: index.length ? 1 / Math.sqrt(index.length) : 0 };
}

/** What the concept lexicons found in the text, as far as the model's raise depends on it (triage.ts). */
export interface ModelContext {
  /** A cue of harm: a harm, a signal, hitting, a vulnerable child or a composite's group. */
  cued: boolean;
  /** A word of time: now, tonight, soon, since, every night, yesterday. */
  timed: boolean;
  /** The text reads as a question about no child in particular, or a request for advice. */
  asked?: boolean;
}

/**
 * How far above its threshold the emergency head must score to raise to P1, by what the lexicons found. Round 9, out of
 * fold on the 4,494 development reports:
 * - `untimed` (a cue of harm, no word of time): the model's raises to P1 there were right 21 times in 67 (3,894
 *   reports); a margin of 0.2 kept every emergency and took 16 urgent or routine reports off P1 (0.3 lost three).
 * - `uncued` (no cue of harm at all, where round 5 gave it no say: n-grams alone read "today" as an emergency): at 1.0
 *   above the threshold it is right 9 times in 10 (emergencies told only by circumstance: "nan shpa ba za sind ta zam
 *   ao bya ba na razam", a boy who will go to the river tonight and not come back), at 0.5 12 times in 19.
 * - `asked` (the text reads as a question or a request for advice): only to P2, at 1.0 above the emergency threshold.
 *   Of the 788 development reports read as advice, none scored 0.5 above it (research questions aside, which are never
 *   raised): a safety valve for an emergency misread as a question, which P2 with a harm reason alerts a person to.
 * A raise to P2 otherwise needs a cue.
 */
export const MARGIN = { untimed: 0.2, uncued: 1, asked: 1 } as const;
/** With no cue of harm, a text shorter than this is never raised: a few words have few n-grams, each weighing more
 *  ("the weather is nice today"); every emergency the uncued raise finds on the development part has 20 words or more. */
export const UNCUED_MIN_WORDS = 12;

/** The model's raise from its two scores: P1 at the emergency threshold plus the margin `MARGIN` sets for the text, else
 *  P2 at the urgent one (only with a cue of harm). */
export function raiseOf(
  scores: Record<Head, number>,
  thresholds: Record<Head, Pick<HeadWeights, 'threshold'>>,
  { cued, timed, asked = false }: ModelContext,
): 'P1' | 'P2' | null {
  if (asked) return scores.emergency >= thresholds.emergency.threshold + MARGIN.asked ? 'P2' : null;
  const margin = !cued ? MARGIN.uncued : timed ? 0 : MARGIN.untimed;
  if (scores.emergency >= thresholds.emergency.threshold + margin) return 'P1';
  return cued && scores.urgent >= thresholds.urgent.threshold ? 'P2' : null;
}

/** The model's reading of a text, in the context the lexicons give it (default: a cue of harm and a word of time). */
export function readModel(model: TriageModel, text: string, context: ModelContext = { cued: true, timed: true }): ModelReading {
  const words = modelWords(text);
  const family = familyOf(words);
  const v = fastVector(words, model.dim);
  const heads = model.heads[family];
  const scores = { emergency: score(heads.emergency, v), urgent: score(heads.urgent, v) };
  return { family, scores, raise: raiseOf(scores, heads, context) };
}

/** The words and pairs of words that pushed a head's score up most (char n-grams summed into their word). */
export function strongestFeatures(model: TriageModel, text: string, head: Head, n = 3): string[] {
  const words = modelWords(text);
  const feats = features(words, model.dim);
  const h = model.heads[familyOf(words)][head];
  const v = vector(feats);
  const credit = new Map<string, number>();
  const counted = new Set<number>();
  for (const f of feats) {
    if (counted.has(f.index)) continue;
    counted.add(f.index);
    const label = f.pair ? `${words[f.word]} ${words[f.word + 1]}` : words[f.word]!;
    credit.set(label, (credit.get(label) ?? 0) + h.weights[f.index]! * f.sign * v.value);
  }
  return [...credit]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([label]) => label);
}

// The weights file: per family and head, the bias, threshold and int8 weights (base64) with their scale.
interface WeightsFile {
  version: number;
  dim: number;
  heads: Record<Family, Record<Head, { bias: number; threshold: number; scale: number; int8: string }>>;
}

export const WEIGHTS_FILE = new URL('./model-weights.json', import.meta.url);

export function decodeModel(file: WeightsFile): TriageModel {
  const heads = {} as TriageModel['heads'];
  for (const fam of FAMILIES) {
    heads[fam] = {} as Record<Head, HeadWeights>;
    for (const head of HEADS) {
      const h = file.heads[fam][head];
      const bytes = new Int8Array(Buffer.from(h.int8, 'base64').buffer.slice(0));
      if (bytes.length !== file.dim) throw new Error(`model-weights.json: ${fam}/${head} has ${bytes.length} weights, not ${file.dim}`);
      heads[fam][head] = { bias: h.bias, threshold: h.threshold, weights: Float32Array.from(bytes, (b) => b * h.scale) };
    }
  }
  return { version: file.version, dim: file.dim, heads };
}

/** int8 weights with one scale per head: a quarter of the size, and the thresholds are set on these very weights. */
export function quantise(w: Float32Array): { scale: number; int8: Int8Array } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  return { scale, int8: Int8Array.from(w, (x) => Math.round(x / scale)) };
}

export function encodeModel(
  m: TriageModel & { heads: Record<Family, Record<Head, HeadWeights & { scale: number; int8: Int8Array }>> },
): WeightsFile {
  const heads = {} as WeightsFile['heads'];
  for (const fam of FAMILIES) {
    heads[fam] = {} as WeightsFile['heads'][Family];
    for (const head of HEADS) {
      const h = m.heads[fam][head];
      heads[fam][head] = {
        bias: h.bias,
        threshold: h.threshold,
        scale: h.scale,
        int8: Buffer.from(h.int8.buffer, h.int8.byteOffset, h.int8.byteLength).toString('base64'),
      };
    }
  }
  return { version: m.version, dim: m.dim, heads };
}

let shipped: TriageModel | null | undefined;
/** The shipped model, read once from model-weights.json (null when the file is absent: the concepts alone). */
export function defaultModel(): TriageModel | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = decodeModel(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as WeightsFile);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    shipped = null;
  }
  return shipped;
}
