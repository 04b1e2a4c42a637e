// `npm run bench:triage`: runs triage over the labelled corpus (tests/triage/) and prints what it measured, for the
// development part and each frozen part separately, per script. The "in danger now" answer is removed (immediateDanger forced
// false) and no risk answers are given, so the figures are what the report's text and form alone earn.
import { performance } from 'node:perf_hooks';
import { PRIORITY_VALUES, type Priority } from '../api/schemas.ts';
import { DUPLICATE_THRESHOLD, jaccard, trigrams } from '../api/triage/fingerprint.ts';
import { showsHarm } from '../api/triage/harm.ts';
import { loadRules } from '../api/triage/rules.ts';
import { triage } from '../api/triage/triage.ts';
import { loadDirectory, queueFor } from '../directory/routing.ts';
import {
  CORPUS_LANGS,
  type CorpusLang,
  DEVELOPMENT_SETS,
  type LabelledExample,
  type LabelledSet,
  loadLabelled,
  PARTS,
  type Part,
} from '../tests/triage/labelled.ts';

/** The figures of issue #23 for a group of reports. */
export interface Figures {
  total: number;
  exact: number;
  /** Expected P1. */
  emergencies: number;
  emergenciesP1: number;
  /** Expected P1, got P3 or P4. */
  underTriaged: LabelledExample[];
  /** Expected P2. */
  urgent: number;
  /** Expected P2, got P3 or P4 ("urgent never slides"). */
  urgentSlid: LabelledExample[];
  /** Expected P4 (a request for information). */
  infoRequests: number;
  infoRaisedToP1: LabelledExample[];
}

export interface BenchResult extends Figures {
  wrongQueue: { ex: LabelledExample; got: string | null }[];
  confusion: Record<Priority, Record<Priority, number>>;
  byLang: Partial<Record<CorpusLang, Figures>>;
  misses: { ex: LabelledExample; got: Priority; reasons: string[] }[];
  /** `harm`: not P1 and the text shows harm (api/triage/harm.ts), so a person is alerted on arrival. */
  outcomes: { ex: LabelledExample; got: Priority; harm: boolean }[];
  /** Triage time only (rules loaded beforehand), for the whole part: the median of TIMING_PASSES passes, so that one
   *  pass descheduled by a busy machine (2 cores shared by many jobs) does not stand for the code's speed. */
  ms: number;
  /** The same in this thread's CPU time, which waiting for a busy core does not inflate (the test gates on it). */
  cpuMs: number;
}

const TIMING_PASSES = 5;

export interface BenchOptions {
  /** Keep the reporter's "in danger now" answer (default: removed). */
  keepDanger?: boolean;
  /** The learned signal: false for the concepts alone (default: the shipped model). */
  model?: boolean;
}

export function figures(outcomes: readonly { ex: LabelledExample; got: Priority }[]): Figures {
  const f: Figures = {
    total: 0,
    exact: 0,
    emergencies: 0,
    emergenciesP1: 0,
    underTriaged: [],
    urgent: 0,
    urgentSlid: [],
    infoRequests: 0,
    infoRaisedToP1: [],
  };
  for (const { ex, got } of outcomes) {
    f.total++;
    if (got === ex.priority) f.exact++;
    const low = got === 'P3' || got === 'P4';
    if (ex.priority === 'P1') {
      f.emergencies++;
      if (got === 'P1') f.emergenciesP1++;
      if (low) f.underTriaged.push(ex);
    } else if (ex.priority === 'P2') {
      f.urgent++;
      if (low) f.urgentSlid.push(ex);
    } else if (ex.priority === 'P4') {
      f.infoRequests++;
      if (got === 'P1') f.infoRaisedToP1.push(ex);
    }
  }
  return f;
}

const inputOf = (ex: LabelledExample, opts: BenchOptions) => ({
  immediateDanger: opts.keepDanger ? ex.immediateDanger : false,
  category: ex.category,
  description: ex.text,
  reporter: ex.reporter,
  child: { ageBand: ex.ageBand, gender: 'unknown' as const },
});

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;

