// `npm run bench:triage`: runs triage over the labelled corpus (tests/triage/) and prints what it measured, for the
// development part and the held-out part separately. The "in danger now" answer is removed (immediateDanger forced
// false) and no risk answers are given, so the figures are what the report's text and form alone earn.
import { performance } from 'node:perf_hooks';
import { PRIORITY_VALUES, type Priority } from '../api/schemas.ts';
import { DUPLICATE_THRESHOLD, jaccard, trigrams } from '../api/triage/fingerprint.ts';
import { loadRules } from '../api/triage/rules.ts';
import { triage } from '../api/triage/triage.ts';
import { loadDirectory, queueFor } from '../directory/routing.ts';
import { DEV_SETS, HELDOUT_SETS, HELDOUT2_SETS, type LabelledExample, type LabelledSet, loadLabelled } from '../tests/triage/labelled.ts';

export interface BenchResult {
  total: number;
  exact: number;
  /** Expected P1. */
  emergencies: number;
  emergenciesP1: number;
  /** Expected P1, got P3 or P4. */
  underTriaged: LabelledExample[];
  /** Expected P4 (a request for information). */
  infoRequests: number;
  infoRaisedToP1: LabelledExample[];
  wrongQueue: { ex: LabelledExample; got: string | null }[];
  confusion: Record<Priority, Record<Priority, number>>;
  byLang: Record<string, { total: number; exact: number }>;
  misses: { ex: LabelledExample; got: Priority; reasons: string[] }[];
  /** Triage time only (rules loaded beforehand), for the whole part: the median of TIMING_PASSES passes, so that one
   *  pass descheduled by a busy machine (2 cores shared by many jobs) does not stand for the code's speed. */
  ms: number;
}

const TIMING_PASSES = 5;

export interface BenchOptions {
  /** Keep the reporter's "in danger now" answer (default: removed). */
  keepDanger?: boolean;
}

