// Buckets for waits (first action, closure, screening: an end time minus created_at, in ms), for the dashboard's
// wait histograms (report_wait_daily / report_wait_monthly, kept by the triggers this module writes).
// Whole minutes below 8 minutes, then eight buckets per doubling: a bucket is at most 1/8 of its lower edge wide
// (7.5–15 min at 2 h, 3–6 h at 3 days). The histograms only find the bucket holding the median; its exact value is
// then read from the reports in that one bucket (api/figures/waits.ts), so the dashboard's medians stay exact.
const MINUTE = 60_000;
const SUB = 8;
const LAST_OCTAVE = 24; // waits up to 2^25 minutes (63 years); longer ones share the last bucket
export const LAST_BUCKET = SUB * (LAST_OCTAVE - 2) + SUB - 1;

/** The bucket of a wait in ms (negative waits, from clocks or data fixes, count as under a minute). */
export function bucketOf(ms: number): number {
  const m = Math.trunc(ms / MINUTE);
  if (m < SUB) return Math.max(m, 0);
  const k = 31 - Math.clz32(m); // floor(log2 m), exactly
  if (k > LAST_OCTAVE) return LAST_BUCKET;
  return SUB * (k - 3) + (m >> (k - 3));
}

/** [lo, hi) in ms of a bucket; the first starts at -∞ and the last ends at +∞ (as safe integers). */
export function bucketBounds(b: number): { lo: number; hi: number } {
  if (b < SUB) return { lo: b === 0 ? Number.MIN_SAFE_INTEGER : b * MINUTE, hi: (b + 1) * MINUTE };
  const shift = Math.floor(b / SUB) - 1;
  const q = b - SUB * shift;
  return { lo: (q << shift) * MINUTE, hi: b === LAST_BUCKET ? Number.MAX_SAFE_INTEGER : ((q + 1) << shift) * MINUTE };
}

/** Every bucket with its lowest whole minute (the wait_buckets table the triggers look buckets up in). */
export function bucketRows(): { bucket: number; loMinute: number }[] {
  return Array.from({ length: LAST_BUCKET + 1 }, (_, b) => ({
    bucket: b,
    loMinute: b === 0 ? Number.MIN_SAFE_INTEGER : bucketBounds(b).lo / MINUTE,
  }));
}

/** The same bucket in SQL, for an integer expression `v` in ms: the last bucket starting at or below its minute. */
export function bucketSql(v: string): string {
  return `(SELECT bucket FROM wait_buckets WHERE lo_minute <= (${v}) / ${MINUTE} ORDER BY lo_minute DESC LIMIT 1)`;
}