export function runBench(sets: LabelledSet | readonly LabelledSet[] = 'labelled', opts: BenchOptions = {}): BenchResult {
  const examples = (typeof sets === 'string' ? [sets] : sets).flatMap((s) => loadLabelled(s));
  const rules = loadRules();
  const directory = loadDirectory();
  const confusion = Object.fromEntries(
    PRIORITY_VALUES.map((e) => [e, Object.fromEntries(PRIORITY_VALUES.map((g) => [g, 0]))]),
  ) as BenchResult['confusion'];
  const outcomes: BenchResult['outcomes'] = [];
  const misses: BenchResult['misses'] = [];
  const wrongQueue: BenchResult['wrongQueue'] = [];
  const now = Date.UTC(2026, 0, 1);
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  for (let k = 0; k < TIMING_PASSES; k++) {
    let t = 0;
    let cpu = 0;
    for (const ex of examples) {
      const c0 = process.threadCpuUsage();
      const t0 = performance.now();
      const r = opts.model === false ? triage(inputOf(ex, opts), now, rules, null) : triage(inputOf(ex, opts), now, rules);
      t += performance.now() - t0;
      const c = process.threadCpuUsage(c0);
      cpu += (c.user + c.system) / 1000;
      if (k) continue;
      outcomes.push({ ex, got: r.priority, harm: r.priority !== 'P1' && showsHarm(r.reasons, rules) });
      confusion[ex.priority][r.priority]++;
      if (r.priority !== ex.priority) misses.push({ ex, got: r.priority, reasons: r.reasons.map((x) => x.id) });
      const q = queueFor(directory, ex.province, ex.district);
      if (ex.queue !== null && q !== ex.queue) wrongQueue.push({ ex, got: q });
    }
    passes.push(t);
    cpuPasses.push(cpu);
  }
  const byLang: BenchResult['byLang'] = {};
  for (const lang of CORPUS_LANGS) {
    const mine = outcomes.filter((o) => o.ex.lang === lang);
    if (mine.length) byLang[lang] = figures(mine);
  }
  return { ...figures(outcomes), wrongQueue, confusion, byLang, misses, outcomes, ms: median(passes), cpuMs: median(cpuPasses) };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const ratio = (n: number, d: number) => `${n}/${d} ${pct(n, d)}`.padEnd(15);

export function summary(b: Figures): string[] {
  return [
    `Emergencies given P1: ${b.emergenciesP1}/${b.emergencies} = ${pct(b.emergenciesP1, b.emergencies)}`,
    `Emergencies sent to P3/P4: ${b.underTriaged.length}/${b.emergencies}`,
    `Urgent (P2) sent to P3/P4: ${b.urgentSlid.length}/${b.urgent}`,
    `Exact priority: ${b.exact}/${b.total} = ${pct(b.exact, b.total)}`,
    `Information requests raised to P1: ${b.infoRaisedToP1.length}/${b.infoRequests} = ${pct(b.infoRaisedToP1.length, b.infoRequests)}`,
  ];
}

/** One table row per script (and "all"): the five figures of issue #23. */
export function table(b: Figures & Pick<BenchResult, 'byLang'>): string[] {
  const head = `  ${'script'.padEnd(7)}${'n'.padStart(5)}  ${'emergencies P1'.padEnd(15)} ${'emerg→P3/4'.padEnd(11)}${'urgent→P3/4'.padEnd(16)}${'exact'.padEnd(16)}questions→P1`;
  const row = (name: string, f: Figures) =>
    `  ${name.padEnd(7)}${String(f.total).padStart(5)}  ${ratio(f.emergenciesP1, f.emergencies)} ${String(f.underTriaged.length).padEnd(11)}${ratio(f.urgentSlid.length, f.urgent)} ${ratio(f.exact, f.total)} ${ratio(f.infoRaisedToP1.length, f.infoRequests)}`;
  return [head, row('all', b), ...Object.entries(b.byLang).map(([l, f]) => row(l, f))];
}

function print(part: Part, b: BenchResult, alone: BenchResult, showMisses: boolean) {
  console.log(`\n=== ${part.title} ===`);
  if (!b.total) {
    console.log('no reports on disk yet');
    return;
  }
  console.log(`${b.total} reports; "in danger now" removed, no risk answers\n`);
  console.log('Concepts alone:');
  for (const line of table(alone)) console.log(line);
  // On the development part the model is scored on the reports it was trained on: `npm run triage:train` prints its
  // cross-validated (out-of-fold) figures, the honest ones there.
  console.log(
    `Concepts + learned model${part.id !== 'development' ? '' : ' (in sample: the model was trained on this part; see npm run triage:train for out of fold)'}:`,
  );
  for (const line of table(b)) console.log(line);
  const before = new Map(alone.outcomes.map((o) => [o.ex.id, o.got]));
  const changed = b.outcomes.filter((o) => before.get(o.ex.id) !== o.got);
  const toP1 = changed.filter((o) => o.got === 'P1');
  console.log(
    `The model raised ${changed.length} reports: ${toP1.length} to P1 (${toP1.filter((o) => o.ex.priority === 'P1').length} of them emergencies), ${changed.length - toP1.length} to P2 (${changed.filter((o) => o.got === 'P2' && o.ex.priority === 'P2').length} of them urgent)`,
  );
  // The harm alert (issue #23 item 5): what triage left below P1 but a person screens within HARM_SCREENING_MINUTES.
  const alerted = b.outcomes.filter((o) => o.harm);
  const missedP1 = b.outcomes.filter((o) => o.ex.priority === 'P1' && o.got !== 'P1');
  console.log(
    `Harm alert on arrival (not P1, text shows harm): ${alerted.length} reports; emergencies not given P1 alerted: ${missedP1.filter((o) => o.harm).length}/${missedP1.length}; questions (P4) alerted: ${alerted.filter((o) => o.ex.priority === 'P4').length}/${b.infoRequests}`,
  );
  const over = b.misses.filter((m) => m.got < m.ex.priority).length;
  console.log(`Over-triaged (got higher than expected): ${over}; under-triaged (got lower): ${b.misses.length - over}`);
  console.log('\nConfusion matrix (rows: expected, columns: got)');
  console.log(`        ${PRIORITY_VALUES.map((p) => p.padStart(5)).join('')}`);
  for (const e of PRIORITY_VALUES) console.log(`  ${e}    ${PRIORITY_VALUES.map((g) => String(b.confusion[e][g]).padStart(5)).join('')}`);
  const routed = b.total - b.wrongQueue.length;
  console.log(
    `\nQueue routing: ${routed}/${b.total} correct (reports with no expected queue count as correct)${b.wrongQueue.length ? ` — wrong: ${b.wrongQueue.map((w) => `${w.ex.id} (${w.got})`).join(', ')}` : ''}`,
  );
  console.log(
    `Triage time (median of ${TIMING_PASSES} passes): ${b.ms.toFixed(1)} ms for ${b.total} reports = ${(b.ms / b.total).toFixed(3)} ms per report (CPU ${(b.cpuMs / b.total).toFixed(3)} ms)`,
  );
  // A frozen part's misses: ids, script and priorities only, never its text (nobody working on the rules reads it).
  const worst = b.misses.filter(
    (m) =>
      m.ex.priority === 'P1' ||
      (m.ex.priority === 'P2' && (m.got === 'P3' || m.got === 'P4')) ||
      (m.ex.priority === 'P4' && m.got === 'P1'),
  );
  if (part.frozen) {
    if (worst.length)
      console.log(
        `Misses that matter (id script expected→got): ${worst.map((m) => `${m.ex.id} ${m.ex.lang} ${m.ex.priority}→${m.got}`).join(', ')}`,
      );
  } else if (showMisses && b.misses.length) {
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
  runBench(DEVELOPMENT_SETS); // warm the module and rule caches once, as a running server would be
  const showDevMisses = process.argv.includes('--dev-misses');
  for (const part of PARTS) print(part, runBench(part.sets), runBench(part.sets, { model: false }), showDevMisses);
  const d = duplicateStats();
  console.log(`\n=== Possible duplicates (character-trigram Jaccard, threshold ${DUPLICATE_THRESHOLD}) ===`);
  console.log(`Marked re-tellings of one incident: ${d.dupPairs.map((p) => `${p.a}~${p.b} ${p.score.toFixed(2)}`).join(', ')}`);
  console.log(
    `Most similar pair of different incidents (of ${d.pairs} pairs): ${d.maxOther.a}~${d.maxOther.b} ${d.maxOther.score.toFixed(2)}`,
  );
}
