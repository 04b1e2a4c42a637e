import { describe, expect, it } from 'vitest';
import { mayKeepList, shiftDays, stepReached, TIME_OF_DAY, toMinute, toTime, waitingAlertEvent } from './on-duty.ts';

describe('times of day', () => {
  it('accepts 00:00 to 24:00 and nothing else', () => {
    for (const ok of ['00:00', '09:30', '23:59', '24:00']) expect(TIME_OF_DAY.test(ok), ok).toBe(true);
    for (const bad of ['24:01', '25:00', '9:30', '12:60', '12:3', ' 12:30', '12:30 ', '']) expect(TIME_OF_DAY.test(bad), bad).toBe(false);
  });

  it('round-trips between "HH:MM" and minutes of the day', () => {
    expect(toMinute('00:00')).toBe(0);
    expect(toMinute('09:30')).toBe(570);
    expect(toMinute('24:00')).toBe(1440);
    for (const m of [0, 5, 570, 1439, 1440]) expect(toMinute(toTime(m))).toBe(m);
    expect(toTime(1440)).toBe('24:00');
  });
});

describe('who keeps the list', () => {
  it("is the queue's own supervisor or an admin", () => {
    expect(mayKeepList({ role: 'supervisor', queueId: 'cpu-swat' }, 'cpu-swat')).toBe(true);
    expect(mayKeepList({ role: 'supervisor', queueId: 'cpu-swat' }, 'cpu-bannu')).toBe(false);
    expect(mayKeepList({ role: 'admin', queueId: null }, 'cpu-bannu')).toBe(true);
    expect(mayKeepList({ role: 'officer', queueId: 'cpu-swat' }, 'cpu-swat')).toBe(false);
    expect(mayKeepList({ role: 'provincial', queueId: null }, 'cpu-swat')).toBe(false);
  });
});

describe('a waiting alert', () => {
  it('stores each weekday once, in order', () => {
    expect(shiftDays([5, 1, 1, 0])).toBe('[0,1,5]');
  });

  it('names the step it reached and carries ids and words made from them only, "unscreened" first for a screening alert', () => {
    expect([0, 1, 2, 3, 4].map(stepReached)).toEqual(['on_duty', 'on_duty', 'supervisor', 'provincial', 'provincial']);
    const row = {
      reference: 'HFZ-1',
      queue: 'cpu-swat',
      priority: 'P2',
      reasons: '[{"id":"abuse.sexual","weight":3}]',
      raisedAt: Date.UTC(2026, 0, 1),
      steps: 2,
    };
    expect(waitingAlertEvent({ ...row, kind: 'unscreened' })).toEqual({
      reference: 'HFZ-1',
      queue: 'cpu-swat',
      priority: 'P2',
      reasons: ['unscreened', 'abuse.sexual'],
      reasonWords: {
        en: ['not screened by anyone past the screening deadline', 'another triage rule'],
        ur: ['جانچ کی آخری مدت گزر گئی، کسی نے نہیں جانچا', 'ترجیح کا کوئی اور قاعدہ'],
      },
      step: 'supervisor',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(waitingAlertEvent({ ...row, kind: 'p1' }).reasons).toEqual(['abuse.sexual']);
  });
});
