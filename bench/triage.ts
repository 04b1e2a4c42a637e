// `npm run bench:triage`: runs the triage rules and the routing directory over the labelled set
// (tests/triage/labelled-*.psv) and prints what it measured.
import { performance } from 'node:perf_hooks';
import { loadDirectory, queueFor } from '../api/triage/directory.ts';
import { loadRules } from '../api/triage/rules.ts';
import { DUPLICATE_THRESHOLD, jaccard, trigrams } from '../api/triage/fingerprint.ts';
import { triage } from '../api/triage/triage.ts';
import { PRIORITY_VALUES, type Priority } from '../api/schemas.ts';
import { loadLabelled, LANGS, type LabelledExample, type LabelledSet } from '../tests/triage/labelled.ts';

export interface BenchResult {
  total: number;
  exact: number;
  underTriaged: LabelledExample[];
  wrongQueue: { ex: LabelledExample; got: string | null }[];
  confusion: Record<Priority, Record<Priority, number>>;
  byLang: Record<string, { total: number; exact: number }>;
  misses: { ex: LabelledExample; got: Priority; reasons: string[] }[];
  ms: number;
}

export function runBench(set: LabelledSet = 'labelled'): BenchResult {
  const examples = loadLabelled(set);
  const start = performance.now();
  const rules = loadRules();
  const directory = loadDirectory();
  const confusion = Object.fromEntries(PRIORITY_VALUES.map((e) => [e, Object.fromEntries(PRIORITY_VALUES.map((g) => [g, 0]))])) as BenchResult['confusion'];
  const byLang = Object.fromEntries(LANGS.map((l) => [l, { total: 0, exact: 0 }]));
  const misses: BenchResult['misses'] = [];
  const underTriaged: LabelledExample[] = [];
  const wrongQueue: BenchResult['wrongQueue'] = [];
  let exact = 0;
  const now = Date.UTC(2026, 0, 1);
  for (const ex of examples) {
    const r = triage(
      { immediateDanger: ex.immediateDanger, category: ex.category, description: ex.text, reporter: ex.reporter, child: { ageBand: ex.ageBand, gender: 'unknown' } },
      now,
      rules,
    );
    confusion[ex.priority][r.priority]++;
    byLang[ex.lang]!.total++;
    if (r.priority === ex.priority) {
      exact++;
      byLang[ex.lang]!.exact++;
    } else misses.push({ ex, got: r.priority, reasons: r.reasons.map((x) => x.id) });
    if (ex.priority === 'P1' && (r.priority === 'P3' || r.priority === 'P4')) underTriaged.push(ex);
    const q = queueFor(directory, ex.province, ex.district);
    if (q !== ex.queue) wrongQueue.push({ ex, got: q });
  }
  return { total: examples.length, exact, underTriaged, wrongQueue, confusion, byLang, misses, ms: performance.now() - start };
}

