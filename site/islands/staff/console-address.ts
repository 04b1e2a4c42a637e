// The console's address: which queue, report or view is open, as query parameters on /<lang>/staff/ (the site is
// static), so a reload, Back/Forward and a link sent to a colleague show the same thing. Only ids go in it, never
// anything a report says.

/** Views that are neither a queue nor a report. */
export const CONSOLE_VIEWS = ['audit', 'intake', 'receipt'] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

export type Address = { kind: 'queue'; queue: string | null } | { kind: 'report'; reference: string } | { kind: ConsoleView };

/** The parameters the console owns; any other (e.g. a test's `poll`) is kept as it was. */
const OWN = ['queue', 'report', 'view'] as const;
// A report reference (CP-XXXX-XXXX) or a queue id: letters, digits and hyphens only, short.
const ID = /^[A-Za-z0-9-]{1,64}$/;

export function parseAddress(search: string): Address {
  const q = new URLSearchParams(search);
  const report = q.get('report')?.trim();
  if (report) return { kind: 'report', reference: ID.test(report) ? report.toUpperCase() : report.slice(0, 64) };
  const view = q.get('view');
  if (view && (CONSOLE_VIEWS as readonly string[]).includes(view)) return { kind: view as ConsoleView };
  const queue = q.get('queue');
  return { kind: 'queue', queue: queue && ID.test(queue) ? queue : null };
}

/** The query string (with its `?`, or '' for the front page) for an address, keeping parameters the console does not own. */
export function formatAddress(address: Address, current = ''): string {
  const q = new URLSearchParams(current);
  for (const k of OWN) q.delete(k);
  if (address.kind === 'report') q.set('report', address.reference);
  else if (address.kind === 'queue') {
    if (address.queue) q.set('queue', address.queue);
  } else q.set('view', address.kind);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function sameAddress(a: Address, b: Address): boolean {
  return formatAddress(a) === formatAddress(b);
}

/** A reference the console can ask the API about; anything else is "not found" without a request. */
export const isReference = (s: string) => ID.test(s);
