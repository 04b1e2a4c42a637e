// Loads the labelled example reports (tests/triage/labelled-*.psv): see the header of labelled-en.psv.
import { existsSync, readFileSync } from 'node:fs';
import {
  AGE_BANDS,
  type AgeBand,
  CATEGORIES,
  type Category,
  PRIORITY_VALUES,
  type Priority,
  REPORTER_TYPES,
  type ReporterType,
} from '../../api/schemas.ts';

export interface LabelledExample {
  id: string;
  /** en English, ur Urdu script, ro Roman Urdu, ps Pashto script, rp Roman Pashto, mx mixed scripts and long reports. */
  lang: CorpusLang;
  priority: Priority;
  /** The expected queue, or null when the writer left it out or wrote `-` (routing is then not checked). */
  queue: string | null;
  province: string;
  district: string;
  category: Category;
  reporter: ReporterType;
  ageBand: AgeBand;
  immediateDanger: boolean;
  text: string;
  dupOf: string | null;
}

export const LANGS = ['en', 'ur', 'ro'] as const;
export const CORPUS_LANGS = ['en', 'ur', 'ro', 'ps', 'rp', 'mx'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];

export type LabelledSet =
  | 'labelled'
  | 'holdout'
  | 'fresh'
  | 'unseen'
  | 'dev'
  | 'heldout'
  | 'heldout2'
  | 'heldout3'
  | 'dev3'
  | 'heldout4'
  | 'dev4'
  | 'heldout5'
  | 'dev5'
  | 'heldout6'
  | 'dev6'
  | 'heldout7'
  | 'dev7'
  | 'heldout8'
  | 'dev8'
  | 'heldout9'
  | 'heldout10'
  | 'heldout11'
  | 'heldout12'
  | 'dev9'
  | 'dev10';
/** The older development sets (round 1). */
export const DEV_SETS = ['labelled', 'holdout', 'fresh', 'unseen', 'dev'] as const satisfies readonly LabelledSet[];
/** Held-out part 1, frozen 2026-11-26 before the concept rules; development data from round 2 on (its sha test stays). */
export const HELDOUT_SETS = ['heldout'] as const satisfies readonly LabelledSet[];
/** Held-out part 2, frozen 2026-11-26 before the round-2 rules; development data from round 4 (issue #23) on. */
export const HELDOUT2_SETS = ['heldout2'] as const satisfies readonly LabelledSet[];
/** dev3 (writers d1/d2, who never saw the rules), arrived after the round-3 rules; development data from round 6 on.
 *  dev4 (writers d3–d6, Pashto-heavy), run once unread beside held-out part 5; development data from round 7 on.
 *  dev5 (writers d7–d10, Urdu and Roman Urdu heavy), run once unread beside held-out part 6; from round 8 on.
 *  dev6 (writers d11–d14, Pashto and Roman Pashto heavy), run once unread on the first round-8 rules; from then on.
 *  dev7 (writers d15–d18, every script), run once unread on round 8's rules beside held-out part 7; from round 9 on.
 *  dev8 (writers d19–d22, Pashto-heavy), run once unread on round 9's first rules; from then on.
 *  dev9 (writers d23–d26), run once unread on round 9's rules and round 10's first rules; from round 10's retraining on.
 *  dev10 (writers d27–d30), run once unread on round 10's rules and round 11's first rules; from then on. */
export const WRITER_DEV_SETS = ['dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10'] as const satisfies readonly LabelledSet[];

/** A part of the corpus the bench reports on separately. A `frozen` part is never read by hand nor trained on, and
 *  the bench prints no text of it (ids, language and priorities only). */
export interface Part {
  id: string;
  title: string;
  sets: readonly LabelledSet[];
  frozen: boolean;
}
/** The parts, declared once: the bench, the gate and the model's training all iterate this list. A new part is one
 *  line (a set missing on disk is empty: heldout3 is written by others and committed on main by the integrator). */
