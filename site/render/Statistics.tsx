// The public statistics page's figures, rendered by the server into the page the build made (why: the page then
// works with JavaScript off, costs one response on a slow paid connection, and the build never needs the server).
// The bars are the staff dashboard's (islands/dashboard/Charts.tsx), each followed by its table; a bar's length is a
// class whose rule goes into the page's <head>, so the page has no inline style and its CSP lists its styles by hash.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Lang } from '../../domain/languages.ts';
import { DEFAULT_LANG, language } from '../../domain/languages.ts';
import { REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import { getT } from '../i18n/index.ts';
import type { PublicStatistics } from '../islands/api/types.ts';
import { Bars, Legend, StackedBars } from '../islands/dashboard/Charts.tsx';
import { tooFew, widths } from './statistics-parts.ts';

type Published = number | null;

export interface StatisticsInput {
  /** What the reader typed in the period form, shown back as it was. */
  query: { from?: string; to?: string };
  figures: PublicStatistics | null;
  errors?: Partial<Record<'from' | 'to', string>>;
}

function Chart({ id, title, plot, children }: { id: string; title: string; plot?: ReactNode; children: ReactNode }) {
  return (
    <section className="app-chart" aria-labelledby={`chart-${id}`} data-chart={id}>
      <h2 id={`chart-${id}`}>{title}</h2>
      {plot && (
        <div className="app-chart__plot" aria-hidden="true">
          {plot}
        </div>
      )}
      {children}
    </section>
  );
}

interface Row {
  key: string;
  head: string;
  cells: Published[];
}

/** A visible table in a scrolling region of its own, so a wide table never makes the page scroll sideways. */
function Table(props: {
  region: string;
  caption: string;
  id: string;
  headings: string[];
  rows: Row[];
  cell: (v: Published) => ReactNode;
  foot?: Row;
}) {
  const line = (r: Row) => (
    <tr key={r.key} data-key={r.key}>
      <th scope="row">{r.head}</th>
      {r.cells.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: cells are columns in a fixed order.
        <Cell key={i} v={v} render={props.cell} />
      ))}
    </tr>
  );
  return (
    // A named section is a region landmark.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
    <section className="app-table-wrap" aria-label={props.region} tabIndex={0} data-table={props.id}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.headings.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.rows.map(line)}</tbody>
        {props.foot && <tfoot>{line(props.foot)}</tfoot>}
      </table>
    </section>
  );
}

const Cell = ({ v, render }: { v: Published; render: (v: Published) => ReactNode }) =>
  v === null ? <td data-hidden="">{render(v)}</td> : <td>{render(v)}</td>;

function duration(minutes: number, t: TFunction, intlTag: string): string {
  if (minutes < 60) return t('duration.minutes', { count: minutes });
  const one = new Intl.NumberFormat(intlTag, { maximumFractionDigits: 1 });
  if (minutes < 48 * 60) return t('duration.hours', { value: one.format(minutes / 60) });
  return t('duration.days', { value: one.format(minutes / 1440) });
}

