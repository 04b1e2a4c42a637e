import { type ReactNode, useEffect, useRef } from 'react';
import { Icon } from './Icon.tsx';

export interface EmergencyLine {
  number: string;
  name: string;
  /** Where the line works; left out once the report's place is known. */
  where?: string;
}

/**
 * The form's emergency numbers, from content/helplines.json at build time: every emergency line (with where it
 * works) for when the province is not known yet, and each province's own lines, the child helpline first.
 */
export interface EmergencyNumbers {
  lines: EmergencyLine[];
  /** Indices into `lines`: the lines shown before the province is known. */
  all: number[];
  byProvince: Record<string, number[]>;
}

/** The lines for the reporter's province once chosen (without "where"), else every emergency line. */
export function linesFor(e: EmergencyNumbers, province: string | undefined): EmergencyLine[] {
  const local = province ? e.byProvince[province] : undefined;
  if (!local) return e.all.map((i) => e.lines[i]!);
  return local.map((i) => ({ number: e.lines[i]!.number, name: e.lines[i]!.name }));
}

/** The numbers to call, as tel: links, with where each works while the province is not known. */
export function EmergencyList({ lines }: { lines: readonly EmergencyLine[] }) {
  return (
    <ul className="app-emergency__list">
      {lines.map((n) => (
        <li key={n.number + n.name}>
          <a className="app-emergency__number" href={`tel:${n.number}`} dir="ltr">
            {n.number}
          </a>{' '}
          {n.name}
          {n.where && <span className="app-emergency__where"> ({n.where})</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown at once when an answer says a child is in danger: call now, then finish the report. It takes focus
 * when it appears, so it scrolls into view (above the quick-exit bar: scroll padding) and is read out.
 */
export function EmergencyPanel({
  id,
  lines,
  title,
  children,
}: {
  id: string;
  lines: readonly EmergencyLine[];
  title: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} className="app-emergency" role="alert" aria-labelledby={id}>
      <h3 id={id}>
        <Icon name="phone" /> {title}
      </h3>
      <EmergencyList lines={lines} />
      {children}
    </section>
  );
}
