import { describe, expect, it } from 'vitest';
import { formatAddress, isReference, parseAddress } from './console-address.ts';

describe('the console address', () => {
  it('reads a report, a view or a queue from the query, the report first', () => {
    expect(parseAddress('?report=CP-AB12-CD34')).toEqual({ kind: 'report', reference: 'CP-AB12-CD34' });
    // The link of an alert e-mail typed by hand in lower case still opens the report.
    expect(parseAddress('?report=cp-ab12-cd34&queue=cpu-swat')).toEqual({ kind: 'report', reference: 'CP-AB12-CD34' });
    expect(parseAddress('?view=intake')).toEqual({ kind: 'intake' });
    expect(parseAddress('?view=receipt')).toEqual({ kind: 'receipt' });
    expect(parseAddress('?queue=cpu-swat')).toEqual({ kind: 'queue', queue: 'cpu-swat' });
    expect(parseAddress('')).toEqual({ kind: 'queue', queue: null });
  });

  it('ignores what it does not know, and keeps a bad reference out of any request', () => {
    expect(parseAddress('?view=../../etc')).toEqual({ kind: 'queue', queue: null });
    expect(parseAddress('?queue=<script>')).toEqual({ kind: 'queue', queue: null });
    const odd = parseAddress(`?report=${encodeURIComponent('<img src=x>')}`);
    expect(odd.kind).toBe('report');
    expect(isReference(odd.kind === 'report' ? odd.reference : '')).toBe(false);
    expect(isReference('CP-AB12-CD34')).toBe(true);
  });

  it('writes the address back, keeping parameters it does not own and dropping the old view', () => {
    expect(formatAddress({ kind: 'report', reference: 'CP-AB12-CD34' }, '?queue=cpu-swat&poll=2')).toBe('?poll=2&report=CP-AB12-CD34');
    expect(formatAddress({ kind: 'queue', queue: null }, '?report=CP-AB12-CD34')).toBe('');
    expect(formatAddress({ kind: 'queue', queue: 'cpu-swat' })).toBe('?queue=cpu-swat');
    expect(formatAddress({ kind: 'audit' }, '?view=intake')).toBe('?view=audit');
    for (const a of [{ kind: 'report', reference: 'CP-AB12-CD34' }, { kind: 'receipt' }, { kind: 'queue', queue: 'cpu-lahore' }] as const)
      expect(parseAddress(formatAddress(a))).toEqual(a);
  });
});