export const PARTS: readonly Part[] = [
  {
    id: 'development',
    title: 'Development part (older sets, dev/, held-out parts 1 and 2, dev3 to dev10): rules written and model trained with it',
    sets: [...DEV_SETS, ...HELDOUT_SETS, ...HELDOUT2_SETS, ...WRITER_DEV_SETS],
    frozen: false,
  },
  {
    id: 'heldout3',
    title: 'Held-out part 3 (tests/triage/heldout3, frozen, written by others, never read)',
    sets: ['heldout3'],
    frozen: true,
  },
  {
    // Round 6's newer held-out part: four more writers (h1–h4), frozen before any round-6 rule change.
    id: 'heldout4',
    title: 'Held-out part 4 (tests/triage/heldout4, frozen 2026-12-07, writers h1–h4, never read)',
    sets: ['heldout4'],
    frozen: true,
  },
  {
    // Round 7's newer held-out part: four more writers (h5–h8), frozen before any round-7 rule change.
    id: 'heldout5',
    title: 'Held-out part 5 (tests/triage/heldout5, frozen 2026-12-07, writers h5–h8, never read)',
    sets: ['heldout5'],
    frozen: true,
  },
  {
    // Round 8's newer held-out part: four more writers (h9–h12), frozen before any round-8 rule change.
    id: 'heldout6',
    title: 'Held-out part 6 (tests/triage/heldout6, frozen 2026-12-07, writers h9–h12, never read)',
    sets: ['heldout6'],
    frozen: true,
  },
  {
    // Written after round 8's rules were settled (writers h13–h16) and frozen at once: the estimate of round 8 on new
    // hands, and the part the next round is measured on before it changes anything.
    id: 'heldout7',
    title: 'Held-out part 7 (tests/triage/heldout7, frozen 2026-12-07 after round 8, writers h13–h16, never read)',
    sets: ['heldout7'],
    frozen: true,
  },
  {
    // Round 9's newer held-out part: four more writers (h17–h20), frozen before any round-9 rule change.
    id: 'heldout8',
    title: 'Held-out part 8 (tests/triage/heldout8, frozen 2026-12-07 before round 9, writers h17–h20, never read)',
    sets: ['heldout8'],
    frozen: true,
  },
  {
    // Written after round 9's rules were settled (writers h21–h24) and frozen at once: the estimate of round 9 on new
    // hands, and the part the next round is measured on before it changes anything.
    id: 'heldout9',
    title: 'Held-out part 9 (tests/triage/heldout9, frozen 2026-12-07 after round 9, writers h21–h24, never read)',
    sets: ['heldout9'],
    frozen: true,
  },
  {
    // Four more writers (h25–h28), frozen before any round-10 rule change: round 10's first clean run.
    id: 'heldout10',
    title: 'Held-out part 10 (tests/triage/heldout10, frozen 2026-12-07 before round 10, writers h25–h28, never read)',
    sets: ['heldout10'],
    frozen: true,
  },
  {
    // Written after round 10's rules were settled (writers h29–h32) and frozen at once: the estimate of round 10 on new
    // hands, and the part the next round is measured on before it changes anything.
    id: 'heldout11',
    title: 'Held-out part 11 (tests/triage/heldout11, frozen 2026-12-08 after round 10, writers h29–h32, never read)',
    sets: ['heldout11'],
    frozen: true,
  },
  {
    // Written while round 11's rules were made, by four fresh writers (h33–h36) who saw none of it, and frozen unread
    // after them: the estimate of round 11 on new hands, and the next round's first measure.
    id: 'heldout12',
    title: 'Held-out part 12 (tests/triage/heldout12, frozen 2026-12-08 after round 11, writers h33–h36, never read)',
    sets: ['heldout12'],
    frozen: true,
  },
];
export const DEVELOPMENT_SETS: readonly LabelledSet[] = PARTS.find((p) => p.id === 'development')!.sets;

/** The round-1 sets, one file per language in three languages; every later set is a folder of six scripts. */
const FLAT_SETS = new Set<LabelledSet>(['labelled', 'holdout', 'fresh', 'unseen']);
/** The files of a set: the older sets are `<set>-<lang>.psv` in three languages, the newer ones `<set>/<lang>.psv`. */
export function setFiles(set: LabelledSet): { lang: CorpusLang; url: URL }[] {
  if (FLAT_SETS.has(set)) return LANGS.map((lang) => ({ lang, url: new URL(`./${set}-${lang}.psv`, import.meta.url) }));
  return CORPUS_LANGS.map((lang) => ({ lang, url: new URL(`./${set}/${lang}.psv`, import.meta.url) }));
}

/** `labelled`: written before the rules; `holdout`: after rules v1 (then learnt from); `fresh`: after rules v2 (then
 *  learnt from); `unseen`: after rules v3, never learnt from. */
export function loadLabelled(set: LabelledSet = 'labelled'): LabelledExample[] {
  const out: LabelledExample[] = [];
  for (const { lang, url } of setFiles(set)) {
    if (!existsSync(url)) continue;
    const raw = readFileSync(url, 'utf8');
    for (const line of raw.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const cols = line.split('|');
      // The queue column may be missing (a writer who does not know the queue ids): the place column holds a '/'.
      if (cols[2]?.includes('/')) cols.splice(2, 0, '-');
      const [id, priority, queueCol, place, category, reporter, ageBand, danger, text, extra] = cols;
      const queue = !queueCol || queueCol === '-' ? null : queueCol;
      const [province, district] = (place ?? '').split('/');
      const fail = (what: string) => {
        throw new Error(`${set}-${lang}.psv ${id}: bad ${what}`);
      };
      if (!PRIORITY_VALUES.includes(priority as Priority)) fail('priority');
      if (!CATEGORIES.includes(category as Category)) fail('category');
      if (!REPORTER_TYPES.includes(reporter as ReporterType)) fail('reporter');
      if (!AGE_BANDS.includes(ageBand as AgeBand)) fail('age band');
      if (danger !== '0' && danger !== '1') fail('danger');
      if (!text || text.length < 10 || !province || !district) fail('text or place');
      if (extra && !extra.startsWith('dup=')) fail('dup column');
      if (!province || !district || !text) throw new Error(`${set}-${lang}.psv ${id}: bad line`);
      out.push({
        id: id!,
        lang,
        priority: priority as Priority,
        queue,
        province,
        district,
        category: category as Category,
        reporter: reporter as ReporterType,
        ageBand: ageBand as AgeBand,
        immediateDanger: danger === '1',
        text,
        dupOf: extra ? extra.slice(4) : null,
      });
    }
  }
  return out;
}
