// In-process fan-out for the console's Server-Sent Events: each open /api/staff/events stream registers its
// account and scope; alerts and count changes are pushed to the streams whose scope covers the queue.
export interface Listener {
  staffId: number;
  role: string;
  queueId: string | null;
  provinceId: string | null;
  send(event: string, data: unknown): void;
}

export interface Hub {
  add(listener: Listener): () => void;
  /** To every listener whose scope covers the queue (a P1 arrived, counts changed). */
  toQueue(queue: { id: string; provinceId: string | null }, event: string, data: unknown): number;
  /** To the listed accounts only (an alert escalated to them). */
  toStaff(staffIds: number[], event: string, data: unknown): number;
  size(): number;
  /** Whether any listener's scope covers the queue (nobody watching: nothing to count for it). */
  watches(queue: { id: string; provinceId: string | null }): boolean;
}

export function covers(l: Pick<Listener, 'role' | 'queueId' | 'provinceId'>, queue: { id: string; provinceId: string | null }): boolean {
  if (l.role === 'provincial') return l.provinceId !== null && l.provinceId === queue.provinceId;
  return l.queueId === queue.id;
}

export function createHub(): Hub {
  const listeners = new Set<Listener>();
  const deliver = (targets: Listener[], event: string, data: unknown) => {
    for (const l of targets) {
      try {
        l.send(event, data);
      } catch {
        listeners.delete(l);
      }
    }
    return targets.length;
  };
  return {
    add(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toQueue: (queue, event, data) =>
      deliver(
        [...listeners].filter((l) => covers(l, queue)),
        event,
        data,
      ),
    toStaff: (ids, event, data) =>
      deliver(
        [...listeners].filter((l) => ids.includes(l.staffId)),
        event,
        data,
      ),
    size: () => listeners.size,
    watches: (queue) => [...listeners].some((l) => covers(l, queue)),
  };
}
