import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { ConsoleLink } from './ConsoleLink.tsx';
import type { Address } from './console-address.ts';

/**
 * The console's own views, as links with their addresses (they open in a new tab and can be copied to a
 * colleague); a plain click stays in the page and pushes the address. Only the views this account may use.
 */
export function ConsoleNav({ me, view }: { me: Me; view: Address }) {
  const { t } = useTranslation('staff');
  const items: { address: Address; label: string }[] = [
    ...(me.can.workReports ? [{ address: { kind: 'queue', queue: null } as const, label: t('console.nav.queues') }] : []),
    ...(me.can.recordIntake ? [{ address: { kind: 'intake' } as const, label: t('console.nav.intake') }] : []),
    ...(me.can.relayForCallers ? [{ address: { kind: 'receipt' } as const, label: t('console.nav.receipt') }] : []),
    ...(me.can.viewAudit ? [{ address: { kind: 'audit' } as const, label: t('console.auditLink') }] : []),
  ];
  if (items.length < 2) return null;
  return (
    <nav className="app-staff__views" aria-label={t('console.nav.label')}>
      <ul>
        {items.map(({ address, label }) => (
          <li key={address.kind}>
            <ConsoleLink to={address} aria-current={address.kind === view.kind ? 'page' : undefined}>
              {label}
            </ConsoleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
