import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../api/client.ts';
import { listQueues, queueReports } from '../api/staff.ts';
import type { QueueRow, QueueSummary } from '../api/types.ts';
import { REFRESH_EVENT } from './AlertBanner.tsx';
import type { Places } from './places.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueTable } from './QueueTable.tsx';
import { type Filters, isFiltered, NO_FILTERS, queueQuery } from './queue-filters.ts';

function pollInterval(): number {
  // ?poll=<seconds> lets a test (or a slow connection) choose the refresh; 15 s otherwise.
  const s = Number(new URLSearchParams(location.search).get('poll'));
  return Number.isFinite(s) && s >= 2 ? s * 1000 : 15_000;
}

interface Props {
  api: Api;
  places: Places;
  /** Polls only while shown. */
  active: boolean;
  /** The queue the address names (staff/console-address.ts); null: the first in scope. */
  queueId: string | null;
  /** Focus the queue's heading when it is shown again (the person moved here), not on the first load. */
  focusHeading: boolean;
  onQueue: (id: string) => void;
  /** What the shown queue is called (its heading), for the page's title. */
  onTitle: (title: string) => void;
  onError: (e: unknown) => void;
}

/** The queues in scope: counts, filters and the list, refreshed by polling and at once on an alert. */
export function Queues({ api, places, active, queueId: wanted, focusHeading, onQueue, onTitle, onError }: Props) {
  const { t } = useTranslation(['staff', 'report']);
  const locale = api.locale;
  const [queues, setQueues] = useState<QueueSummary[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A queue named by the address but not in scope: the same "not found" as a report outside it.
  const missing = queues !== null && wanted !== null && !queues.some((q) => q.id === wanted);
  const queueId = missing ? '' : (wanted ?? queues?.[0]?.id ?? '');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [rows, setRows] = useState<QueueRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const seen = useRef<Set<string> | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = (await listQueues(api)).queues;
      setQueues(list);
      const id = wanted ?? list[0]?.id ?? '';
      if (!id || !list.some((q) => q.id === id)) return;
      const page = await queueReports(api, id, queueQuery(filters));
      // Announce reports that arrived since the last look (not on the first load or after a filter change).
      if (seen.current) {
        const fresh = page.reports.filter((r) => !seen.current!.has(r.reference)).length;
        if (fresh > 0) setAnnounce(t('console.newReports', { count: fresh }));
      }
      seen.current = new Set(page.reports.map((r) => r.reference));
      setRows(page.reports);
      setNext(page.nextCursor);
    } catch (err) {
      onError(err);
    }
  }, [api, wanted, filters, t, onError]);

  // A new queue or new filters: the next answer is a fresh baseline, not "new reports".
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs because they changed; it reads neither.
  useEffect(() => {
    seen.current = null;
  }, [queueId, filters]);

  useEffect(() => {
    if (!active) return;
    void refresh();
    const timer = setInterval(() => void refresh(), pollInterval());
    // An alert or a change of counts (Server-Sent Events, AlertBanner) refreshes the queue at once.
    const onPush = () => void refresh();
    window.addEventListener(REFRESH_EVENT, onPush);
    return () => {
      clearInterval(timer);
      window.removeEventListener(REFRESH_EVENT, onPush);
    };
  }, [active, refresh]);

  // Shown again after a move (Back, a link): the heading takes focus, once the queues have loaded.
  const loaded = queues !== null;
  useEffect(() => {
    if (active && focusHeading && loaded) headingRef.current?.focus();
  }, [active, focusHeading, loaded]);

  async function more() {
    if (!next) return;
    const page = await queueReports(api, queueId, queueQuery(filters, next));
    setRows((r) => [...r, ...page.reports]);
    setNext(page.nextCursor);
  }

  const current = missing ? null : (queues?.find((q) => q.id === queueId) ?? queues?.[0] ?? null);
  const title = !queues || queues.length === 0 ? null : current ? current.name[locale] : t('console.queueNotFound');
  useEffect(() => {
    if (active && title) onTitle(title);
  }, [active, title, onTitle]);

  if (!queues) return <p>{t('console.loading')}</p>;
  if (queues.length === 0) return <p>{t('console.noQueues')}</p>;
  if (missing)
    return (
      <section aria-labelledby="queue-heading">
        <h1 id="queue-heading" tabIndex={-1} ref={headingRef}>
          {t('console.queueNotFound')}
        </h1>
        <p>
          <button type="button" onClick={() => onQueue(queues[0]!.id)}>
            {queues[0]!.name[locale]}
          </button>
        </p>
      </section>
    );
  if (!current) return null;

  return (
    <section aria-labelledby="queue-heading">
      <h1 id="queue-heading" tabIndex={-1} ref={headingRef}>
        {current.name[locale]}
      </h1>
      <p role="status" aria-live="polite" className="app-staff__announce">
        {announce}
      </p>
      {queues.length > 1 && (
        <div className="app-form__field app-staff__queue-pick">
          <label htmlFor="queue-pick">{t('console.queueLabel')}</label>
          <select id="queue-pick" value={current.id} onChange={(e) => onQueue(e.target.value)}>
            {queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name[locale]} ({q.open.P1} P1)
              </option>
            ))}
          </select>
        </div>
      )}
      <QueueCounts queue={current} onRefresh={() => void refresh()} />
      <QueueFilters filters={filters} onApply={setFilters} />
      {rows.length === 0 ? (
        <p>{isFiltered(filters) ? t('queue.emptyFiltered') : t('queue.empty')}</p>
      ) : (
        <QueueTable rows={rows} locale={locale} places={places} />
      )}
      {next && (
        <button type="button" onClick={() => void more()}>
          {t('queue.loadMore')}
        </button>
      )}
    </section>
  );
}

function QueueCounts({ queue, onRefresh }: { queue: QueueSummary; onRefresh: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <p>
      {t('queue.counts', { p1: queue.open.P1, p2: queue.open.P2, p3: queue.open.P3, p4: queue.open.P4 })}
      {queue.overdue > 0 && <strong className="app-staff__overdue"> · {t('queue.overdueCount', { count: queue.overdue })}</strong>}
      {queue.referralsOverdue > 0 && (
        <strong className="app-staff__overdue" data-testid="referrals-overdue-count">
          {' '}
          · {t('queue.referralsOverdue', { count: queue.referralsOverdue })}
        </strong>
      )}
      {queue.unscreened > 0 && <strong data-testid="unscreened-count"> · {t('queue.unscreenedCount', { count: queue.unscreened })}</strong>}{' '}
      <button type="button" onClick={onRefresh}>
        {t('console.refresh')}
      </button>
    </p>
  );
}
