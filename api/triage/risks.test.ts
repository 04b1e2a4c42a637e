import { describe, expect, it } from 'vitest';
import { RISK_IDS } from '../../domain/risks.ts';
import { applyRiskFloor, RISK_REASONS, riskFloor } from './risks.ts';
import { DEADLINE_MS, triage } from './triage.ts';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const adviceRequest = {
  reporter: 'teacher' as const,
  category: 'other' as const,
  immediateDanger: false,
  child: { ageBand: 'unknown' as const, gender: 'unknown' as const },
  description: 'How can a school set a policy on discipline without beating? Please send guidance.',
};

describe('riskFloor', () => {
  it('sets no floor and no reason when nothing was answered, or only "no"', () => {
    expect(riskFloor(undefined)).toEqual({ floor: null, reasons: [] });
    expect(riskFloor({ selfHarm: 'no', marriageSoon: 'no' })).toEqual({ floor: null, reasons: [] });
  });

  it('makes any yes an emergency with that question as the reason', () => {
    for (const id of RISK_IDS) {
      const { floor, reasons } = riskFloor({ [id]: 'yes' });
      expect(floor).toBe('P1');
      expect(reasons).toEqual([{ id: `risk:${id}`, ...RISK_REASONS[id] }]);
    }
  });

  it('makes "not sure" at least urgent, and a yes elsewhere still wins', () => {
    expect(riskFloor({ withoutCare: 'unsure' }).floor).toBe('P2');
    const mixed = riskFloor({ withoutCare: 'unsure', imagesThreat: 'yes' });
    expect(mixed.floor).toBe('P1');
    expect(mixed.reasons.map((r) => r.id)).toEqual(['risk:imagesThreat', 'risk-unsure:withoutCare']);
  });

  it('writes every reason in English and in Urdu script with Urdu code points', () => {
    for (const r of riskFloor(Object.fromEntries(RISK_IDS.map((id, i) => [id, i % 2 ? 'yes' : 'unsure']))).reasons) {
      expect(r.en.length).toBeGreaterThan(10);
      expect(r.ur).toMatch(/[\u0600-\u06FF]/);
      expect(r.ur).not.toMatch(/[يكه]/);
    }
  });
});

describe('applyRiskFloor after triage', () => {
  it('raises a plain request for guidance to P1 on one yes, with a one-hour deadline from arrival', () => {
    const base = triage(adviceRequest, NOW);
    expect(['P3', 'P4']).toContain(base.priority);
    const raised = applyRiskFloor(base, { selfHarm: 'yes' }, NOW, DEADLINE_MS);
    expect(raised.priority).toBe('P1');
    expect(raised.dueAt).toBe(NOW + 3_600_000);
    expect(raised.reasons[0]!.id).toBe('risk:selfHarm');
  });

  it('raises to P2 on "not sure" and never lowers a priority the text or form set', () => {
    expect(applyRiskFloor(triage(adviceRequest, NOW), { takenOrLockedUp: 'unsure' }, NOW, DEADLINE_MS).priority).toBe('P2');
    const danger = triage({ ...adviceRequest, immediateDanger: true }, NOW);
    const kept = applyRiskFloor(danger, { takenOrLockedUp: 'unsure', selfHarm: 'no' }, NOW, DEADLINE_MS);
    expect(kept.priority).toBe('P1');
    expect(kept.dueAt).toBe(danger.dueAt);
    expect(kept.reasons.map((r) => r.id)).toContain('risk-unsure:takenOrLockedUp');
  });

  it('leaves the result untouched when no question was answered', () => {
    const base = triage(adviceRequest, NOW);
    expect(applyRiskFloor(base, undefined, NOW, DEADLINE_MS)).toBe(base);
  });
});
