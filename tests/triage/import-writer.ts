// Brings one independent writer's reports (written from POLICY.md and a persona, never the rules) into the corpus:
// `node tests/triage/import-writer.ts <writer dir> <set> "<header line>"`. The writer gives
// `id|priority|province/district|category|reporter|age band|danger|text` per line in <lang>.psv; the queue column is
// filled from the routing directory, since routing is not what the writer labels. Prints counts only, never text, so
// it can import a part that nobody working on the rules may read.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGE_BANDS, CATEGORIES, PRIORITY_VALUES, REPORTER_TYPES } from '../../api/schemas.ts';
import { loadDirectory, queueFor, UNKNOWN_DISTRICT } from '../../directory/routing.ts';
import { CORPUS_LANGS } from './labelled.ts';

const [srcDir, set, header] = process.argv.slice(2);
if (!srcDir || !set || !header) throw new Error('usage: import-writer.ts <writer dir> <set> "<header line>"');
const directory = loadDirectory();
const destDir = new URL(`./${set}/`, import.meta.url);
mkdirSync(destDir, { recursive: true });

for (const lang of CORPUS_LANGS) {
  const src = join(srcDir, `${lang}.psv`);
  if (!existsSync(src)) continue;
  const out: string[] = [`# ${header}`, '# Columns and labelling policy: see tests/triage/POLICY.md.'];
  const dest = new URL(`${lang}.psv`, destDir);
  if (existsSync(dest)) out.splice(0, out.length, ...readFileSync(dest, 'utf8').trimEnd().split('\n'));
  const counts: Record<string, number> = {};
  let refused = 0;
  let placeFixed = 0;
  for (const raw of readFileSync(src, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const [id, priority, place, category, reporter, ageBand, danger, ...rest] = line.split('|').map((f) => f.trim());
    const text = rest.join(' / ').replace(/\s+/g, ' ').trim();
    const ok =
      id &&
      (PRIORITY_VALUES as readonly string[]).includes(priority!) &&
      (CATEGORIES as readonly string[]).includes(category!) &&
      (REPORTER_TYPES as readonly string[]).includes(reporter!) &&
      (AGE_BANDS as readonly string[]).includes(ageBand!) &&
      (danger === '0' || danger === '1') &&
      text.length >= 10;
    if (!ok) {
      refused++;
      continue;
    }
    let [province = '', district = ''] = (place ?? '').split('/');
    if (!directory.provinces.some((p) => p.id === province && p.districts.some((d) => d.id === district))) {
      placeFixed++;
      if (!directory.provinces.some((p) => p.id === province)) province = 'punjab';
      district = UNKNOWN_DISTRICT;
    }
    const queue = queueFor(directory, province, district);
    out.push([id, priority, queue, `${province}/${district}`, category, reporter, ageBand, danger, text].join('|'));
    counts[priority!] = (counts[priority!] ?? 0) + 1;
  }
  writeFileSync(dest, `${out.join('\n')}\n`);
  console.log(`${set}/${lang}.psv: ${JSON.stringify(counts)} refused ${refused}, place set to unknown ${placeFixed}`);
}
