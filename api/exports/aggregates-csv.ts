// The dashboard's figures as one long CSV table: figure, item, detail, value, in the chosen language.

import type { Lang } from '../../domain/languages.ts';
import { PRIORITIES, REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import { getT } from '../../locales/i18n.ts';
import type { dashboard } from '../figures/aggregates.ts';
import { type Cell, toCsv } from './csv.ts';

type Figures = Awaited<ReturnType<typeof dashboard>>;

export function aggregatesCsv(f: Figures, locale: Lang): { csv: string; rows: number } {
  const t = getT(locale, 'dashboard');
  // Vocabulary labels live in the one staff namespace.
  const st = getT(locale, 'staff');
  const tr = getT(locale, 'report');
  const rows: Cell[][] = [[t('export.col.section'), t('export.col.item'), t('export.col.detail'), t('export.col.value')]];
  for (const d of f.perDay) for (const p of PRIORITIES) rows.push([t('chart.perDay'), d.day, st(`priority.${p}`), d[p]]);
  for (const c of f.byCategory) rows.push([t('chart.byCategory'), tr(`category.${c.category}`, { defaultValue: c.category }), '', c.count]);
  for (const d of f.byDistrict) rows.push([t('chart.byDistrict'), d.name?.[locale] ?? d.district, '', d.count]);
  for (const a of f.openByAge) rows.push([t('chart.openByAge'), t(`age.${a.bucket}`), '', a.count]);
  for (const s of f.sla) {
    rows.push([t('chart.sla'), st(`priority.${s.priority}`), t('col.met'), s.met]);
    rows.push([t('chart.sla'), st(`priority.${s.priority}`), t('col.missed'), s.missed]);
    rows.push([t('chart.sla'), st(`priority.${s.priority}`), t('col.pending'), s.pending]);
    rows.push([
      t('chart.sla'),
      st(`priority.${s.priority}`),
      t('export.sharePercent'),
      s.share === null ? null : Math.round(s.share * 1000) / 10,
    ]);
  }
  for (const key of ['firstAction', 'closure'] as const) {
    const m = f.medians[key];
    rows.push([
      t('chart.medians'),
      t(`median.${key}`),
      t('export.hours'),
      m.medianMs === null ? null : Math.round(m.medianMs / 36_000) / 100,
    ]);
    rows.push([t('chart.medians'), t(`median.${key}`), t('col.basis'), m.n]);
  }
  for (const r of f.referrals) {
    for (const s of REFERRAL_STATUSES)
      rows.push([t('chart.referrals'), st(`service.${r.service}`, { defaultValue: r.service }), st(`referralStatus.${s}`), r[s]]);
  }
  return { csv: toCsv(rows), rows: rows.length - 1 };
}
