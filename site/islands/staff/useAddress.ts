// The console's address kept in step with the browser's history: opening a view pushes an entry, Back and Forward
// (popstate) show the entry's view again, a reload starts from it.
import { createContext, useCallback, useEffect, useState } from 'react';
import { type Address, formatAddress, parseAddress } from './console-address.ts';

interface ConsoleState {
  /** How many entries the console pushed before this one in this tab: Back stays inside the console while > 0. */
  consoleDepth: number;
}

const depth = () => (history.state as ConsoleState | null)?.consoleDepth ?? 0;

export interface AddressControl {
  address: Address;
  /** True once the person moved (a link, Back, Forward): a newly shown view then takes focus. */
  moved: boolean;
  go(next: Address, options?: { replace?: boolean }): void;
  /** Back to where the person came from in the console, else to the queues. */
  back(): void;
  /** The link of an address (for <a href>, so it opens in a new tab and can be copied). */
  href(next: Address): string;
}

/** The console's address control, for links deep in a view (staff/ConsoleLink.tsx) without passing it down. */
export const AddressContext = createContext<AddressControl | null>(null);

export function useAddress(): AddressControl {
  const [address, setAddress] = useState<Address>(() => parseAddress(location.search));
  const [moved, setMoved] = useState(false);

  useEffect(() => {
    const onPop = () => {
      setAddress(parseAddress(location.search));
      setMoved(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The header's language switch opens the same view in the other language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs because the address changed; it reads location.
  useEffect(() => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-staff-shell] a[hreflang]')) {
      const url = new URL(a.href);
      a.setAttribute('href', `${url.pathname}${location.search}`);
    }
  }, [address]);

  const href = useCallback((next: Address) => `${location.pathname}${formatAddress(next, location.search)}`, []);

  const go = useCallback(
    (next: Address, { replace = false } = {}) => {
      const url = href(next);
      if (replace) history.replaceState({ consoleDepth: depth() } satisfies ConsoleState, '', url);
      else if (url !== `${location.pathname}${location.search}`)
        history.pushState({ consoleDepth: depth() + 1 } satisfies ConsoleState, '', url);
      setAddress(next);
      setMoved(true);
    },
    [href],
  );

  const back = useCallback(() => {
    if (depth() > 0) history.back();
    else go({ kind: 'queue', queue: null });
  }, [go]);

  return { address, moved, go, back, href };
}
