// The on-duty list's pure parts: times of day as the console writes them ("HH:MM", Pakistan time; "24:00" ends
// a shift at midnight), who may keep a queue's list, and how a waiting alert is told to a console that opens late.
import type { StaffUser } from '../../db/schema.ts';
import type { Step } from './ladder.ts';

/** "HH:MM" from 00:00 to 24:00. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const toMinute = (s: string): number => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
export const toTime = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A queue's on-duty list is kept by its supervisors and by admins. */
export function mayKeepList(user: Pick<StaffUser, 'role' | 'queueId'>, queueId: string): boolean {
  return user.role === 'admin' || (user.role === 'supervisor' && user.queueId === queueId);
}

/** The weekdays of a shift as stored: each once, in order. */
export const shiftDays = (days: number[]): string => JSON.stringify([...new Set(days)].sort());

/** The ladder step an alert has reached, from the number of steps done. */
export const stepReached = (stepsDone: number): Step => (stepsDone >= 3 ? 'provincial' : stepsDone === 2 ? 'supervisor' : 'on_duty');

/** The `alert` event for an alert still waiting when a console opens: ids and labels only, as the worker sends them. */
export function waitingAlertEvent(w: {
  reference: string;
  queue: string;
  priority: string;
  reasons: string;
  kind: string;
  raisedAt: number;
  steps: number;
}) {
  const ids = (JSON.parse(w.reasons) as { id: string }[]).map((r) => r.id);
  return {
    reference: w.reference,
    queue: w.queue,
    priority: w.priority,
    reasons: w.kind === 'unscreened' || w.kind === 'harm' ? [w.kind, ...ids] : ids,
    step: stepReached(w.steps),
    at: new Date(w.raisedAt).toISOString(),
  };
}
