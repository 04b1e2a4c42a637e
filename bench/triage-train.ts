// `npm run triage:train`: trains the learned triage signal on the development part of the labelled corpus (never on a
// frozen part), writes api/triage/model-weights.json and prints the cross-validated figures.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { encodeModel, WEIGHTS_FILE } from '../api/triage/model.ts';
import { train } from '../api/triage/train.ts';
import { DEVELOPMENT_SETS, loadLabelled } from '../tests/triage/labelled.ts';
import { crossValidatedFigures } from './triage-cv.ts';

const examples = DEVELOPMENT_SETS.flatMap((s) => loadLabelled(s));
const t0 = performance.now();
const trained = train(examples);
const json = `${JSON.stringify(encodeModel(trained.model), null, 2)}\n`; // as Biome formats it
writeFileSync(WEIGHTS_FILE, json);
console.log(
  `Trained on ${examples.length} development reports in ${((performance.now() - t0) / 1000).toFixed(1)} s; wrote ${WEIGHTS_FILE.pathname} (${(json.length / 1024).toFixed(0)} KiB)`,
);
for (const line of crossValidatedFigures(examples, trained)) console.log(line);
