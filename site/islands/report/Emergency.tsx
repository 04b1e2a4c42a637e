import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

export interface EmergencyLine {
  number: string;
  name: string;
  /** Where the line works; left out once the report's place is known (the result page). */
  where?: string;
}

/** The numbers to call, as tel: links, with where each works (the province is not yet known in the form). */
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

/** Shown at once when an answer says a child is in danger: call now, then finish the report. */
export function EmergencyPanel(p: { id: string; lines: readonly EmergencyLine[]; child?: boolean; children: ReactNode }) {
  const { id, lines, children } = p;
  const { t } = useTranslation('report');
  return (
    <section className="app-emergency" role="alert" aria-labelledby={id}>
      <h3 id={id}>
        <Icon name="phone" /> {t('emergency.title', p.child ? { context: 'child' } : {})}
      </h3>
      <EmergencyList lines={lines} />
      <p>{children}</p>
    </section>
  );
}
