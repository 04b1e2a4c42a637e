// The learned signal's cross-validated figures on the development part (printed by `npm run triage:train`): the model
// alone out of fold, and the concepts with the model's out-of-fold raise, per script, in bench:triage's table.
import type { Priority } from '../api/schemas.ts';
import { FAMILIES, HEADS, raiseOf } from '../api/triage/model.ts';
import type { Example, Trained } from '../api/triage/train.ts';
import { FOLDS, RECALL, recallThreshold } from '../api/triage/train.ts';
import { triage } from '../api/triage/triage.ts';
import { CORPUS_LANGS, type LabelledExample } from '../tests/triage/labelled.ts';
import { type Figures, figures, table } from './triage.ts';

export function crossValidatedFigures(examples: readonly (Example & LabelledExample)[], trained: Trained): string[] {
  const out: string[] = [];
  const { heads } = trained.model;
  out.push(`\n${FOLDS}-fold cross-validation on the development part (folds by a hash of the report id); thresholds for recall:`);
  for (const family of FAMILIES) {
    const mine = examples.filter((e) => trained.oof.get(e.id)!.family === family);
    for (const head of HEADS) {
      const thr = heads[family][head].threshold;
      const pos = (p: Priority) => p === 'P1' || (head === 'urgent' && p === 'P2');
      const over = (e: Example) => trained.oof.get(e.id)!.scores[head] >= thr;
      const hit = mine.filter((e) => pos(e.priority) && over(e)).length;
      const posN = mine.filter((e) => pos(e.priority)).length;
      const fa = mine.filter((e) => !pos(e.priority) && over(e)).length;
      const q = mine.filter((e) => e.priority === 'P4');
      out.push(
        `  ${family.padEnd(6)} ${head.padEnd(9)} threshold ${thr.toFixed(3)} (recall aim ${RECALL[head] * 100}%): model alone out of fold ${hit}/${posN} positives, ${fa}/${mine.length - posN} others and ${q.filter(over).length}/${q.length} questions above it`,
      );
    }
  }
  const rows = outOfFold(examples, trained);
  const show = (title: string, pick: (r: (typeof rows)[number]) => Priority) => {
    const outcomes = rows.map((r) => ({ ex: r.ex, got: pick(r) }));
    const byLang: Partial<Record<string, Figures>> = {};
    for (const lang of CORPUS_LANGS) {
      const m = outcomes.filter((o) => o.ex.lang === lang);
      if (m.length) byLang[lang] = figures(m);
    }
    out.push(`\n${title}`, ...table({ ...figures(outcomes), byLang }));
  };
  show('Concepts alone (development part, in sample: the rules were written with it):', (r) => r.alone);
  show('Concepts + model raise out of fold (each report scored by a model that never saw it):', (r) => r.got);
  const raisedP1 = rows.filter((r) => r.got === 'P1' && r.alone !== 'P1');
  out.push(
    `Model raised ${rows.filter((r) => r.got !== r.alone).length} reports out of fold: ${raisedP1.length} to P1 (${raisedP1.filter((r) => r.ex.priority === 'P1').length} of them emergencies), ${rows.filter((r) => r.got === 'P2' && r.alone !== 'P2').length} to P2`,
  );
  // The same with the thresholds other recall aims would set (one constant in train.ts, then retrain).
  out.push('\nOther recall aims (emergency and urgent heads alike), concepts + model out of fold:');
  for (const aim of [0.98, 0.95, 0.9, 0.85, 0.8]) {
    const thr = (family: (typeof FAMILIES)[number], head: (typeof HEADS)[number]) =>
      recallThreshold(
        examples
          .filter((e) => trained.oof.get(e.id)!.family === family && (e.priority === 'P1' || (head === 'urgent' && e.priority === 'P2')))
          .map((e) => trained.oof.get(e.id)!.scores[head]),
        aim,
      );
    const t = Object.fromEntries(FAMILIES.map((f) => [f, { emergency: thr(f, 'emergency'), urgent: thr(f, 'urgent') }])) as Record<
      (typeof FAMILIES)[number],
      Record<(typeof HEADS)[number], number>
    >;
    const outcomes = rows.map((r) => {
      const o = trained.oof.get(r.ex.id)!;
      const th = { emergency: { threshold: t[o.family].emergency }, urgent: { threshold: t[o.family].urgent } };
      return { ex: r.ex, got: triage(inputFor(r.ex), now, undefined, (_, context) => raiseOf(o.scores, th, context)).priority };
    });
    const f = figures(outcomes);
    out.push(
      `  aim ${aim}: emergencies P1 ${f.emergenciesP1}/${f.emergencies}, exact ${f.exact}/${f.total} (${((100 * f.exact) / f.total).toFixed(1)}%), questions to P1 ${f.infoRaisedToP1.length}/${f.infoRequests}, raised ${outcomes.filter((o, i) => o.got !== rows[i]!.alone).length}`,
    );
  }
  return out;
}

const now = Date.UTC(2026, 0, 1);

/** Each development report's priority from the concepts alone and with the raise of a model that never saw it (its
 *  out-of-fold scores against the shipped thresholds). */
export function outOfFold(examples: readonly (Example & LabelledExample)[], trained: Trained) {
  const { heads } = trained.model;
  return examples.map((ex) => {
    const input = inputFor(ex);
    const alone = triage(input, now, undefined, null).priority;
    const o = trained.oof.get(ex.id)!;
    return { ex, alone, got: triage(input, now, undefined, (_, context) => raiseOf(o.scores, heads[o.family], context)).priority };
  });
}

const inputFor = (ex: LabelledExample) => ({
  immediateDanger: false,
  category: ex.category,
  description: ex.text,
  reporter: ex.reporter,
  child: { ageBand: ex.ageBand, gender: 'unknown' as const },
});
