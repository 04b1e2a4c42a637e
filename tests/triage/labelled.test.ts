// The labelled corpus as a gate, with the "in danger now" answer removed and no risk answers (what the text and the
// form alone earn). The development part (from round 2 on, including the round-1 held-out part) must meet the aims of
// issue #12; held-out part 2 (frozen before the round-2 rules, never tuned on) must keep what it honestly met on its
// one run with the round-2 rules (tests/triage/README.md).
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/triage.ts';
import { DEV_SETS, HELDOUT_SETS, HELDOUT2_SETS, LANGS, loadLabelled } from './labelled.ts';

// The held-out-2 emergencies still sent to P3 (README: why each fails). The aim is none; this list may only shrink,
// and only through general rules, not words taken from these reports. Round 3's spelling fold (normalise.ts romanFold)
// took yrp006 (tasweerona) and ymx015 (ganday) off it; a regression on either now fails here.
const KNOWN_HELDOUT2_UNDERTRIAGED = ['yen020', 'yrp008', 'ymx007', 'ymx020'];

describe('triage labelled corpus', () => {
  it('has at least 600 reports, at least 200 of them held out, in English, Urdu script, Roman Urdu and Pashto', () => {
    // From round 2 on the round-1 held-out part is development data; held-out part 2 is the one never tuned on.
    const dev = [...DEV_SETS, ...HELDOUT_SETS].flatMap((s) => loadLabelled(s));
    const held = HELDOUT2_SETS.flatMap((s) => loadLabelled(s));
    expect(dev.length + held.length).toBeGreaterThanOrEqual(600);
    expect(held.length).toBeGreaterThanOrEqual(200);
    const all = [...dev, ...held];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const lang of ['en', 'ur', 'ro', 'ps', 'rp'] as const)
      expect(held.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(15);
    // Urdu- and Pashto-script files are in Arabic script; Roman Urdu, Roman Pashto and English files are not.
    for (const e of all) if (e.lang !== 'mx') expect(/[\u0600-\u06FF]/.test(e.text), e.id).toBe(e.lang === 'ur' || e.lang === 'ps');
    // The older sets keep their three-language shape.
    const labelled = loadLabelled('labelled');
    for (const lang of LANGS) expect(labelled.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(50);
  });

  it('development part (with the round-1 held-out part) meets the aims: ≥ 95% of emergencies P1, none to P3/P4, ≥ 85% exact, ≤ 5% of information requests raised to P1', () => {
    const b = runBench([...DEV_SETS, ...HELDOUT_SETS]);
    expect(b.underTriaged.map((e) => `${e.id}: ${e.text}`)).toEqual([]);
    expect(b.emergenciesP1 / b.emergencies).toBeGreaterThanOrEqual(0.95);
    expect(b.exact / b.total).toBeGreaterThanOrEqual(0.85);
    expect(b.infoRaisedToP1.length / b.infoRequests).toBeLessThanOrEqual(0.05);
  });

  it('held-out part 2 keeps what the rules now meet: ≥ 95% of emergencies P1, ≥ 85% exact, ≤ 5% of information requests raised to P1, no new emergency sent to P3/P4', () => {
    const b = runBench(HELDOUT2_SETS);
    expect(b.emergenciesP1 / b.emergencies).toBeGreaterThanOrEqual(0.95);
    expect(b.exact / b.total).toBeGreaterThanOrEqual(0.85);
    expect(b.infoRaisedToP1.length / b.infoRequests).toBeLessThanOrEqual(0.05);
    expect(b.underTriaged.map((e) => e.id).filter((id) => !KNOWN_HELDOUT2_UNDERTRIAGED.includes(id))).toEqual([]);
  });

  it('routes every report of every set to the right queue', () => {
    for (const sets of [DEV_SETS, HELDOUT_SETS, HELDOUT2_SETS]) {
      const b = runBench(sets);
      expect(b.wrongQueue.map((w) => `${w.ex.id} → ${w.got}`)).toEqual([]);
    }
  });

  it('keeps the reporter\'s "in danger now" answer: every report that ticked it is P1', () => {
    const b = runBench([...DEV_SETS, ...HELDOUT_SETS, ...HELDOUT2_SETS], { keepDanger: true });
    const ticked = [...DEV_SETS, ...HELDOUT_SETS, ...HELDOUT2_SETS].flatMap((s) => loadLabelled(s)).filter((e) => e.immediateDanger);
    expect(ticked.length).toBeGreaterThan(0);
    expect(b.misses.filter((m) => m.ex.immediateDanger && m.got !== 'P1')).toEqual([]);
  });

  it('triages a report in well under a millisecond', () => {
    runBench(DEV_SETS); // warm the module caches once, as a running server would be
    const b = runBench([...DEV_SETS, ...HELDOUT_SETS, ...HELDOUT2_SETS]);
    expect(b.ms / b.total).toBeLessThan(1);
  });
});
