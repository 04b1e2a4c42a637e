// Plain HTML/CSS bar charts. Why no chart library: every figure here is a bar chart over a few categories or days;
// CSS bars sized with logical properties mirror themselves for Urdu, use the page's own fonts and bidi, weigh
// nothing, and the real content for assistive technology is the table that follows each chart (the bars are aria-hidden).
import type { ReactNode } from 'react';

/**
 * A bar's length as a class (`app-w-37`) whose rule the page carries in its head: for a page rendered by the server
 * under a CSP without inline styles (the public statistics). Without it a bar gets an inline style, as in an island.
 */
export type BarWidth = (fraction: number) => string;
const barProps = (fraction: number, className: string, width?: BarWidth) =>
  width ? { className: `${className} ${width(fraction)}` } : { className, style: { inlineSize: `${fraction * 100}%` } };

/** A chart (hidden from assistive technology) followed by its table (the text alternative, visually hidden). */
export function Chart(props: { id: string; title: string; chart: ReactNode; table: ReactNode; empty: string | null }) {
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

export interface BarRow {
  key: string;
  label: string;
  /** null: a figure withheld (the public statistics' small numbers): no bar, the text says why. */
  value: number | null;
  text?: ReactNode;
}

export function BarFigure(props: {
  id: string;
  title: string;
  labelHeading: string;
  valueHeading: string;
  rows: BarRow[];
  format: (n: number) => string;
  empty: string | null;
}) {
  return (
    <Chart
      id={props.id}
      title={props.title}
      empty={props.rows.length === 0 ? props.empty : null}
      chart={<Bars rows={props.rows.map((r) => ({ ...r, text: props.format(r.value ?? 0) }))} />}
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
                <td>{props.format(r.value ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

/** Horizontal bars growing from the inline start: right to left in Urdu without a line of extra code. */
export function Bars({ rows, max, width }: { rows: BarRow[]; max?: number; width?: BarWidth }) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value ?? 0));
  return (
    <ul className="app-bars">
      {rows.map((r) => (
        <li key={r.key} className="app-bars__row" data-key={r.key}>
          <span className="app-bars__label">{r.label}</span>
          <span className="app-bars__track">{r.value !== null && <span {...barProps(r.value / top, 'app-bars__bar', width)} />}</span>
          <span className="app-bars__value">{r.text ?? r.value}</span>
        </li>
      ))}
    </ul>
  );
}

export interface StackRow {
  key: string;
  label: string;
  segments: { key: string; value: number }[];
  /** The row's figure when it is not the segments' sum (a withheld total). */
  text?: ReactNode;
}

export function StackedBars({
  rows,
  format,
  max,
  width,
}: {
  rows: StackRow[];
  format: (n: number) => string;
  max?: number;
  width?: BarWidth;
}) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  return (
    <ul className="app-bars">
      {rows.map((r) => {
        const total = r.segments.reduce((s, x) => s + x.value, 0);
        return (
          <li key={r.key} className="app-bars__row" data-key={r.key}>
            <span className="app-bars__label">{r.label}</span>
            <span className="app-bars__track">
              {r.segments.map(
                (s) => s.value > 0 && <span key={s.key} {...barProps(s.value / top, `app-bars__bar app-series--${s.key}`, width)} />,
              )}
            </span>
            <span className="app-bars__value">{r.text ?? format(total)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** One column per day, stacked by priority; flex order follows the page direction, so Urdu reads the days right to left. */
export function Columns({ rows, format }: { rows: StackRow[]; format: (n: number) => string }) {
  const top = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  return (
    <ol className="app-columns">
      {rows.map((r) => {
        const total = r.segments.reduce((s, x) => s + x.value, 0);
        return (
          <li key={r.key} className="app-columns__day" data-key={r.key}>
            <span className="app-columns__value">{total > 0 ? format(total) : ''}</span>
            <span className="app-columns__stack">
              {r.segments.map(
                (s) =>
                  s.value > 0 && (
                    <span
                      key={s.key}
                      className={`app-columns__segment app-series--${s.key}`}
                      style={{ blockSize: `${(s.value / top) * 100}%` }}
                    />
                  ),
              )}
            </span>
            <span className="app-columns__label">{r.label}</span>
          </li>
        );
      })}
    </ol>
  );
}

export function Legend({ label, items }: { label: string; items: { key: string; label: string }[] }) {
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
