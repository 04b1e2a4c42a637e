// Supervisor dashboard: figures from /api/staff/dashboard drawn as plain HTML/CSS bar charts.
// Why no chart library: every figure here is a bar chart over a few categories or days; CSS bars sized with
// logical properties mirror themselves for Urdu, use the page's own fonts and bidi, weigh nothing, and the
// real content for assistive technology is the table that follows each chart (the bars are aria-hidden).
import { useCallback, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../locales/index.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';
import { formatShortDate, numberFormat } from '../../domain/format.ts';
import { PRIORITIES, REFERRAL_STATUSES } from '../../domain/vocabulary.ts';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

type Priority = (typeof PRIORITIES)[number];

interface Figures {
  scope: { kind: 'queue' | 'province'; id: string; name: Record<Locale, string> | null };
  range: { from: string; to: string };
  total: number;
  perDay: ({ day: string } & Record<Priority, number>)[];
  byCategory: { category: string; count: number }[];
  byDistrict: { province: string; district: string; name: Record<Locale, string> | null; count: number }[];
  openByAge: { bucket: string; count: number }[];
  sla: { priority: Priority; total: number; met: number; missed: number; pending: number; share: number | null }[];
  medians: Record<'firstAction' | 'closure', { n: number; medianMs: number | null }>;
  alerts?: { priority: string; alerts: number; acknowledged: number; medianAckMs: number | null; escalated: number }[];
  screening?: { deadlineMs: number; byPriority: { priority: Priority; total: number; screened: number; withinDeadline: number; medianMs: number | null }[] };
  referrals: ({ service: string; total: number } & Record<(typeof REFERRAL_STATUSES)[number], number>)[];
  /** Referrals waiting on a desk past the report's priority deadline, now. */
  referralsOverdue?: number;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string; status: number } | { kind: 'ready'; figures: Figures };

export default function Dashboard(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Board locale={props.locale} />
    </I18nextProvider>
  );
}

function initialRange(): { from: string; to: string } {
  const q = new URLSearchParams(window.location.search);
  return { from: q.get('from') ?? '', to: q.get('to') ?? '' };
}

