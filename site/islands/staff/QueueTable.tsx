import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../domain/format.ts';
import type { Lang } from '../../../domain/languages.ts';
import type { QueueRow } from '../api/types.ts';
import type { Places } from './places.ts';

/** One page of a queue: each report's reference (opens it), badges, priority, place, deadline, status and owner. */
export function QueueTable({
  rows,
  locale,
  places,
  onOpen,
}: {
  rows: QueueRow[];
  locale: Lang;
  places: Places;
  onOpen: (ref: string) => void;
}) {
  const { t } = useTranslation(['staff', 'report']);
  return (
    <table className="app-staff__queue">
      <thead>
        <tr>
          <th scope="col">{t('queue.reference')}</th>
          <th scope="col">{t('queue.priority')}</th>
          <th scope="col">{t('queue.category')}</th>
          <th scope="col">{t('queue.district')}</th>
          <th scope="col">{t('queue.due')}</th>
          <th scope="col">{t('queue.status')}</th>
          <th scope="col">{t('stage.label')}</th>
          <th scope="col">{t('queue.assignedTo')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.reference}
            data-reference={r.reference}
            data-priority={r.priority}
            className={r.overdue ? 'app-staff__row--overdue' : undefined}
          >
            <td>
              <button type="button" className="app-staff__link" dir="ltr" onClick={() => onOpen(r.reference)}>
                {r.reference}
              </button>
              {!r.verified && <span className="app-badge app-badge--unverified"> {t('queue.unverified')}</span>}
              {r.unscreened && <UnscreenedBadge minutes={r.waitingMinutes ?? 0} />}
              {r.possibleDuplicates.length > 0 && (
                <span className="app-staff__dups">
                  {' '}
                  {t('queue.possibleDuplicates')}{' '}
                  {r.possibleDuplicates.map((d) => (
                    <button key={d} type="button" className="app-staff__link" dir="ltr" onClick={() => onOpen(d)}>
                      {d}
                    </button>
                  ))}
                </span>
              )}
            </td>
            <td>
              <strong className={`app-priority app-priority--${r.priority.toLowerCase()}`}>{r.priority}</strong>
            </td>
            <td>{t(`report:category.${r.category}`)}</td>
            <td>{places[`${r.province}/${r.district}`] ?? r.district}</td>
            <td>
              {formatDateTime(r.dueAt, locale)}
              {r.overdue && <strong className="app-staff__overdue"> {t('queue.overdue')}</strong>}
              {r.referralsOverdue > 0 && (
                <strong className="app-staff__overdue"> {t('queue.referralsOverdue', { count: r.referralsOverdue })}</strong>
              )}
            </td>
            <td>{t(`status.${r.status}`)}</td>
            <td data-testid="queue-stage" data-stage={r.stage}>
              {t(`stage.${r.stage}`)}
              {r.reviewOverdue && <strong className="app-staff__overdue"> {t('casePanel.reviewOverdue')}</strong>}
            </td>
            <td>{r.assignedTo ? <bdi dir="ltr">{r.assignedTo}</bdi> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A report nobody has screened yet, and how long it has waited for a person to confirm its priority. */
function UnscreenedBadge({ minutes }: { minutes: number }) {
  const { t } = useTranslation('staff');
  const waited =
    minutes < 120 ? t('queue.waitingMinutes', { count: minutes }) : t('queue.waitingHours', { count: Math.floor(minutes / 60) });
  return (
    <span className="app-badge app-badge--unscreened" data-testid="unscreened">
      {' '}
      {t('queue.unscreened')} · {waited}
    </span>
  );
}
