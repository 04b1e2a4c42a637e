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
  queue: string;
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

export type LabelledSet = 'labelled' | 'holdout' | 'fresh' | 'unseen' | 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'dev3';
/** The development part (everything the rules may be written and tuned with) and the held-out part (frozen
 *  2026-11-26 before the concept rules, never tuned on: tests/triage/README.md). */
export const DEV_SETS = ['labelled', 'holdout', 'fresh', 'unseen', 'dev'] as const satisfies readonly LabelledSet[];
export const HELDOUT_SETS = ['heldout'] as const satisfies readonly LabelledSet[];
/** Held-out part 2: written and frozen 2026-11-26 before the round-2 rule changes, never tuned on. From round 2 on,
 *  the round-1 held-out part (HELDOUT_SETS) is development data: its misses were studied and its frozen test stays. */
export const HELDOUT2_SETS = ['heldout2'] as const satisfies readonly LabelledSet[];
/** The files of a set: the older sets are `<set>-<lang>.psv` in three languages, the newer ones `<set>/<lang>.psv`. */
export function setFiles(set: LabelledSet): { lang: CorpusLang; url: URL }[] {
  if (set === 'dev' || set === 'heldout' || set === 'heldout2' || set === 'heldout3' || set === 'dev3')
    return CORPUS_LANGS.map((lang) => ({ lang, url: new URL(`./${set}/${lang}.psv`, import.meta.url) }));
  return LANGS.map((lang) => ({ lang, url: new URL(`./${set}-${lang}.psv`, import.meta.url) }));
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
      const [id, priority, queue, place, category, reporter, ageBand, danger, text, extra] = line.split('|');
      const [province, district] = (place ?? '').split('/');
      const fail = (what: string) => {
        throw new Error(`${set}-${lang}.psv ${id}: bad ${what}`);
      };
      if (!PRIORITY_VALUES.includes(priority as Priority)) fail('priority');
      if (!CATEGORIES.includes(category as Category)) fail('category');
      if (!REPORTER_TYPES.includes(reporter as ReporterType)) fail('reporter');
      if (!AGE_BANDS.includes(ageBand as AgeBand)) fail('age band');
      if (danger !== '0' && danger !== '1') fail('danger');
      if (!text || text.length < 10 || !province || !district || !queue) fail('text or place');
      if (extra && !extra.startsWith('dup=')) fail('dup column');
      if (!province || !district || !text) throw new Error(`${set}-${lang}.psv ${id}: bad line`);
      out.push({
        id: id!,
        lang,
        priority: priority as Priority,
        queue: queue!,
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
