// The public statistics page, rendered by the server into the page the Astro build made (site/pages/[lang]/statistics/).
//
// Why server-rendered rather than fetched by a script: the page then works with JavaScript off (like every public
// page here), costs one HTML response on a slow paid connection (no script, no second request), and the build
// never needs the server. The figures are computed at most once a day (see routes.ts); rendering them is string
// building. The built page carries a fallback (a link to the JSON) between two markers, replaced here.
// Charts are the staff dashboard's HTML/CSS bars (site/styles/charts.css), each followed by its table; a bar's
// length is a class whose rule goes into the page's <head>, so the page needs no inline style attributes and its
// Content-Security-Policy can list the one stylesheet by hash.
import type { TFunction } from 'i18next';
import { DEFAULT_LANG, language } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';
import { REFERRAL_STATUSES } from '../figures/aggregates.ts';
import { escapeHtml as e } from '../reports/html.ts';
import type { PublicStatistics } from './figures.ts';
import type { Published } from './suppression.ts';

export const SLOT_START = '<!--statistics:start-->';
export const SLOT_END = '<!--statistics:end-->';

export interface PageInput {
  locale: Locale;
  /** What the reader typed in the period form, shown back as it was. */
  query: { from?: string; to?: string };
  figures: PublicStatistics | null;
  errors?: Partial<Record<'from' | 'to', string>>;
}

/** Width classes used on this page, e.g. `.app-w-37{inline-size:37%}`; collected while rendering. */
class Widths {
  private used = new Set<number>();
  cls(fraction: number): string {
    const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
    this.used.add(pct);
    return `app-w-${pct}`;
  }
  css(): string {
    return [...this.used]
      .sort((a, b) => a - b)
      .map((p) => `.app-w-${p}{inline-size:${p}%}`)
      .join('');
  }
}

