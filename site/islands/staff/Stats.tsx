import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../../domain/format.ts';
import type { Api } from '../api/client.ts';
import { queueStats, transferTargets } from '../api/staff.ts';
import type { QueueStats } from '../api/types.ts';

/** The supervisors' figures per queue in scope: open, overdue, P1 waiting, the last 7 days, P1 on time. */
export function Stats({ api }: { api: Api }) {
  const { t } = useTranslation('staff');
  const locale = api.locale;
  const [stats, setStats] = useState<QueueStats[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    queueStats(api)
      .then((s) => setStats(s.queues))
      .catch(() => undefined);
    transferTargets(api)
      .then((q) => setNames(Object.fromEntries(q.queues.map((x) => [x.id, x.name[locale]]))))
      .catch(() => undefined);
  }, [api, locale]);
  if (stats.length === 0) return null;
  const pct = numberFormat(locale, { style: 'percent' });
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('stats.title')}</h2>
      <table data-testid="stats">
        <thead>
          <tr>
            <th scope="col">{t('stats.queue')}</th>
            <th scope="col">{t('stats.open')}</th>
            <th scope="col">{t('stats.overdue')}</th>
            <th scope="col">{t('stats.p1Waiting')}</th>
            <th scope="col">{t('stats.received7')}</th>
            <th scope="col">{t('stats.closed7')}</th>
            <th scope="col">{t('stats.p1OnTime')}</th>
            <th scope="col">{t('stats.referralsOverdue')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.queueId}>
              <th scope="row">{names[s.queueId] ?? s.queueId}</th>
              <td>{s.open}</td>
              <td>{s.overdue > 0 ? <strong className="app-staff__overdue">{s.overdue}</strong> : 0}</td>
              <td>{s.p1Waiting > 0 ? <strong className="app-staff__overdue">{s.p1Waiting}</strong> : 0}</td>
              <td>{s.received7}</td>
              <td>{s.closed7}</td>
              <td>{s.p1OnTimeRate === null ? t('stats.none') : pct.format(s.p1OnTimeRate)}</td>
              <td>{s.referralsOverdue > 0 ? <strong className="app-staff__overdue">{s.referralsOverdue}</strong> : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
