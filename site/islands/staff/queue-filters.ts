// The queue's filters: the form's fields, the defaults, and the URL parameters GET /api/staff/queues/:id/reports reads.
import { STAFF_STATUSES } from '../../../domain/vocabulary.ts';

export interface Filters {
  status: string;
  priority: string;
  category: string;
  assigned: boolean;
  unverified: boolean;
  /** The case stage ('' for any), and only cases whose review date has passed. */
  stage: string;
  reviewOverdue: boolean;
}

export const STATUS_CHOICES = ['open', ...STAFF_STATUSES, 'all'];
export const NO_FILTERS: Filters = {
  status: 'open',
  priority: '',
  category: '',
  assigned: false,
  unverified: false,
  stage: '',
  reviewOverdue: false,
};

export function isFiltered(f: Filters): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTERS);
}

export function filtersFrom(d: FormData): Filters {
  return {
    status: String(d.get('status')),
    priority: String(d.get('priority')),
    category: String(d.get('category')),
    assigned: d.get('assigned') === 'on',
    unverified: d.get('unverified') === 'on',
    stage: String(d.get('stage') ?? ''),
    reviewOverdue: d.get('reviewOverdue') === 'on',
  };
}

/** Only what narrows the list is sent, so the default view's URL stays short. */
export function queueQuery(f: Filters, cursor?: string): string {
  const q = new URLSearchParams({ status: f.status });
  if (f.priority) q.set('priority', f.priority);
  if (f.category) q.set('category', f.category);
  if (f.assigned) q.set('assigned', 'me');
  if (f.unverified) q.set('unverified', '1');
  if (f.stage) q.set('stage', f.stage);
  if (f.reviewOverdue) q.set('reviewOverdue', '1');
  if (cursor) q.set('cursor', cursor);
  return q.toString();
}
