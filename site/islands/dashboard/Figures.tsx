import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../../domain/format.ts';
import type { Lang } from '../../../domain/languages.ts';
import { PRIORITIES, REFERRAL_STATUSES } from '../../../domain/vocabulary.ts';
import type { DashboardFigures, DayRange } from '../api/types.ts';
import { CaseFigures } from './CaseFigures.tsx';
import { BarFigure, Bars, Chart, Columns, Legend, StackedBars } from './Charts.tsx';
import { dayLabel } from './format.ts';
import { AlertsTable, MediansTable, ScreeningOutcomeTable, ScreeningTable } from './Tables.tsx';

/** Every figure for the range: each chart followed by its table, then the CSV exports of the same range. */
export function Figures({ figures: f, range, locale }: { figures: DashboardFigures; range: DayRange; locale: Lang }) {
  const { t } = useTranslation(['dashboard', 'report', 'staff']);
  const nf = useMemo(() => numberFormat(locale), [locale]);
  const pf = useMemo(() => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), [locale]);
  const day = (d: string) => dayLabel(d, locale);
  const exportQuery = new URLSearchParams({ from: range.from, to: range.to, lang: locale });
  return (
    <>
      <Chart
        id="per-day"
        title={t('chart.perDay')}
        empty={f.total === 0 ? t('chart.empty') : null}
        chart={
          <>
            <Legend label={t('chart.legend')} items={PRIORITIES.map((p) => ({ key: p, label: t(`staff:priority.${p}`) }))} />
            <Columns
              rows={f.perDay.map((d) => ({ key: d.day, label: day(d.day), segments: PRIORITIES.map((p) => ({ key: p, value: d[p] })) }))}
              format={(n) => nf.format(n)}
            />
          </>
        }
        table={
          <>
            <thead>
              <tr>
                <th scope="col">{t('col.day')}</th>
                {PRIORITIES.map((p) => (
                  <th key={p} scope="col">
                    {t(`staff:priority.${p}`)}
                  </th>
                ))}
                <th scope="col">{t('col.total')}</th>
              </tr>
            </thead>
            <tbody>
              {f.perDay.map((d) => (
                <tr key={d.day} data-key={d.day}>
                  <th scope="row">{day(d.day)}</th>
                  {PRIORITIES.map((p) => (
                    <td key={p}>{nf.format(d[p])}</td>
                  ))}
                  <td>{nf.format(PRIORITIES.reduce((s, p) => s + d[p], 0))}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      />
      <BarFigure
        id="by-category"
        title={t('chart.byCategory')}
        labelHeading={t('col.category')}
        valueHeading={t('col.reports')}
        format={(n) => nf.format(n)}
        empty={t('chart.empty')}
        rows={f.byCategory.map((c) => ({
          key: c.category,
          label: t(`report:category.${c.category}`, { defaultValue: c.category }),
          value: c.count,
        }))}
      />
      <BarFigure
        id="by-district"
        title={t('chart.byDistrict')}
        labelHeading={t('col.district')}
        valueHeading={t('col.reports')}
        format={(n) => nf.format(n)}
        empty={t('chart.empty')}
        rows={f.byDistrict.map((d) => ({ key: `${d.province}/${d.district}`, label: d.name?.[locale] ?? d.district, value: d.count }))}
      />
      <BarFigure
        id="open-by-age"
        title={t('chart.openByAge')}
        labelHeading={t('col.age')}
        valueHeading={t('col.reports')}
        format={(n) => nf.format(n)}
        empty={null}
        rows={f.openByAge.map((a) => ({ key: a.bucket, label: t(`age.${a.bucket}`), value: a.count }))}
      />
      <Chart
        id="sla"
        title={t('chart.sla')}
        empty={null}
        chart={
          <Bars
            max={1}
            rows={f.sla.map((s) => ({
              key: s.priority,
              label: t(`staff:priority.${s.priority}`),
              value: s.share ?? 0,
              text: s.share === null ? '–' : pf.format(s.share),
            }))}
          />
        }
        table={
          <>
            <thead>
              <tr>
                <th scope="col">{t('col.priority')}</th>
                <th scope="col">{t('col.met')}</th>
                <th scope="col">{t('col.missed')}</th>
                <th scope="col">{t('col.pending')}</th>
                <th scope="col">{t('col.share')}</th>
              </tr>
            </thead>
            <tbody>
              {f.sla.map((s) => (
                <tr key={s.priority} data-key={s.priority}>
                  <th scope="row">{t(`staff:priority.${s.priority}`)}</th>
                  <td>{nf.format(s.met)}</td>
                  <td>{nf.format(s.missed)}</td>
                  <td>{nf.format(s.pending)}</td>
                  <td>{s.share === null ? '–' : pf.format(s.share)}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      />
      <MediansTable medians={f.medians} nf={nf} />
      <CaseFigures cases={f.cases} locale={locale} nf={nf} />
      <AlertsTable alerts={f.alerts} nf={nf} />
      {f.screening && <ScreeningTable screening={f.screening} nf={nf} />}
      {f.screening && <ScreeningOutcomeTable screening={f.screening} nf={nf} />}
      {(f.referralsOverdue ?? 0) > 0 && (
        <p data-testid="referrals-overdue">
          <strong className="app-staff__overdue">{t('referralsOverdue', { count: f.referralsOverdue })}</strong>
        </p>
      )}
      <Chart
        id="referrals"
        title={t('chart.referrals')}
        empty={f.referrals.length === 0 ? t('chart.empty') : null}
        chart={
          <>
            <Legend label={t('chart.legend')} items={REFERRAL_STATUSES.map((s) => ({ key: s, label: t(`staff:referralStatus.${s}`) }))} />
            <StackedBars
              rows={f.referrals.map((r) => ({
                key: r.service,
                label: t(`staff:service.${r.service}`, { defaultValue: r.service }),
                segments: REFERRAL_STATUSES.map((s) => ({ key: s, value: r[s] })),
              }))}
              format={(n) => nf.format(n)}
            />
          </>
        }
        table={
          <>
            <thead>
              <tr>
                <th scope="col">{t('col.service')}</th>
                {REFERRAL_STATUSES.map((s) => (
                  <th key={s} scope="col">
                    {t(`staff:referralStatus.${s}`)}
                  </th>
                ))}
                <th scope="col">{t('col.total')}</th>
              </tr>
            </thead>
            <tbody>
              {f.referrals.map((r) => (
                <tr key={r.service} data-key={r.service}>
                  <th scope="row">{t(`staff:service.${r.service}`, { defaultValue: r.service })}</th>
                  {REFERRAL_STATUSES.map((s) => (
                    <td key={s}>{nf.format(r[s])}</td>
                  ))}
                  <td>{nf.format(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      />
      <section className="app-dashboard__export" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <p>{t('export.note')}</p>
        <ul>
          <li>
            <a href={`/api/staff/export/reports.csv?${exportQuery}`} download>
              {t('export.reports')}
            </a>
          </li>
          <li>
            <a href={`/api/staff/export/aggregates.csv?${exportQuery}`} download>
              {t('export.aggregates')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
