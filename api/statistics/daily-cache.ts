// "Updated daily": the public figures are computed at most once per Pakistan day, whatever readers ask.
import { pktDay } from '../../domain/pakistan-time.ts';

/**
 * "Updated daily": a value is computed at most once per Pakistan day per key and kept in memory (the oldest
 * goes first beyond `max`). Concurrent first requests share one computation.
 */
export function dailyCache<T>(options: { max?: number; now?: () => number } = {}) {
  const max = options.max ?? 64;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { day: string; value: Promise<T> }>();
  return {
    get(key: string, compute: () => Promise<T>): Promise<T> {
      const day = pktDay(now());
      const hit = entries.get(key);
      if (hit && hit.day === day) return hit.value;
      entries.delete(key);
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      const value = compute();
      entries.set(key, { day, value });
      // A failed computation (database busy) is not kept: the next reader tries again.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
