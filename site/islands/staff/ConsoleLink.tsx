import { type AnchorHTMLAttributes, type MouseEvent, useContext } from 'react';
import type { Address } from './console-address.ts';
import { AddressContext } from './useAddress.ts';

/** A click that asks for the page in place: not Ctrl/Cmd/Shift/Alt-click or a middle click (new tab, new window). */
export const inPlace = (e: MouseEvent) => e.button === 0 && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & { to: Address };

/**
 * A link to a view of the console with its real address, so it opens in a new tab, can be copied to a colleague and
 * is announced as a link; a plain click opens the view in place through the console's history, without a reload.
 */
export function ConsoleLink({ to, children, ...rest }: Props) {
  const nav = useContext(AddressContext);
  if (!nav) throw new Error('ConsoleLink outside the console');
  return (
    <a
      {...rest}
      href={nav.href(to)}
      onClick={(e) => {
        if (!inPlace(e)) return;
        e.preventDefault();
        nav.go(to);
      }}
    >
      {children}
    </a>
  );
}

/** A report's reference as a link to the report (the reference is all its address carries). */
export function ReportLink({ reference, className }: { reference: string; className?: string }) {
  return (
    <ConsoleLink to={{ kind: 'report', reference }} className={`app-staff__link${className ? ` ${className}` : ''}`} dir="ltr">
      {reference}
    </ConsoleLink>
  );
}
