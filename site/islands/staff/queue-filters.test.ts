import { describe, expect, it } from 'vitest';
import { filtersFrom, isFiltered, NO_FILTERS, queueQuery } from './queue-filters.ts';

describe('queue filters', () => {
  it('the default view asks for open reports only', () => {
    expect(queueQuery(NO_FILTERS)).toBe('status=open');
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('sends only what narrows the list, and the cursor for the next page', () => {
    const f = {
      status: 'all',
      priority: 'P1',
      category: 'neglect',
      assigned: true,
      unverified: true,
      stage: 'follow_up',
      reviewOverdue: true,
    };
    expect(Object.fromEntries(new URLSearchParams(queueQuery(f, '2026-03-05T10:00:00.000Z|ab12')))).toEqual({
      status: 'all',
      priority: 'P1',
      category: 'neglect',
      assigned: 'me',
      unverified: '1',
      stage: 'follow_up',
      reviewOverdue: '1',
      cursor: '2026-03-05T10:00:00.000Z|ab12',
    });
    expect(isFiltered(f)).toBe(true);
  });

  it("reads the filter form's fields, unchecked boxes as false", () => {
    const d = new FormData();
    d.set('status', 'closed');
    d.set('priority', '');
    d.set('category', 'physical');
    d.set('assigned', 'on');
    d.set('stage', 'assessment');
    expect(filtersFrom(d)).toEqual({
      status: 'closed',
      priority: '',
      category: 'physical',
      assigned: true,
      unverified: false,
      stage: 'assessment',
      reviewOverdue: false,
    });
  });
});