function Filter({ locale, input, t }: { locale: Lang; input: StatisticsInput; t: TFunction }) {
  const errors = input.errors ?? {};
  // A field in error comes back as text: a date input cannot hold (or show) a date that does not exist.
  const field = (name: 'from' | 'to') => {
    const err = errors[name];
    return (
      <div className="app-form__field">
        <label htmlFor={`stats-${name}`}>{t(`filter.${name}`)}</label>
        {err && (
          <p className="app-form__error" id={`stats-${name}-error`}>
            {err}
          </p>
        )}
        <input
          id={`stats-${name}`}
          type={err ? 'text' : 'date'}
          dir="ltr"
          name={name}
          defaultValue={input.query[name] ?? ''}
          aria-describedby={err ? `stats-${name}-error` : undefined}
          aria-invalid={err ? true : undefined}
        />
      </div>
    );
  };
  const listed = Object.entries(errors) as [string, string][];
  return (
    <>
      {listed.length > 0 && (
        <div className="app-error-summary" role="alert">
          <h2>{t('filter.errorTitle')}</h2>
          <ul>
            {listed.map(([name, msg]) => (
              <li key={name}>
                <a href={`#stats-${name}`}>{msg}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="app-statistics__filter" method="get" action={`/${locale}/statistics/`}>
        <fieldset>
          <legend>{t('filter.legend')}</legend>
          {field('from')}
          {field('to')}
          <button type="submit">{t('filter.apply')}</button>
        </fieldset>
      </form>
    </>
  );
}

function Figures({ locale, figures, w }: { locale: Lang; figures: PublicStatistics; w: ReturnType<typeof widths> }) {
  const t = getT(locale, 'statistics');
  const td = getT(locale, 'dashboard');
  // Priorities, services and referral outcomes are named once, in the staff strings, for the console and here.
  const ts = getT(locale, 'staff');
  const intlTag = language(locale).intl;
  const nf = new Intl.NumberFormat(intlTag);
  const pf = new Intl.NumberFormat(intlTag, { style: 'percent', maximumFractionDigits: 0 });
  const monthName = new Intl.DateTimeFormat(intlTag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dayName = new Intl.DateTimeFormat(intlTag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = (m: string) => monthName.format(new Date(`${m}-01T00:00:00Z`));
  // The scrolling region's name must differ from its section's (landmarks are told apart by name): "… (table)".
  const region = (title: string) => td('chart.table', { title });
  const hidden = (
    <>
      <span aria-hidden="true">–</span>
      <span className="app-u-visually-hidden">{t('page.hidden')}</span>
    </>
  );
  const num = (v: Published) => (v === null ? hidden : nf.format(v));
  const share = (v: Published) => (v === null ? hidden : pf.format(v));
  const nameOf = (id: string) => {
    const name = figures.provinces.find((p) => p.id === id)?.name;
    return name?.[locale] ?? name?.[DEFAULT_LANG] ?? id;
  };
  const priority = (p: string) => ts(`priority.${p}`);
  const service = (s: string) => ts(`service.${s}`, { defaultValue: s });
  const status = (s: string) => ts(`referralStatus.${s}`);
  const range = figures.range;
  if (!range)
    return (
      <p className="app-statistics__summary" data-testid="summary">
        {t('page.noMonths')}
      </p>
    );

  const asOf = dayName.format(new Date(`${figures.asOf}T00:00:00Z`));
  if (tooFew(figures))
    return (
      <p className="app-statistics__summary" data-testid="summary">
        {t('page.summary', { from: month(range.from.slice(0, 7)), to: month(range.to.slice(0, 7)), asOf })}
        <br />
        <strong data-testid="too-few">{t('page.tooFew')}</strong>
      </p>
    );
  const provinces = figures.provinces;
  const topMonth = Math.max(1, ...figures.reportsPerMonth.map((m) => m.total ?? 0));
  const topProvince = Math.max(1, ...figures.reportsByProvince.map((p) => p.count ?? 0));
  const topService = Math.max(1, ...figures.referrals.map((r) => r.total ?? 0));
  return (
    <>
      <p className="app-statistics__summary" data-testid="summary">
        {t('page.summary', { from: month(range.from.slice(0, 7)), to: month(range.to.slice(0, 7)), asOf })}
        <br />
        <strong>
          {t('page.total')} <span data-testid="total">{num(figures.total)}</span>
        </strong>
      </p>
      <Chart
        id="per-month"
        title={t('chart.perMonth')}
        plot={
          <Bars
            rows={figures.reportsPerMonth.map((m) => ({ key: m.month, label: month(m.month), value: m.total, text: num(m.total) }))}
            max={topMonth}
            width={w.cls}
          />
        }
      >
        <Table
          region={region(t('chart.perMonthTable'))}
          caption={t('chart.perMonthTable')}
          id="per-month"
          headings={[t('col.month'), ...provinces.map((p) => nameOf(p.id)), t('col.total')]}
          rows={figures.reportsPerMonth.map((m) => ({
            key: m.month,
            head: month(m.month),
            cells: [...provinces.map((p) => m.byProvince[p.id] ?? null), m.total],
          }))}
          cell={num}
          foot={{ key: 'total', head: t('col.total'), cells: [...figures.reportsByProvince.map((p) => p.count), figures.total] }}
        />
      </Chart>
      <Chart
        id="by-province"
        title={t('chart.byProvince')}
        plot={
          <Bars
            rows={figures.reportsByProvince.map((p) => ({
              key: p.province,
              label: nameOf(p.province),
              value: p.count,
              text: num(p.count),
            }))}
            max={topProvince}
            width={w.cls}
          />
        }
      >
        <Table
          region={region(t('chart.byProvince'))}
          caption={t('chart.byProvince')}
          id="by-province"
          headings={[t('col.province'), t('col.reports')]}
          rows={figures.reportsByProvince.map((p) => ({ key: p.province, head: nameOf(p.province), cells: [p.count] }))}
          cell={num}
        />
      </Chart>
      <Chart
        id="sla"
        title={t('chart.sla')}
        plot={
          <>
            <p>{t('chart.slaNote')}</p>
            <Bars
              rows={figures.actedWithinDeadline.map((s) => ({
                key: s.priority,
                label: priority(s.priority),
                value: s.share,
                text: share(s.share),
              }))}
              max={1}
              width={w.cls}
            />
          </>
        }
      >
        <Table
          region={region(t('chart.sla'))}
          caption={t('chart.sla')}
          id="sla"
          headings={[t('col.priority'), t('col.share')]}
          rows={figures.actedWithinDeadline.map((s) => ({ key: s.priority, head: priority(s.priority), cells: [s.share] }))}
          cell={share}
        />
      </Chart>
      {/* A duration per row reads better than a bar: a table only. */}
      <Chart id="medians" title={t('chart.medians')}>
        <Table
          region={region(t('chart.medians'))}
          caption={t('chart.medians')}
          id="medians"
          headings={[t('col.priority'), t('col.median')]}
          rows={figures.medianMinutesToFirstAction.map((m) => ({
            key: m.priority,
            head: m.priority === 'all' ? t('col.all') : priority(m.priority),
            cells: [m.minutes],
          }))}
          cell={(v) => (v === null ? hidden : duration(v, td, intlTag))}
        />
      </Chart>
      <Chart
        id="referrals"
        title={t('chart.referrals')}
        plot={
          <>
            <Legend label={t('chart.legend')} items={REFERRAL_STATUSES.map((s) => ({ key: s, label: status(s) }))} />
            <StackedBars
              rows={figures.referrals.map((r) => ({
                key: r.service,
                label: service(r.service),
                segments: REFERRAL_STATUSES.map((s) => ({ key: s, value: r[s] ?? 0 })),
                text: num(r.total),
              }))}
              format={(n) => nf.format(n)}
              max={topService}
              width={w.cls}
            />
          </>
        }
      >
        <Table
          region={region(t('chart.referrals'))}
          caption={t('chart.referrals')}
          id="referrals"
          headings={[t('col.service'), ...REFERRAL_STATUSES.map(status), t('col.total')]}
          rows={figures.referrals.map((r) => ({
            key: r.service,
            head: service(r.service),
            cells: [...REFERRAL_STATUSES.map((s) => r[s]), r.total],
          }))}
          cell={num}
          foot={{
            key: 'total',
            head: t('col.total'),
            cells: [...REFERRAL_STATUSES.map((s) => figures.referralTotals[s]), figures.referralTotals.total],
          }}
        />
      </Chart>
    </>
  );
}

function Download({ figures, t }: { figures: PublicStatistics; t: TFunction }) {
  const q = new URLSearchParams();
  if (figures.range) {
    q.set('from', figures.range.from);
    q.set('to', figures.range.to);
  }
  return (
    <section aria-labelledby="statistics-data">
      <h2 id="statistics-data">{t('page.downloadTitle')}</h2>
      <p>
        <a href={`/api/statistics${q.size ? `?${q}` : ''}`} data-testid="json">
          {t('page.download')}
        </a>
      </p>
    </section>
  );
}

/** The period form and, when the period was good, the figures; `head` holds the bars' width rules. */
export function statisticsMarkup(locale: Lang, input: StatisticsInput): { head: string; body: string } {
  const t = getT(locale, 'statistics');
  const w = widths();
  const figures = input.figures;
  const body = renderToStaticMarkup(
    <>
      <Filter locale={locale} input={input} t={t} />
      {figures && (
        <>
          {!(figures.range && tooFew(figures)) && <p>{t('page.hiddenNote')}</p>}
          <Figures locale={locale} figures={figures} w={w} />
          <Download figures={figures} t={t} />
        </>
      )}
    </>,
  );
  const css = w.css();
  return { head: css ? `<style>${css}</style>` : '', body };
}
