// The statistics page's plain parts (no markup): the bars' width classes, and whether a period has anything to show.
import type { PublicStatistics } from '../islands/api/types.ts';

/** Width classes used on this page, e.g. `.app-w-37{inline-size:37%}`; collected while rendering. */
export function widths() {
  const used = new Set<number>();
  return {
    cls: (fraction: number) => {
      const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
      used.add(pct);
      return `app-w-${pct}`;
    },
    css: () =>
      [...used]
        .sort((a, b) => a - b)
        .map((p) => `.app-w-${p}{inline-size:${p}%}`)
        .join(''),
  };
}

/** Nothing but perhaps the period's total survives small-number protection: a sentence says so, not rows of dashes. */
export const tooFew = (f: PublicStatistics) =>
  [
    ...f.reportsPerMonth.map((m) => m.total),
    ...f.reportsByProvince.map((p) => p.count),
    ...f.actedWithinDeadline.map((a) => a.share),
    ...f.medianMinutesToFirstAction.map((m) => m.minutes),
    ...f.referrals.map((r) => r.total),
  ].every((v) => v === null);
