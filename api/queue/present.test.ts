// The queue answers shaped from rows: screening wait, the order of a province's queues, the figures' zeros.
import { describe, expect, it } from 'vitest';
import { perLang } from '../../domain/languages.ts';
import { queueFigures, screeningOf, summariseQueues } from './present.ts';
import type { FigureRow, OpenCountRow } from './queries.ts';

const now = Date.parse('2026-11-26T12:00:00Z');

describe('screeningOf', () => {
  it('counts whole minutes waited by an open unscreened report', () => {
    expect(screeningOf({ screenedAt: null, createdAt: now - 150_000, status: 'new' }, now)).toEqual({
      unscreened: true,
      screenedAt: null,
      waitingMinutes: 2,
    });
  });
  it('a screened report waits for nobody, and says when it was screened', () => {
    expect(screeningOf({ screenedAt: now - 60_000, createdAt: now - 3_600_000, status: 'assigned' }, now)).toEqual({
      unscreened: false,
      screenedAt: '2026-11-26T11:59:00.000Z',
      waitingMinutes: null,
    });
  });
  it('a closed report is not waiting, screened or not', () => {
    expect(screeningOf({ screenedAt: null, createdAt: now - 3_600_000, status: 'closed' }, now)).toMatchObject({
      unscreened: false,
      waitingMinutes: null,
    });
  });
});

const row = (id: string, priority: OpenCountRow['priority'], open: number, extra: Partial<OpenCountRow> = {}): OpenCountRow => ({
  id,
  names: perLang(() => id),
  provinceId: 'khyber-pakhtunkhwa',
  districtId: null,
  priority,
  open,
  overdue: 0,
  unscreened: 0,
  reviewsOverdue: 0,
  ...extra,
});

describe('summariseQueues', () => {
  it('adds up each queue, keeps empty queues at zero, and puts the own queue first, then the most open P1s', () => {
    const rows = [
      row('cpu-mardan', 'P1', 1),
      row('cpu-peshawar', 'P1', 3, { overdue: 2, unscreened: 1 }),
      row('cpu-peshawar', 'P3', 4, { overdue: 1, unscreened: 4, reviewsOverdue: 2 }),
      row('cpu-swat', null, 0, { overdue: null as unknown as number, unscreened: null as unknown as number }),
      row('kp-cpwc', 'P2', 5),
    ];
    const list = summariseQueues(rows, [{ queueId: 'cpu-mardan', count: 2 }], 'cpu-swat');
    expect(list.map((q) => q.id)).toEqual(['cpu-swat', 'cpu-peshawar', 'cpu-mardan', 'kp-cpwc']);
    expect(list[0]).toMatchObject({ open: { P1: 0, P2: 0, P3: 0, P4: 0 }, overdue: 0, unscreened: 0, referralsOverdue: 0 });
    expect(list[1]).toMatchObject({ open: { P1: 3, P2: 0, P3: 4, P4: 0 }, overdue: 3, unscreened: 5, reviewsOverdue: 2 });
    expect(list[2]!.referralsOverdue).toBe(2);
  });
});

describe('queueFigures', () => {
  it('answers every queue in scope, zero where it has no reports, and no on-time rate without P1s', () => {
    const rows = [
      { queueId: 'cpu-kohat', open: 3, overdue: 1, p1Waiting: 1, received7: 3, closed7: 0, p1Total: 4, p1OnTime: 3 },
    ] as FigureRow[];
    expect(queueFigures(['cpu-kohat', 'cpu-bannu'], rows, [{ queueId: 'cpu-bannu', count: 1 }])).toEqual([
      { queueId: 'cpu-kohat', open: 3, overdue: 1, p1Waiting: 1, received7: 3, closed7: 0, p1OnTimeRate: 0.75, referralsOverdue: 0 },
      { queueId: 'cpu-bannu', open: 0, overdue: 0, p1Waiting: 0, received7: 0, closed7: 0, p1OnTimeRate: null, referralsOverdue: 1 },
    ]);
  });
});
