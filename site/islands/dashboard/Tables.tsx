// The dashboard's figures that are times and counts, not shares: shown as tables only.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { HARM_SCREENING_MINUTES } from '../../../domain/vocabulary.ts';
import type { DashboardFigures } from '../api/types.ts';
import { duration } from './format.ts';

/** A median time and how many it is of. */
export interface Median {
  medianMs: number | null;
  n: number;
}

/** A table of median times, one row per measure (its label is `median.<key>`), with how many each median is of. */
export function MediansSection({
  id,
  medians,
  nf,
}: {
  /** Names the section (`chart.<id>`, `data-chart`); the heading's id is `chart-<kebab id>`. */
  id: string;
  medians: Readonly<Record<string, Median>>;
  nf: Intl.NumberFormat;
}) {
  const { t } = useTranslation('dashboard');
  const chart = id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const headingId = `chart-${chart}`;
  return (
    <section className="app-chart" aria-labelledby={headingId} data-chart={chart}>
      <h2 id={headingId}>{t(`chart.${id}`)}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col.measure')}</th>
            <th scope="col">{t('col.median')}</th>
            <th scope="col">{t('col.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(medians).map(([k, m]) => (
            <tr key={k} data-key={k}>
              <th scope="row">{t(`median.${k}`)}</th>
              <td>{duration(m.medianMs, t as unknown as TFunction, nf)}</td>
              <td>{nf.format(m.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Median time to first action and to closure, with how many reports each median is of. */
export function MediansTable({ medians, nf }: { medians: DashboardFigures['medians']; nf: Intl.NumberFormat }) {
  return <MediansSection id="medians" medians={{ firstAction: medians.firstAction, closure: medians.closure }} nf={nf} />;
}

/** P1 alerts per priority: how many, the median time to acknowledge, how many escalated. */
export function AlertsTable({ alerts, nf }: { alerts: DashboardFigures['alerts']; nf: Intl.NumberFormat }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="app-chart" aria-labelledby="chart-alerts" data-chart="alerts">
      <h2 id="chart-alerts">{t('chart.alerts')}</h2>
      {!alerts?.length ? (
        <p>{t('chart.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col.priority')}</th>
              <th scope="col">{t('col.alerts')}</th>
              <th scope="col">{t('col.medianAck')}</th>
              <th scope="col">{t('col.escalated')}</th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.priority} data-key={a.priority}>
                <th scope="row">{a.priority}</th>
                <td>{nf.format(a.alerts)}</td>
                <td>{duration(a.medianAckMs ?? null, t as unknown as TFunction, nf)}</td>
                <td>{nf.format(a.escalated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Time to screening per priority: reports in, screened, screened in time, median wait. */
export function ScreeningTable({ screening, nf }: { screening: NonNullable<DashboardFigures['screening']>; nf: Intl.NumberFormat }) {
  const { t } = useTranslation(['dashboard', 'staff']);
  return (
    <section className="app-chart" aria-labelledby="chart-screening" data-chart="screening">
      <h2 id="chart-screening">{t('chart.screening')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col.priority')}</th>
            <th scope="col">{t('col.reports')}</th>
            <th scope="col">{t('col.screened')}</th>
            <th scope="col">{t('col.withinDeadline', { minutes: nf.format(Math.round(screening.deadlineMs / 60_000)) })}</th>
            <th scope="col">{t('col.median')}</th>
            <th scope="col">{t('col.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {screening.byPriority.map((s) => (
            <tr key={s.priority} data-key={s.priority}>
              <th scope="row">{t(`staff:priority.${s.priority}`)}</th>
              <td>{nf.format(s.total)}</td>
              <td>{nf.format(s.screened)}</td>
              <td>{nf.format(s.withinDeadline)}</td>
              <td>{duration(s.medianMs, t as unknown as TFunction, nf)}</td>
              <td>{duration(s.p90Ms, t as unknown as TFunction, nf)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Time to screening per triage outcome (a report counts in each row that applies): screened, median, 9 in 10 within. */
export function ScreeningOutcomeTable({ screening, nf }: { screening: NonNullable<DashboardFigures['screening']>; nf: Intl.NumberFormat }) {
  const { t } = useTranslation('dashboard');
  const d = (ms: number | null) => duration(ms, t as unknown as TFunction, nf);
  return (
    <section className="app-chart" aria-labelledby="chart-screening-outcome" data-chart="screening-outcome">
      <h2 id="chart-screening-outcome">{t('chart.screeningOutcome')}</h2>
      <p>{t('outcome.note')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col.outcome')}</th>
            <th scope="col">{t('col.screened')}</th>
            <th scope="col">{t('col.median')}</th>
            <th scope="col">{t('col.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {screening.byOutcome.map((o) => (
            <tr key={o.outcome} data-key={o.outcome}>
              <th scope="row">{t(`outcome.${o.outcome}`, { minutes: nf.format(HARM_SCREENING_MINUTES) })}</th>
              <td>{nf.format(o.screened)}</td>
              <td>{d(o.medianMs)}</td>
              <td>{d(o.p90Ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