function Board({ locale }: { locale: Locale }) {
  const { t } = useTranslation(['dashboard', 'report', 'api', 'staff']);
  const [range, setRange] = useState(initialRange);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const nf = useMemo(() => numberFormat(locale), [locale]);
  const pf = useMemo(() => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), [locale]);
  const df = useMemo(() => ({ format: (d: string | Date) => formatShortDate(d, locale) }), [locale]);
  const day = (d: string) => df.format(new Date(`${d}T00:00:00Z`));

  const load = useCallback(
    async (r: { from: string; to: string }) => {
      setState({ kind: 'loading' });
      const q = new URLSearchParams();
      if (r.from) q.set('from', r.from);
      if (r.to) q.set('to', r.to);
      try {
        const res = await fetch(`/api/staff/dashboard?${q}`, { headers: { 'accept-language': locale } });
        if (res.ok) {
          const figures = (await res.json()) as Figures;
          setRange(figures.range);
          setState({ kind: 'ready', figures });
          return;
        }
        const body = (await res.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null;
        const message =
          res.status === 401 ? t('page.signedOut') : res.status === 403 ? t('page.forbidden') : (Object.values(body?.error?.fields ?? {})[0] ?? body?.error?.message ?? t('page.failed'));
        setState({ kind: 'error', message, status: res.status });
      } catch {
        setState({ kind: 'error', message: t('page.failed'), status: 0 });
      }
    },
    [locale, t],
  );

  useEffect(() => {
    void load(initialRange());
  }, [load]);

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = { from: String(data.get('from') ?? ''), to: String(data.get('to') ?? '') };
    window.history.replaceState(null, '', `?${new URLSearchParams(next)}`);
    void load(next);
  }

  const f = state.kind === 'ready' ? state.figures : null;
  const exportQuery = new URLSearchParams({ from: range.from, to: range.to, lang: locale });

  return (
    <div className="app-dashboard">
      <form className="app-dashboard__filter" method="get" onSubmit={apply}>
        <fieldset>
          <legend>{t('filter.legend')}</legend>
          <div className="app-form__field">
            <label htmlFor="dash-from">{t('filter.from')}</label>
            <input id="dash-from" name="from" type="date" dir="ltr" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} required />
          </div>
          <div className="app-form__field">
            <label htmlFor="dash-to">{t('filter.to')}</label>
            <input id="dash-to" name="to" type="date" dir="ltr" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} required />
          </div>
          <button type="submit">{t('filter.apply')}</button>
        </fieldset>
      </form>

      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p>{t('page.loading')}</p>}
        {state.kind === 'error' && (
          <p role="alert" className="app-form__error">
            {state.message}
          </p>
        )}
        {f && (
          <p className="app-dashboard__summary">
            {f.scope.name && <strong>{t(f.scope.kind === 'queue' ? 'page.scopeQueue' : 'page.scopeProvince', { name: f.scope.name[locale] })}</strong>}{' '}
            {t('page.total', { count: f.total, from: day(f.range.from), to: day(f.range.to) })}
          </p>
        )}
      </div>

      {f && (
        <>
          <Chart id="per-day" title={t('chart.perDay')} empty={f.total === 0 ? t('chart.empty') : null}
            chart={
              <>
                <Legend label={t('chart.legend')} items={PRIORITIES.map((p) => ({ key: p, label: t(`staff:priority.${p}`) }))} />
                <Columns rows={f.perDay.map((d) => ({ key: d.day, label: day(d.day), segments: PRIORITIES.map((p) => ({ key: p, value: d[p] })) }))} format={(n) => nf.format(n)} />
              </>
            }
            table={
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('col.day')}</th>
                    {PRIORITIES.map((p) => <th key={p} scope="col">{t(`staff:priority.${p}`)}</th>)}
                    <th scope="col">{t('col.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.perDay.map((d) => (
                    <tr key={d.day} data-key={d.day}>
                      <th scope="row">{day(d.day)}</th>
                      {PRIORITIES.map((p) => <td key={p}>{nf.format(d[p])}</td>)}
                      <td>{nf.format(PRIORITIES.reduce((s, p) => s + d[p], 0))}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            }
          />
          <BarFigure id="by-category" title={t('chart.byCategory')} labelHeading={t('col.category')} valueHeading={t('col.reports')} format={(n) => nf.format(n)} empty={t('chart.empty')}
            rows={f.byCategory.map((c) => ({ key: c.category, label: t(`report:category.${c.category}`, { defaultValue: c.category }), value: c.count }))} />
          <BarFigure id="by-district" title={t('chart.byDistrict')} labelHeading={t('col.district')} valueHeading={t('col.reports')} format={(n) => nf.format(n)} empty={t('chart.empty')}
            rows={f.byDistrict.map((d) => ({ key: `${d.province}/${d.district}`, label: d.name?.[locale] ?? d.district, value: d.count }))} />
          <BarFigure id="open-by-age" title={t('chart.openByAge')} labelHeading={t('col.age')} valueHeading={t('col.reports')} format={(n) => nf.format(n)} empty={null}
            rows={f.openByAge.map((a) => ({ key: a.bucket, label: t(`age.${a.bucket}`), value: a.count }))} />
          <Chart id="sla" title={t('chart.sla')} empty={null}
            chart={<Bars max={1} rows={f.sla.map((s) => ({ key: s.priority, label: t(`staff:priority.${s.priority}`), value: s.share ?? 0, text: s.share === null ? '–' : pf.format(s.share) }))} />}
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
          <section className="app-chart" aria-labelledby="chart-medians" data-chart="medians">
            <h2 id="chart-medians">{t('chart.medians')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col.measure')}</th>
                  <th scope="col">{t('col.median')}</th>
                  <th scope="col">{t('col.basis')}</th>
                </tr>
              </thead>
              <tbody>
                {(['firstAction', 'closure'] as const).map((k) => (
                  <tr key={k} data-key={k}>
                    <th scope="row">{t(`median.${k}`)}</th>
                    <td>{duration(f.medians[k].medianMs, t as unknown as TFunction, nf)}</td>
                    <td>{nf.format(f.medians[k].n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="app-chart" aria-labelledby="chart-alerts" data-chart="alerts">
            <h2 id="chart-alerts">{t('chart.alerts')}</h2>
            {!f.alerts?.length ? (
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
                  {f.alerts.map((a) => (
                    <tr key={a.priority} data-key={a.priority}>
                      <th scope="row">{a.priority}</th>
                      <td>{nf.format(a.alerts)}</td>
                      <td>{duration(a.medianAckMs, t as unknown as TFunction, nf)}</td>
                      <td>{nf.format(a.escalated)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {f.screening && <ScreeningTable screening={f.screening} t={t as unknown as TFunction} nf={nf} />}
          {(f.referralsOverdue ?? 0) > 0 && (
            <p data-testid="referrals-overdue">
              <strong className="app-staff__overdue">{t('referralsOverdue', { count: f.referralsOverdue })}</strong>
            </p>
          )}
          <Chart id="referrals" title={t('chart.referrals')} empty={f.referrals.length === 0 ? t('chart.empty') : null}
            chart={
              <>
                <Legend label={t('chart.legend')} items={REFERRAL_STATUSES.map((s) => ({ key: s, label: t(`staff:referralStatus.${s}`) }))} />
                <StackedBars rows={f.referrals.map((r) => ({ key: r.service, label: t(`staff:service.${r.service}`, { defaultValue: r.service }), segments: REFERRAL_STATUSES.map((s) => ({ key: s, value: r[s] })) }))} format={(n) => nf.format(n)} />
              </>
            }
            table={
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('col.service')}</th>
                    {REFERRAL_STATUSES.map((s) => <th key={s} scope="col">{t(`staff:referralStatus.${s}`)}</th>)}
                    <th scope="col">{t('col.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.referrals.map((r) => (
                    <tr key={r.service} data-key={r.service}>
                      <th scope="row">{t(`staff:service.${r.service}`, { defaultValue: r.service })}</th>
                      {REFERRAL_STATUSES.map((s) => <td key={s}>{nf.format(r[s])}</td>)}
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
              <li><a href={`/api/staff/export/reports.csv?${exportQuery}`} download>{t('export.reports')}</a></li>
              <li><a href={`/api/staff/export/aggregates.csv?${exportQuery}`} download>{t('export.aggregates')}</a></li>
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

/** Time to screening per priority: reports in, screened, screened in time, median wait. */
function ScreeningTable({ screening, t, nf }: { screening: NonNullable<Figures['screening']>; t: TFunction; nf: Intl.NumberFormat }) {
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
          </tr>
        </thead>
        <tbody>
          {screening.byPriority.map((s) => (
            <tr key={s.priority} data-key={s.priority}>
              <th scope="row">{t(`priority.${s.priority}`)}</th>
              <td>{nf.format(s.total)}</td>
              <td>{nf.format(s.screened)}</td>
              <td>{nf.format(s.withinDeadline)}</td>
              <td>{duration(s.medianMs, t, nf)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function duration(ms: number | null, t: TFunction, nf: Intl.NumberFormat): string {
  if (ms === null) return t('median.none');
  const minutes = ms / 60_000;
  if (minutes < 60) return t('duration.minutes', { count: Math.round(minutes) });
  const one = new Intl.NumberFormat(nf.resolvedOptions().locale, { maximumFractionDigits: 1 });
  if (minutes < 48 * 60) return t('duration.hours', { value: one.format(minutes / 60) });
  return t('duration.days', { value: one.format(minutes / 1440) });
}

/** A chart (hidden from assistive technology) followed by its table (the text alternative, visually hidden). */
function Chart(props: { id: string; title: string; chart: ReactNode; table: ReactNode; empty: string | null }) {
  return (
    <section className="app-chart" aria-labelledby={`chart-${props.id}`} data-chart={props.id}>
      <h2 id={`chart-${props.id}`}>{props.title}</h2>
      {props.empty ? (
        <p>{props.empty}</p>
      ) : (
        <>
          <div className="app-chart__plot" aria-hidden="true">
            {props.chart}
          </div>
          <table className="app-u-visually-hidden">
            <caption>{props.title}</caption>
            {props.table}
          </table>
        </>
      )}
    </section>
  );
}

interface BarRow {
  key: string;
  label: string;
  value: number;
  text?: string;
}

function BarFigure(props: { id: string; title: string; labelHeading: string; valueHeading: string; rows: BarRow[]; format: (n: number) => string; empty: string | null }) {
  return (
    <Chart id={props.id} title={props.title} empty={props.rows.length === 0 ? props.empty : null}
      chart={<Bars rows={props.rows.map((r) => ({ ...r, text: props.format(r.value) }))} />}
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{props.labelHeading}</th>
              <th scope="col">{props.valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{props.format(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

/** Horizontal bars growing from the inline start: right to left in Urdu without a line of extra code. */
function Bars({ rows, max }: { rows: BarRow[]; max?: number }) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul className="app-bars">
      {rows.map((r) => (
        <li key={r.key} className="app-bars__row" data-key={r.key}>
          <span className="app-bars__label">{r.label}</span>
          <span className="app-bars__track">
            <span className="app-bars__bar" style={{ inlineSize: `${(r.value / top) * 100}%` }} />
          </span>
          <span className="app-bars__value">{r.text ?? r.value}</span>
        </li>
      ))}
    </ul>
  );
}

interface StackRow {
  key: string;
  label: string;
  segments: { key: string; value: number }[];
}

function StackedBars({ rows, format }: { rows: StackRow[]; format: (n: number) => string }) {
  const top = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  return (
    <ul className="app-bars">
      {rows.map((r) => {
        const total = r.segments.reduce((s, x) => s + x.value, 0);
        return (
          <li key={r.key} className="app-bars__row" data-key={r.key}>
            <span className="app-bars__label">{r.label}</span>
            <span className="app-bars__track">
              {r.segments.map((s) => s.value > 0 && <span key={s.key} className={`app-bars__bar app-series--${s.key}`} style={{ inlineSize: `${(s.value / top) * 100}%` }} />)}
            </span>
            <span className="app-bars__value">{format(total)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** One column per day, stacked by priority; flex order follows the page direction, so Urdu reads the days right to left. */
function Columns({ rows, format }: { rows: StackRow[]; format: (n: number) => string }) {
  const top = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  return (
    <ol className="app-columns">
      {rows.map((r) => {
        const total = r.segments.reduce((s, x) => s + x.value, 0);
        return (
          <li key={r.key} className="app-columns__day" data-key={r.key}>
            <span className="app-columns__value">{total > 0 ? format(total) : ''}</span>
            <span className="app-columns__stack">
              {r.segments.map((s) => s.value > 0 && <span key={s.key} className={`app-columns__segment app-series--${s.key}`} style={{ blockSize: `${(s.value / top) * 100}%` }} />)}
            </span>
            <span className="app-columns__label">{r.label}</span>
          </li>
        );
      })}
    </ol>
  );
}

function Legend({ label, items }: { label: string; items: { key: string; label: string }[] }) {
  return (
    <ul className="app-legend" aria-label={label}>
      {items.map((i) => (
        <li key={i.key}>
          <span className={`app-legend__swatch app-series--${i.key}`} /> {i.label}
        </li>
      ))}
    </ul>
  );
}