export function runBench(sets: LabelledSet | readonly LabelledSet[] = 'labelled', opts: BenchOptions = {}): BenchResult {
  const examples = (typeof sets === 'string' ? [sets] : sets).flatMap((s) => loadLabelled(s));
  const rules = loadRules();
  const directory = loadDirectory();
  const confusion = Object.fromEntries(
    PRIORITY_VALUES.map((e) => [e, Object.fromEntries(PRIORITY_VALUES.map((g) => [g, 0]))]),
  ) as BenchResult['confusion'];
  const byLang: BenchResult['byLang'] = {};
  const misses: BenchResult['misses'] = [];
  const underTriaged: LabelledExample[] = [];
  const infoRaisedToP1: LabelledExample[] = [];
  const wrongQueue: BenchResult['wrongQueue'] = [];
  let exact = 0;
  let emergencies = 0;
  let emergenciesP1 = 0;
  let infoRequests = 0;
  let ms = 0;
  const now = Date.UTC(2026, 0, 1);
  for (const ex of examples) {
    const input = {
      immediateDanger: opts.keepDanger ? ex.immediateDanger : false,
      category: ex.category,
      description: ex.text,
      reporter: ex.reporter,
      child: { ageBand: ex.ageBand, gender: 'unknown' as const },
    };
    const t0 = performance.now();
    const r = triage(input, now, rules);
    ms += performance.now() - t0;
    confusion[ex.priority][r.priority]++;
    byLang[ex.lang] ??= { total: 0, exact: 0 };
    const lang = byLang[ex.lang]!;
    lang.total++;
    if (r.priority === ex.priority) {
      exact++;
      lang.exact++;
    } else misses.push({ ex, got: r.priority, reasons: r.reasons.map((x) => x.id) });
    if (ex.priority === 'P1') {
      emergencies++;
      if (r.priority === 'P1') emergenciesP1++;
      if (r.priority === 'P3' || r.priority === 'P4') underTriaged.push(ex);
    }
    if (ex.priority === 'P4') {
      infoRequests++;
      if (r.priority === 'P1') infoRaisedToP1.push(ex);
    }
    const q = queueFor(directory, ex.province, ex.district);
    if (q !== ex.queue) wrongQueue.push({ ex, got: q });
  }
  const passes = [ms];
  for (let k = 1; k < TIMING_PASSES; k++) {
    let t = 0;
    for (const ex of examples) {
      const input = {
        immediateDanger: opts.keepDanger ? ex.immediateDanger : false,
        category: ex.category,
        description: ex.text,
        reporter: ex.reporter,
        child: { ageBand: ex.ageBand, gender: 'unknown' as const },
      };
      const t0 = performance.now();
      triage(input, now, rules);
      t += performance.now() - t0;
    }
    passes.push(t);
  }
  ms = passes.sort((a, b) => a - b)[passes.length >> 1]!;
  return {
    total: examples.length,
    exact,
    emergencies,
    emergenciesP1,
    underTriaged,
    infoRequests,
    infoRaisedToP1,
    wrongQueue,
    confusion,
    byLang,
    misses,
    ms,
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export function summary(b: BenchResult): string[] {
  return [
    `Emergencies given P1: ${b.emergenciesP1}/${b.emergencies} = ${pct(b.emergenciesP1, b.emergencies)}`,
    `Emergencies sent to P3/P4: ${b.underTriaged.length}/${b.emergencies}${b.underTriaged.length ? ` (${b.underTriaged.map((e) => e.id).join(', ')})` : ''}`,
    `Exact priority: ${b.exact}/${b.total} = ${pct(b.exact, b.total)}`,
    `Information requests raised to P1: ${b.infoRaisedToP1.length}/${b.infoRequests} = ${pct(b.infoRaisedToP1.length, b.infoRequests)}${b.infoRaisedToP1.length ? ` (${b.infoRaisedToP1.map((e) => e.id).join(', ')})` : ''}`,
  ];
}

function print(title: string, b: BenchResult, showMisses: boolean) {
  console.log(`\n=== ${title} ===`);
  console.log(
    `${b.total} reports (${Object.entries(b.byLang)
      .map(([l, v]) => `${l} ${v.total}`)
      .join(', ')}); "in danger now" removed, no risk answers\n`,
  );
  for (const line of summary(b)) console.log(line);
  console.log(
    `  by language: ${Object.entries(b.byLang)
      .map(([l, v]) => `${l} ${v.exact}/${v.total} ${pct(v.exact, v.total)}`)
      .join(', ')}`,
  );
  const over = b.misses.filter((m) => m.got < m.ex.priority).length;
  console.log(`Over-triaged (got higher than expected): ${over}; under-triaged (got lower): ${b.misses.length - over}`);
  console.log('\nConfusion matrix (rows: expected, columns: got)');
  console.log(`        ${PRIORITY_VALUES.map((p) => p.padStart(5)).join('')}`);
  for (const e of PRIORITY_VALUES) console.log(`  ${e}    ${PRIORITY_VALUES.map((g) => String(b.confusion[e][g]).padStart(5)).join('')}`);
  console.log(
    `\nQueue routing: ${b.total - b.wrongQueue.length}/${b.total} correct${b.wrongQueue.length ? ` — wrong: ${b.wrongQueue.map((w) => `${w.ex.id} (${w.got})`).join(', ')}` : ''}`,
  );
  console.log(
    `Triage time (median of ${TIMING_PASSES} passes): ${b.ms.toFixed(1)} ms for ${b.total} reports = ${(b.ms / b.total).toFixed(3)} ms per report`,
  );
  if (showMisses && b.misses.length) {
    console.log('\nMisses (expected → got [reasons] text):');
    for (const m of b.misses) console.log(`  ${m.ex.id} ${m.ex.priority} → ${m.got} [${m.reasons.join(', ')}] ${m.ex.text.slice(0, 110)}`);
  }
}

/** Trigram similarity of the marked duplicate pairs and of every other pair, over the older sets. */
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
  runBench(DEV_SETS); // warm the module and rule caches once, as a running server would be
  const showDevMisses = process.argv.includes('--dev-misses');
  print(`Development part (${DEV_SETS.join(', ')}): the rules are written and tuned with it`, runBench(DEV_SETS), showDevMisses);
  print(
    'Held-out part, round 1 (tests/triage/heldout, frozen 2026-11-26 before the concept rules; development data from round 2 on)',
    runBench(HELDOUT_SETS),
    true,
  );
  print(
    'Held-out part, round 2 (tests/triage/heldout2, frozen 2026-11-26 before the round-2 rules; never tuned on)',
    runBench(HELDOUT2_SETS),
    true,
  );
  const d = duplicateStats();
  console.log(`\n=== Possible duplicates (character-trigram Jaccard, threshold ${DUPLICATE_THRESHOLD}) ===`);
  console.log(`Marked re-tellings of one incident: ${d.dupPairs.map((p) => `${p.a}~${p.b} ${p.score.toFixed(2)}`).join(', ')}`);
  console.log(
    `Most similar pair of different incidents (of ${d.pairs} pairs): ${d.maxOther.a}~${d.maxOther.b} ${d.maxOther.score.toFixed(2)}`,
  );
}
