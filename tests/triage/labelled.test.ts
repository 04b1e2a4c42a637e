// The labelled corpus as a gate, with the "in danger now" answer removed and no risk answers (what the text and the
// form alone earn). The development part must meet the aims of issue #12; the held-out part (frozen before the
// concept rules, never tuned on) must keep what it honestly met on its first and only run (tests/triage/README.md).
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/triage.ts';
import { DEV_SETS, HELDOUT_SETS, loadLabelled, LANGS } from './labelled.ts';

// The held-out emergencies that rules v4 sent to P3 on the first run (README: why each fails). The aim is none;
// this list may only shrink, and only through rules written from the development part.
const KNOWN_HELDOUT_UNDERTRIAGED = ['xen018', 'xen021', 'xen032', 'xro017', 'xrp001'];

describe('triage labelled corpus', () => {
  it('has at least 600 reports, at least 200 of them held out, in English, Urdu script, Roman Urdu and Pashto', () => {
    const dev = DEV_SETS.flatMap((s) => loadLabelled(s));
    const held = HELDOUT_SETS.flatMap((s) => loadLabelled(s));
    expect(dev.length + held.length).toBeGreaterThanOrEqual(600);
    expect(held.length).toBeGreaterThanOrEqual(200);
    const all = [...dev, ...held];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const lang of ['en', 'ur', 'ro', 'ps', 'rp'] as const) expect(held.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(15);
    // Urdu- and Pashto-script files are in Arabic script; Roman Urdu, Roman Pashto and English files are not.
    for (const e of all) if (e.lang !== 'mx') expect(/[\u0600-\u06FF]/.test(e.text), e.id).toBe(e.lang === 'ur' || e.lang === 'ps');
    // The older sets keep their three-language shape.
    const labelled = loadLabelled('labelled');
    for (const lang of LANGS) expect(labelled.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(50);
  });

  it('development part meets the aims: ≥ 95% of emergencies P1, none to P3/P4, ≥ 85% exact, ≤ 5% of information requests raised to P1', () => {
    const b = runBench(DEV_SETS);
    expect(b.underTriaged.map((e) => `${e.id}: ${e.text}`)).toEqual([]);
    expect(b.emergenciesP1 / b.emergencies).toBeGreaterThanOrEqual(0.95);
    expect(b.exact / b.total).toBeGreaterThanOrEqual(0.85);
    expect(b.infoRaisedToP1.length / b.infoRequests).toBeLessThanOrEqual(0.05);
  });

  it('held-out part keeps what its first run met: ≥ 85% exact, ≤ 5% of information requests raised to P1, ≥ 93% of emergencies P1, no new emergency sent to P3/P4', () => {
    const b = runBench(HELDOUT_SETS);
    expect(b.exact / b.total).toBeGreaterThanOrEqual(0.85);
    expect(b.infoRaisedToP1.length / b.infoRequests).toBeLessThanOrEqual(0.05);
    expect(b.emergenciesP1 / b.emergencies).toBeGreaterThanOrEqual(0.93);
    expect(b.underTriaged.map((e) => e.id).filter((id) => !KNOWN_HELDOUT_UNDERTRIAGED.includes(id))).toEqual([]);
  });

  it('routes every report of every set to the right queue', () => {
    for (const sets of [DEV_SETS, HELDOUT_SETS]) {
      const b = runBench(sets);
      expect(b.wrongQueue.map((w) => `${w.ex.id} → ${w.got}`)).toEqual([]);
    }
  });

  it('keeps the reporter\'s "in danger now" answer: every report that ticked it is P1', () => {
    const b = runBench([...DEV_SETS, ...HELDOUT_SETS], { keepDanger: true });
    const ticked = [...DEV_SETS, ...HELDOUT_SETS].flatMap((s) => loadLabelled(s)).filter((e) => e.immediateDanger);
    expect(ticked.length).toBeGreaterThan(0);
    expect(b.misses.filter((m) => m.ex.immediateDanger && m.got !== 'P1')).toEqual([]);
  });

  it('triages a report in well under a millisecond', () => {
    runBench(DEV_SETS); // warm the module caches once, as a running server would be
    const b = runBench([...DEV_SETS, ...HELDOUT_SETS]);
    expect(b.ms / b.total).toBeLessThan(1);
  });
});
