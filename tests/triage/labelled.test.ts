// The labelled corpus as a gate, with the "in danger now" answer removed and no risk answers (what the text and the
// form alone earn). From round 4 (issue #23) the development part is every set but the frozen ones (held-out parts 1
// and 2 included, dev3 to dev6 from rounds 6–8); it must keep what the rules now meet on it, per script too. The frozen
// parts are measured by `npm run bench:triage` only: a gate on them would invite tuning to them.
import { beforeAll, describe, expect, it } from 'vitest';
import { type BenchResult, runBench } from '../../bench/triage.ts';
import { loadDirectory, queueFor } from '../../directory/routing.ts';
import { DEVELOPMENT_SETS, LANGS, loadLabelled, PARTS } from './labelled.ts';

describe('triage labelled corpus', () => {
  // One bench of the development part for the figure gates (it triages 3,000 reports five times over).
  let dev: BenchResult;
  beforeAll(() => {
    dev = runBench(DEVELOPMENT_SETS);
  });

  it('has at least 900 development reports in English, Urdu script, Roman Urdu, Pashto, Roman Pashto and mixed', () => {
    const dev = DEVELOPMENT_SETS.flatMap((s) => loadLabelled(s));
    expect(dev.length).toBeGreaterThanOrEqual(900);
    const all = PARTS.flatMap((p) => p.sets.flatMap((s) => loadLabelled(s)));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const lang of ['en', 'ur', 'ro', 'ps', 'rp', 'mx'] as const)
      expect(dev.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(50);
    // Urdu- and Pashto-script files are in Arabic script; Roman Urdu, Roman Pashto and English files are not.
    for (const e of dev) if (e.lang !== 'mx') expect(/[\u0600-\u06FF]/.test(e.text), e.id).toBe(e.lang === 'ur' || e.lang === 'ps');
    // The older sets keep their three-language shape.
    const labelled = loadLabelled('labelled');
    for (const lang of LANGS) expect(labelled.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(50);
  });

  // Round 6: dev3 (two writers who never saw the rules) joined the development part, so the gates are what the rules
  // and the model now meet on all 1,494 reports, no longer the 99 % of the sets the rules were first written with.
  // Round 7: dev4 (600 Pashto-heavy reports by four more writers) joined it; on all 2,094 the rules and model meet
  // 99.0 % of emergencies, 1.3 % of urgent reports to P3/P4 and 90.2 % exact (mixed 84.8 %), so the gates are set there.
  it('development part keeps what the rules meet: ≥ 98% of emergencies P1, none to P3/P4, ≤ 1.5% of urgent reports to P3/P4, ≥ 90% exact, ≤ 2% of questions raised to P1', () => {
    const b = dev;
    expect(b.underTriaged.map((e) => e.id)).toEqual([]);
    expect(b.urgentSlid.length / b.urgent).toBeLessThanOrEqual(0.015);
    expect(b.emergenciesP1 / b.emergencies).toBeGreaterThanOrEqual(0.98);
    expect(b.exact / b.total).toBeGreaterThanOrEqual(0.9);
    expect(b.infoRaisedToP1.length / b.infoRequests).toBeLessThanOrEqual(0.02);
  });

  it('each script of the development part: ≥ 93% of emergencies P1 and ≥ 84% exact', () => {
    const b = dev;
    for (const [lang, f] of Object.entries(b.byLang)) {
      expect(f.emergenciesP1 / f.emergencies, lang).toBeGreaterThanOrEqual(0.93);
      expect(f.exact / f.total, lang).toBeGreaterThanOrEqual(0.84);
    }
  });

  it('routes every report of every part to the right queue', () => {
    const directory = loadDirectory();
    const wrong = PARTS.flatMap((p) => p.sets.flatMap((s) => loadLabelled(s)))
      .filter((e) => e.queue !== null && queueFor(directory, e.province, e.district) !== e.queue)
      .map((e) => `${e.id} → ${queueFor(directory, e.province, e.district)}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the reporter\'s "in danger now" answer: every report that ticked it is P1', () => {
    const b = runBench(DEVELOPMENT_SETS, { keepDanger: true });
    const ticked = DEVELOPMENT_SETS.flatMap((s) => loadLabelled(s)).filter((e) => e.immediateDanger);
    expect(ticked.length).toBeGreaterThan(0);
    expect(b.misses.filter((m) => m.ex.immediateDanger && m.got !== 'P1')).toEqual([]);
  });

  it('triages a report in well under a millisecond of CPU', () => {
    // The shared bench above warmed the module caches, as a running server would be.
    const b = runBench(DEVELOPMENT_SETS);
    // CPU time, not wall time: on a loaded machine the wall clock also counts the time spent waiting for a core.
    expect(b.cpuMs / b.total).toBeLessThan(1);
  });
});