export function renderStatistics(input: PageInput): { head: string; body: string } {
  const { locale, figures } = input;
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
  const widths = new Widths();
  const regionName = (title: string) => td('chart.table', { title });
  const hiddenText = `<span aria-hidden="true">–</span><span class="app-u-visually-hidden">${e(t('page.hidden'))}</span>`;
  const num = (v: Published) => (v === null ? hiddenText : e(nf.format(v)));
  const cell = (v: Published) => (v === null ? `<td data-hidden="">${hiddenText}</td>` : `<td>${e(nf.format(v))}</td>`);
  const provinceName = (id: string) => figures?.provinces.find((p) => p.id === id)?.name;
  const nameOf = (id: string) => {
    const name = provinceName(id);
    return name?.[locale] ?? name?.[DEFAULT_LANG] ?? id;
  };

  const parts: string[] = [filterForm(input, t)];
  if (!figures) return { head: '', body: parts.join('') };

  parts.push(`<p>${e(t('page.hiddenNote'))}</p>`);
  if (!figures.range) {
    parts.push(`<p class="app-statistics__summary" data-testid="summary">${e(t('page.noMonths'))}</p>`);
  } else {
    const asOf = dayName.format(new Date(`${figures.asOf}T00:00:00Z`));
    parts.push(
      `<p class="app-statistics__summary" data-testid="summary">${e(t('page.summary', { from: month(figures.range.from.slice(0, 7)), to: month(figures.range.to.slice(0, 7)), asOf }))}<br>` +
        `<strong>${e(t('page.total'))} <span data-testid="total">${num(figures.total)}</span></strong></p>`,
    );
    const provinces = figures.provinces;

    // 1. Reports per month: bars of the month's total, then the month × province table.
    const topMonth = Math.max(1, ...figures.reportsPerMonth.map((m) => m.total ?? 0));
    parts.push(
      chart(
        'per-month',
        t('chart.perMonth'),
        bars(
          figures.reportsPerMonth.map((m) => ({ key: m.month, label: month(m.month), value: m.total, max: topMonth })),
          widths,
          num,
        ),
        table(
          regionName,
          t('chart.perMonthTable'),
          'per-month',
          [t('col.month'), ...provinces.map((p) => nameOf(p.id)), t('col.total')],
          figures.reportsPerMonth.map((m) => ({
            key: m.month,
            head: month(m.month),
            cells: [...provinces.map((p) => m.byProvince[p.id] ?? null), m.total],
          })),
          cell,
          { head: t('col.total'), cells: [...figures.reportsByProvince.map((p) => p.count), figures.total] },
        ),
      ),
    );

    // 2. Reports by province over the period.
    const topProvince = Math.max(1, ...figures.reportsByProvince.map((p) => p.count ?? 0));
    parts.push(
      chart(
        'by-province',
        t('chart.byProvince'),
        bars(
          figures.reportsByProvince.map((p) => ({ key: p.province, label: nameOf(p.province), value: p.count, max: topProvince })),
          widths,
          num,
        ),
        table(
          regionName,
          t('chart.byProvince'),
          'by-province',
          [t('col.province'), t('col.reports')],
          figures.reportsByProvince.map((p) => ({ key: p.province, head: nameOf(p.province), cells: [p.count] })),
          cell,
        ),
      ),
    );

    // 3. Share acted on within the deadline, per priority.
    const share = (v: Published) => (v === null ? hiddenText : e(pf.format(v)));
    parts.push(
      chart(
        'sla',
        t('chart.sla'),
        `<p>${e(t('chart.slaNote'))}</p>${bars(
          figures.actedWithinDeadline.map((s) => ({ key: s.priority, label: ts(`priority.${s.priority}`), value: s.share, max: 1 })),
          widths,
          share,
        )}`,
        table(
          regionName,
          t('chart.sla'),
          'sla',
          [t('col.priority'), t('col.share')],
          figures.actedWithinDeadline.map((s) => ({ key: s.priority, head: ts(`priority.${s.priority}`), cells: [s.share] })),
          (v) => (v === null ? `<td data-hidden="">${hiddenText}</td>` : `<td>${e(pf.format(v))}</td>`),
        ),
      ),
    );

    // 4. Median time to first action: a table only (a duration per row reads better than a bar).
    const duration = (minutes: Published) =>
      minutes === null ? `<td data-hidden="">${hiddenText}</td>` : `<td>${e(formatDuration(minutes, td, intlTag))}</td>`;
    parts.push(
      `<section class="app-chart" aria-labelledby="chart-medians" data-chart="medians"><h2 id="chart-medians">${e(t('chart.medians'))}</h2>` +
        table(
          regionName,
          t('chart.medians'),
          'medians',
          [t('col.priority'), t('col.median')],
          figures.medianMinutesToFirstAction.map((m) => ({
            key: m.priority,
            head: m.priority === 'all' ? t('col.all') : ts(`priority.${m.priority}`),
            cells: [m.minutes],
          })),
          duration,
        ) +
        '</section>',
    );

    // 5. Referrals by service and outcome: stacked bars, then the table with its totals.
    const topService = Math.max(1, ...figures.referrals.map((r) => r.total ?? 0));
    const legend = `<ul class="app-legend" aria-label="${e(t('chart.legend'))}">${REFERRAL_STATUSES.map((s) => `<li><span class="app-legend__swatch app-series--${s}"></span> ${e(ts(`referralStatus.${s}`))}</li>`).join('')}</ul>`;
    const stacked = `<ul class="app-bars">${figures.referrals
      .map(
        (r) =>
          `<li class="app-bars__row" data-key="${r.service}"><span class="app-bars__label">${e(ts(`service.${r.service}`, { defaultValue: r.service }))}</span><span class="app-bars__track">${REFERRAL_STATUSES.map(
            (s) => (r[s] ? `<span class="app-bars__bar app-series--${s} ${widths.cls(r[s]! / topService)}"></span>` : ''),
          ).join('')}</span><span class="app-bars__value">${num(r.total)}</span></li>`,
      )
      .join('')}</ul>`;
    parts.push(
      chart(
        'referrals',
        t('chart.referrals'),
        legend + stacked,
        table(
          regionName,
          t('chart.referrals'),
          'referrals',
          [t('col.service'), ...REFERRAL_STATUSES.map((s) => ts(`referralStatus.${s}`)), t('col.total')],
          figures.referrals.map((r) => ({
            key: r.service,
            head: ts(`service.${r.service}`, { defaultValue: r.service }),
            cells: [...REFERRAL_STATUSES.map((s) => r[s]), r.total],
          })),
          cell,
          { head: t('col.total'), cells: [...REFERRAL_STATUSES.map((s) => figures.referralTotals[s]), figures.referralTotals.total] },
        ),
      ),
    );
  }
  parts.push(download(input, t));
  const css = widths.css();
  return { head: css ? `<style>${css}</style>` : '', body: parts.join('') };
}

