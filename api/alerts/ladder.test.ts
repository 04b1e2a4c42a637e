import { describe, expect, it } from 'vitest';
import { pakistanTime } from '../../domain/pakistan-time.ts';
import { HARM_SCREENING_MINUTES } from '../../domain/vocabulary.ts';
import { backoffMs, dedupeKey, dueSteps, harmLadder, onShift, type QueueStaff, recipientsFor, type Shift, triggers } from './ladder.ts';

const ladder = { supervisorAfterMs: 15 * 60_000, provincialAfterMs: 30 * 60_000 };
// Monday 2026-11-23 09:30 in Pakistan is 04:30 UTC.
const mondayMorning = Date.UTC(2026, 10, 23, 4, 30);
const queue = { id: 'cpu-peshawar', provinceId: 'khyber-pakhtunkhwa' };
const person = (id: number, role: string, extra: Partial<QueueStaff> = {}): QueueStaff => ({
  id,
  role,
  queueId: role === 'provincial' ? null : 'cpu-peshawar',
  provinceId: 'khyber-pakhtunkhwa',
  disabled: false,
  hasEmail: true,
  ...extra,
});
const staff = [
  person(1, 'officer'),
  person(2, 'officer', { hasEmail: false }),
  person(3, 'supervisor'),
  person(4, 'provincial'),
  person(5, 'officer', { queueId: 'cpu-swat' }),
  person(6, 'provincial', { provinceId: 'punjab' }),
  person(7, 'supervisor', { disabled: true }),
];

describe('Pakistan time', () => {
  it('is UTC+5 with no daylight saving', () => {
    expect(pakistanTime(mondayMorning)).toEqual({ day: 1, minute: 9 * 60 + 30 });
    expect(pakistanTime(Date.UTC(2026, 5, 1, 20, 0))).toEqual({ day: 2, minute: 60 }); // Monday 20:00 UTC is Tuesday 01:00 PKT
  });

  it('puts the early hours of an overnight shift on the day it started', () => {
    const night: Shift = { staffId: 1, days: [1], startMinute: 22 * 60, endMinute: 6 * 60 };
    expect(onShift(night, Date.UTC(2026, 10, 23, 18, 0))).toBe(true); // Mon 23:00
    expect(onShift(night, Date.UTC(2026, 10, 23, 22, 0))).toBe(true); // Tue 03:00
    expect(onShift(night, Date.UTC(2026, 10, 24, 2, 0))).toBe(false); // Tue 07:00
    expect(onShift(night, Date.UTC(2026, 10, 24, 18, 0))).toBe(false); // Tue 23:00, Tuesday not listed
  });
});

describe('who is alerted', () => {
  it('alerts the people on shift now', () => {
    const shifts: Shift[] = [
      { staffId: 2, days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60 },
      { staffId: 1, days: [0, 6], startMinute: 0, endMinute: 1440 },
    ];
    expect(recipientsFor('on_duty', queue, staff, shifts, mondayMorning)).toEqual([2]);
  });

  it('falls back to every active officer and supervisor of the queue with an alert e-mail when nobody is on shift', () => {
    const shifts: Shift[] = [{ staffId: 1, days: [0], startMinute: 0, endMinute: 1440 }];
    expect(recipientsFor('on_duty', queue, staff, shifts, mondayMorning)).toEqual([1, 3]);
    expect(recipientsFor('on_duty', queue, staff, [], mondayMorning)).toEqual([1, 3]);
  });

  it('ignores a disabled account on the list', () => {
    const shifts: Shift[] = [{ staffId: 7, days: [1], startMinute: 0, endMinute: 1440 }];
    expect(recipientsFor('on_duty', queue, staff, shifts, mondayMorning)).toEqual([1, 3]);
  });

  it('climbs to the queue supervisor, then the provincial accounts of its province', () => {
    expect(recipientsFor('supervisor', queue, staff, [], mondayMorning)).toEqual([3]);
    expect(recipientsFor('provincial', queue, staff, [], mondayMorning)).toEqual([4]);
  });
});