function print(set: LabelledSet, b: BenchResult) {
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  const titles: Record<LabelledSet, string> = {
    labelled: 'Labelled set (written before the rules; the rules were written with it in view)',
    holdout: 'Held-out set (written after rules v1; rules v2 learnt from its misses)',
    fresh: 'Fresh set (written after rules v2; rules v3 learnt from its misses)',
    unseen: 'Unseen set (written after rules v3 and never learnt from: the estimate for new text)',
  };
  console.log(`\n=== ${titles[set]} ===`);
  console.log(`Triage bench: ${b.total} reports (${Object.entries(b.byLang).map(([l, v]) => `${l} ${v.total}`).join(', ')})\n`);
  console.log('Confusion matrix (rows: expected, columns: got)');
  console.log(`        ${PRIORITY_VALUES.map((p) => p.padStart(5)).join('')}`);
  for (const e of PRIORITY_VALUES) console.log(`  ${e}    ${PRIORITY_VALUES.map((g) => String(b.confusion[e][g]).padStart(5)).join('')}`);
  console.log(`\nExact priority: ${b.exact}/${b.total} = ${pct(b.exact, b.total)}`);
  for (const [l, v] of Object.entries(b.byLang)) console.log(`  ${l}: ${v.exact}/${v.total} = ${pct(v.exact, v.total)}`);
  const over = b.misses.filter((m) => m.got < m.ex.priority).length;
  console.log(`Over-triaged (got higher than expected): ${over}; under-triaged (got lower): ${b.misses.length - over}`);
  console.log(`Under-triaged emergencies (expected P1, got P3/P4): ${b.underTriaged.length}${b.underTriaged.length ? ` — ${b.underTriaged.map((e) => e.id).join(', ')}` : ''}`);
  console.log(`Queue routing: ${b.total - b.wrongQueue.length}/${b.total} correct${b.wrongQueue.length ? ` — wrong: ${b.wrongQueue.map((w) => `${w.ex.id} (${w.got})`).join(', ')}` : ''}`);
  console.log(`Time for the whole set (rules and directory loaded, triage and routing of every report): ${b.ms.toFixed(1)} ms`);
  if (b.misses.length) {
    console.log('\nMismatches:');
    for (const m of b.misses) console.log(`  ${m.ex.id} expected ${m.ex.priority} got ${m.got} [${m.reasons.join(', ')}] ${m.ex.text.slice(0, 90)}`);
  }
}

/** Trigram similarity of the marked duplicate pairs and of every other pair, over all sets. */
export function duplicateStats() {
  const all = (['labelled', 'holdout', 'fresh', 'unseen'] as const).flatMap((s) => loadLabelled(s));
  const grams = new Map(all.map((e) => [e.id, trigrams(e.text)]));
  const dupPairs: { a: string; b: string; score: number }[] = [];
  let maxOther = { a: '', b: '', score: 0 };
  let pairs = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      const score = jaccard(grams.get(a.id)!, grams.get(b.id)!);
      if (a.dupOf === b.id || b.dupOf === a.id) dupPairs.push({ a: a.id, b: b.id, score });
      else {
        pairs++;
        if (score > maxOther.score) maxOther = { a: a.id, b: b.id, score };
      }
    }
  }
  return { dupPairs, maxOther, pairs };
}

if (import.meta.main) {
  const sets: LabelledSet[] = ['labelled', 'holdout', 'fresh', 'unseen'];
  const results = sets.map((s) => [s, runBench(s)] as const);
  for (const [s, b] of results) print(s, b);
  const learnt = results.filter(([s]) => s !== 'unseen');
  const total = learnt.reduce((n, [, b]) => n + b.total, 0);
  const exact = learnt.reduce((n, [, b]) => n + b.exact, 0);
  const under = learnt.reduce((n, [, b]) => n + b.underTriaged.length, 0);
  const d = duplicateStats();
  console.log(`\n=== Possible duplicates (character-trigram Jaccard, threshold ${DUPLICATE_THRESHOLD}) ===`);
  console.log(`Marked re-tellings of one incident: ${d.dupPairs.map((p) => `${p.a}~${p.b} ${p.score.toFixed(2)}`).join(', ')}`);
  console.log(`Most similar pair of different incidents (of ${d.pairs} pairs): ${d.maxOther.a}~${d.maxOther.b} ${d.maxOther.score.toFixed(2)}`);
  const [, u] = results.find(([s]) => s === 'unseen')!;
  const [, l] = results.find(([s]) => s === 'labelled')!;
  console.log(`\n=== Summary ===`);
  console.log(`Sets the rules were written or corrected with (labelled, held-out, fresh): ${exact}/${total} exact (${((100 * exact) / total).toFixed(1)}%), ${under} under-triaged emergencies`);
  console.log(`Unseen set (the estimate for new text): ${u.exact}/${u.total} exact (${((100 * u.exact) / u.total).toFixed(1)}%), ${u.underTriaged.length} under-triaged emergencies of ${u.confusion.P1.P1 + u.confusion.P1.P2 + u.confusion.P1.P3 + u.confusion.P1.P4} expected P1`);
  console.log(`Time for the labelled set: ${l.ms.toFixed(1)} ms`);
}