function filterForm(input: PageInput, t: TFunction): string {
  const errors = input.errors ?? {};
  // A field in error comes back as text: a date input cannot hold (or show) a date that does not exist.
  const field = (name: 'from' | 'to') => {
    const err = errors[name];
    return `<div class="app-form__field"><label for="stats-${name}">${e(t(`filter.${name}`))}</label>${err ? `<p class="app-form__error" id="stats-${name}-error">${e(err)}</p>` : ''}<input id="stats-${name}" name="${name}" type="${err ? 'text' : 'date'}" dir="ltr" value="${e(input.query[name] ?? '')}"${err ? ` aria-describedby="stats-${name}-error" aria-invalid="true"` : ''}></div>`;
  };
  const summary = Object.keys(errors).length
    ? `<div class="app-error-summary" role="alert"><h2>${e(t('filter.errorTitle'))}</h2><ul>${(Object.entries(errors) as [string, string][]).map(([name, msg]) => `<li><a href="#stats-${name}">${e(msg)}</a></li>`).join('')}</ul></div>`
    : '';
  return `${summary}<form class="app-statistics__filter" method="get" action="/${input.locale}/statistics/"><fieldset><legend>${e(t('filter.legend'))}</legend>${field('from')}${field('to')}<button type="submit">${e(t('filter.apply'))}</button></fieldset></form>`;
}

function download(input: PageInput, t: TFunction): string {
  const q = new URLSearchParams();
  const range = input.figures?.range;
  if (range) {
    q.set('from', range.from);
    q.set('to', range.to);
  }
  const href = `/api/statistics${q.size ? `?${q}` : ''}`;
  return `<section aria-labelledby="statistics-data"><h2 id="statistics-data">${e(t('page.downloadTitle'))}</h2><p><a href="${e(href)}" data-testid="json">${e(t('page.download'))}</a></p></section>`;
}

function chart(id: string, title: string, plot: string, tableHtml: string): string {
  return `<section class="app-chart" aria-labelledby="chart-${id}" data-chart="${id}"><h2 id="chart-${id}">${e(title)}</h2><div class="app-chart__plot" aria-hidden="true">${plot}</div>${tableHtml}</section>`;
}

/** Horizontal bars from the inline start (the dashboard's .app-bars): they run right to left in Urdu by themselves. */
function bars(
  rows: { key: string; label: string; value: Published; max: number }[],
  widths: Widths,
  text: (v: Published) => string,
): string {
  return `<ul class="app-bars">${rows
    .map(
      (r) =>
        `<li class="app-bars__row" data-key="${e(r.key)}"><span class="app-bars__label">${e(r.label)}</span><span class="app-bars__track">${
          r.value ? `<span class="app-bars__bar ${widths.cls(r.value / r.max)}"></span>` : ''
        }</span><span class="app-bars__value">${text(r.value)}</span></li>`,
    )
    .join('')}</ul>`;
}

/** A visible table in a scrolling region of its own, so a wide table never makes the page scroll sideways. */
function table(
  regionName: (title: string) => string,
  caption: string,
  id: string,
  headings: string[],
  rows: { key: string; head: string; cells: Published[] }[],
  cell: (v: Published) => string,
  foot?: { head: string; cells: Published[] },
): string {
  // The scrolling region's name must differ from its section's (landmarks are told apart by name): "… (table)".
  const region = regionName(caption);
  return (
    `<div class="app-table-wrap" role="region" aria-label="${e(region)}" tabindex="0" data-table="${e(id)}"><table><caption>${e(caption)}</caption>` +
    `<thead><tr>${headings.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr data-key="${e(r.key)}"><th scope="row">${e(r.head)}</th>${r.cells.map(cell).join('')}</tr>`).join('')}</tbody>` +
    (foot ? `<tfoot><tr data-key="total"><th scope="row">${e(foot.head)}</th>${foot.cells.map(cell).join('')}</tr></tfoot>` : '') +
    '</table></div>'
  );
}

function formatDuration(minutes: number, t: TFunction, intlTag: string): string {
  if (minutes < 60) return t('duration.minutes', { count: minutes });
  const one = new Intl.NumberFormat(intlTag, { maximumFractionDigits: 1 });
  if (minutes < 48 * 60) return t('duration.hours', { value: one.format(minutes / 60) });
  return t('duration.days', { value: one.format(minutes / 1440) });
}

/** The built page with the figures in place of its fallback, and the figures' bar widths in its head. */
export function fillTemplate(template: string, rendered: { head: string; body: string }): string | null {
  const start = template.indexOf(SLOT_START);
  const end = template.indexOf(SLOT_END);
  const headEnd = template.indexOf('</head>');
  if (start < 0 || end < start || headEnd < 0 || headEnd > start) return null;
  return (
    template.slice(0, headEnd) + rendered.head + template.slice(headEnd, start) + rendered.body + template.slice(end + SLOT_END.length)
  );
}