describe('what is due', () => {
  const raised = { raisedAt: mondayMorning, stepsDone: 0, acknowledgedAt: null, closed: false };
  it('sends the on-duty step at once, the supervisor after 15 minutes and the provincial body after 30', () => {
    expect(dueSteps(raised, mondayMorning, ladder)).toEqual(['on_duty']);
    expect(dueSteps({ ...raised, stepsDone: 1 }, mondayMorning + 14 * 60_000, ladder)).toEqual([]);
    expect(dueSteps({ ...raised, stepsDone: 1 }, mondayMorning + 15 * 60_000, ladder)).toEqual(['supervisor']);
    expect(dueSteps({ ...raised, stepsDone: 2 }, mondayMorning + 30 * 60_000, ladder)).toEqual(['provincial']);
    expect(dueSteps({ ...raised, stepsDone: 3 }, mondayMorning + 300 * 60_000, ladder)).toEqual([]);
  });

  it('catches up every step missed while the server was down', () => {
    expect(dueSteps(raised, mondayMorning + 45 * 60_000, ladder)).toEqual(['on_duty', 'supervisor', 'provincial']);
  });

  it('stops at an acknowledgement or a closure', () => {
    expect(dueSteps({ ...raised, stepsDone: 1, acknowledgedAt: mondayMorning + 60_000 }, mondayMorning + 40 * 60_000, ladder)).toEqual([]);
    expect(dueSteps({ ...raised, stepsDone: 1, closed: true }, mondayMorning + 40 * 60_000, ladder)).toEqual([]);
  });
});

describe('when a report calls for an alert', () => {
  const hour = 3_600_000;
  it('alerts an open P1 at once and any report left unscreened past the deadline', () => {
    expect(triggers({ priority: 'P1', status: 'new', createdAt: 0, screenedAt: null }, 1000, hour)).toEqual(['p1']);
    expect(triggers({ priority: 'P3', status: 'new', createdAt: 0, screenedAt: null }, hour - 1, hour)).toEqual([]);
    expect(triggers({ priority: 'P3', status: 'new', createdAt: 0, screenedAt: null }, hour, hour)).toEqual(['unscreened']);
    expect(triggers({ priority: 'P3', status: 'new', createdAt: 0, screenedAt: 10 }, 2 * hour, hour)).toEqual([]);
    expect(triggers({ priority: 'P1', status: 'closed', createdAt: 0, screenedAt: null }, 2 * hour, hour)).toEqual([]);
    // A P1 is already alerted and climbing: no second alert for the same report.
    expect(triggers({ priority: 'P1', status: 'new', createdAt: 0, screenedAt: null }, 2 * hour, hour)).toEqual(['p1']);
  });

  it('alerts a report whose text shows harm at once while unscreened, never also as unscreened, and a P1 as a P1', () => {
    expect(triggers({ priority: 'P2', status: 'new', createdAt: 0, screenedAt: null, harm: true }, 1000, hour)).toEqual(['harm']);
    expect(triggers({ priority: 'P2', status: 'new', createdAt: 0, screenedAt: null, harm: true }, 2 * hour, hour)).toEqual(['harm']);
    expect(triggers({ priority: 'P2', status: 'new', createdAt: 0, screenedAt: 5, harm: true }, 1000, hour)).toEqual([]);
    expect(triggers({ priority: 'P1', status: 'new', createdAt: 0, screenedAt: null, harm: true }, 1000, hour)).toEqual(['p1']);
  });

  it('climbs a harm alert at the harm screening deadline, then the P1 interval later', () => {
    expect(harmLadder(ladder)).toEqual({
      supervisorAfterMs: HARM_SCREENING_MINUTES * 60_000,
      provincialAfterMs: (HARM_SCREENING_MINUTES + 15) * 60_000,
    });
    const slow = { supervisorAfterMs: 20 * 60_000, provincialAfterMs: 50 * 60_000 };
    expect(harmLadder(slow)).toEqual({
      supervisorAfterMs: HARM_SCREENING_MINUTES * 60_000,
      provincialAfterMs: (HARM_SCREENING_MINUTES + 30) * 60_000,
    });
  });
});

describe('delivery', () => {
  it('backs off from 5 seconds to at most 10 minutes', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5000, 10000, 20000, 40000]);
    expect(backoffMs(30)).toBe(600_000);
  });
  it('keys a delivery by alert, step, channel and recipient', () => {
    expect(dedupeKey(7, 'supervisor', 'email', 3)).toBe('7:supervisor:email:3');
    expect(dedupeKey(7, 'supervisor', 'webhook', null)).toBe('7:supervisor:webhook:-');
  });
});
