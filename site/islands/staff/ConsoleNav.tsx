import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import type { Address } from './console-address.ts';
import type { AddressControl } from './useAddress.ts';

/**
 * The console's own views, as links with their addresses (they open in a new tab and can be copied to a
 * colleague); a plain click stays in the page and pushes the address. Only the views this account may use.
 */
export function ConsoleNav({ me, view, nav }: { me: Me; view: Address; nav: AddressControl }) {
  const { t } = useTranslation('staff');
  const items: { address: Address; label: string }[] = [
    ...(me.can.workReports ? [{ address: { kind: 'queue', queue: null } as const, label: t('console.nav.queues') }] : []),
    ...(me.can.recordIntake ? [{ address: { kind: 'intake' } as const, label: t('console.nav.intake') }] : []),
    ...(me.can.relayForCallers ? [{ address: { kind: 'receipt' } as const, label: t('console.nav.receipt') }] : []),
    ...(me.can.viewAudit ? [{ address: { kind: 'audit' } as const, label: t('console.auditLink') }] : []),
  ];
  if (items.length < 2) return null;
  const follow = (address: Address) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.go(address);
  };
  return (
    <nav className="app-staff__views" aria-label={t('console.nav.label')}>
      <ul>
        {items.map(({ address, label }) => (
          <li key={address.kind}>
            <a href={nav.href(address)} onClick={follow(address)} aria-current={address.kind === view.kind ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
