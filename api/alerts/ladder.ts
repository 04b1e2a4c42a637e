// The escalation ladder as pure functions of report state, on-duty list and clock: what is due now, and to whom.
// The worker (worker.ts) only reads the database, asks these functions, and writes what they answer.

import { pakistanTime } from '../../domain/pakistan-time.ts';
import { HARM_SCREENING_MINUTES } from '../../domain/vocabulary.ts';

export const STEPS = ['on_duty', 'supervisor', 'provincial'] as const;
export type Step = (typeof STEPS)[number];
/** p1: a P1 report; harm: its text shows harm but it is not P1; unscreened: past the screening deadline. */
export type AlertKind = 'p1' | 'harm' | 'unscreened';

export interface Shift {
  staffId: number;
  /** Weekdays in Pakistan time, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes after midnight, Pakistan time. An end at or before the start runs past midnight. */
  startMinute: number;
  endMinute: number;
}

export interface Ladder {
  supervisorAfterMs: number;
  provincialAfterMs: number;
}

export function onShift(shift: Shift, now: number): boolean {
  const { day, minute } = pakistanTime(now);
  const { startMinute: start, endMinute: end } = shift;
  if (start < end) return shift.days.includes(day) && minute >= start && minute < end;
  // Overnight: the evening part belongs to the listed day, the early-morning part to the day before.
  if (minute >= start) return shift.days.includes(day);
  return minute < end && shift.days.includes((day + 6) % 7);
}

export interface QueueStaff {
  id: number;
  role: string;
  queueId: string | null;
  provinceId: string | null;
  disabled: boolean;
  hasEmail: boolean;
}

/**
 * Who an alert step reaches. on_duty: those on shift now; with no list, or nobody on shift, every active officer
 * and supervisor of the queue who has an alert e-mail (the contract's fallback). supervisor: the queue's active
 * supervisors. provincial: the active provincial accounts of the queue's province.
 */
export function recipientsFor(
  step: Step,
  queue: { id: string; provinceId: string | null },
  staff: QueueStaff[],
  shifts: Shift[],
  now: number,
): number[] {
  const active = staff.filter((s) => !s.disabled);
  const ids = (list: QueueStaff[]) => [...new Set(list.map((s) => s.id))].sort((a, b) => a - b);
  if (step === 'on_duty') {
    const activeIds = new Set(active.filter((s) => s.queueId === queue.id).map((s) => s.id));
    const onNow = shifts.filter((sh) => activeIds.has(sh.staffId) && onShift(sh, now)).map((sh) => sh.staffId);
    if (onNow.length) return [...new Set(onNow)].sort((a, b) => a - b);
    return ids(active.filter((s) => s.queueId === queue.id && (s.role === 'officer' || s.role === 'supervisor') && s.hasEmail));
  }
  if (step === 'supervisor') return ids(active.filter((s) => s.queueId === queue.id && s.role === 'supervisor'));
  return queue.provinceId ? ids(active.filter((s) => s.role === 'provincial' && s.provinceId === queue.provinceId)) : [];
}

/**
 * The ladder a harm alert climbs: the P1 ladder's steps, its first climb at the harm screening deadline
 * (HARM_SCREENING_MINUTES) and the next the same interval after, as P1's are.
 */
export function harmLadder(ladder: Ladder): Ladder {
  const supervisorAfterMs = HARM_SCREENING_MINUTES * 60_000;
  return { supervisorAfterMs, provincialAfterMs: supervisorAfterMs + (ladder.provincialAfterMs - ladder.supervisorAfterMs) };
}

/** When each step falls due, from the moment the alert was raised. */
export function stepTimes(raisedAt: number, ladder: Ladder): Record<Step, number> {
  return { on_duty: raisedAt, supervisor: raisedAt + ladder.supervisorAfterMs, provincial: raisedAt + ladder.provincialAfterMs };
}

export interface AlertState {
  raisedAt: number;
  /** How many steps were already sent (0 … 3). */
  stepsDone: number;
  acknowledgedAt: number | null;
  /** The report was closed: nothing more to climb. */
  closed: boolean;
}

/** The steps due now and not yet sent, in order. An acknowledged or closed alert has none. */
export function dueSteps(alert: AlertState, now: number, ladder: Ladder): Step[] {
  if (alert.acknowledgedAt !== null || alert.closed) return [];
  const times = stepTimes(alert.raisedAt, ladder);
  return STEPS.slice(alert.stepsDone).filter((s) => times[s] <= now);
}

export interface ReportState {
  priority: string;
  status: string;
  createdAt: number;
  screenedAt: number | null;
  /** Its text shows harm (api/triage/harm.ts showsHarm). */
  harm?: boolean;
}

/**
 * The alerts a report calls for now: P1 while open; a report whose text shows harm at once while unscreened; any
 * other report left unscreened past the screening deadline.
 */
export function triggers(report: ReportState, now: number, screeningDeadlineMs: number): AlertKind[] {
  if (report.status === 'closed') return [];
  // A P1 has its own alert and ladder already: a second, "unscreened" one would only repeat it; so has a harm alert.
  if (report.priority === 'P1') return ['p1'];
  if (report.harm) return report.screenedAt === null ? ['harm'] : [];
  return report.screenedAt === null && report.createdAt + screeningDeadlineMs <= now ? ['unscreened'] : [];
}

/** Retry delay after the n-th failed delivery: 5 s doubling to at most 10 minutes, so a mail server back up is used soon. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 600_000);
}

/** The key that makes one step to one recipient on one channel impossible to queue twice. */
export function dedupeKey(alertId: number, step: Step, channel: 'email' | 'webhook', staffId: number | null): string {
  return `${alertId}:${step}:${channel}:${staffId ?? '-'}`;
}
