import { useTranslation } from 'react-i18next';
import { formatDateTime, formatShortDateTime } from '../../../domain/format.ts';
import type { Lang } from '../../../domain/languages.ts';
import type { QueueRow } from '../api/types.ts';
import { ReportLink } from './ConsoleLink.tsx';
import type { Places } from './places.ts';

/** One page of a queue: each report's reference (opens it), badges, priority, place, deadline, status and owner.
 *  Cells wrap (badges and notes on lines of their own) so the table fits 1,280 px; narrower, it scrolls in its box. */
export function QueueTable({ rows, locale, places }: { rows: QueueRow[]; locale: Lang; places: Places }) {
  const { t } = useTranslation(['staff', 'report']);
  return (
    // Each row's reference is a link to the report, so a box scrolled sideways is reachable by keyboard through them.
    <div className="app-staff__queue-box">
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
          {rows.map((r) => {
            const due = dueOf(r);
            return (
              <tr
                key={r.reference}
                data-reference={r.reference}
                data-priority={r.priority}
                className={due.late ? 'app-staff__row--overdue' : undefined}
              >
                <td>
                  <ReportLink reference={r.reference} className="app-staff__ref" />
                  {!r.verified && <span className="app-badge app-badge--unverified"> {t('queue.unverified')}</span>}
                  {r.unscreened && <UnscreenedBadge minutes={r.waitingMinutes ?? 0} />}
                  {r.possibleDuplicates.length > 0 && (
                    <span className="app-staff__dups">
                      {' '}
                      {t('queue.possibleDuplicates')}{' '}
                      {r.possibleDuplicates.map((d) => (
                        <ReportLink key={d} reference={d} />
                      ))}
                    </span>
                  )}
                </td>
                <td>
                  <strong className={`app-priority app-priority--${r.priority.toLowerCase()}`}>{r.priority}</strong>
                </td>
                <td>{t(`report:category.${r.category}`)}</td>
                <td>{places[`${r.province}/${r.district}`] ?? r.district}</td>
                <td data-testid="queue-due" data-minutes={due.screening ? r.screeningMinutes : undefined}>
                  <time className="app-staff__due" dateTime={due.at} title={formatDateTime(due.at, locale)}>
                    {formatShortDateTime(due.at, locale)}
                  </time>
                  {due.screening && <strong className="app-staff__harm-due"> {t('queue.harmDue', { count: r.screeningMinutes })}</strong>}
                  {due.late && <strong className="app-staff__overdue"> {t('queue.overdue')}</strong>}
                  {r.referralsOverdue > 0 && (
                    <strong className="app-staff__overdue"> {t('queue.referralsOverdue', { count: r.referralsOverdue })}</strong>
                  )}
                </td>
                <td>{t(`status.${r.status}`)}</td>
                <td data-testid="queue-stage" data-stage={r.stage}>
                  {t(`stage.${r.stage}`)}
                  {r.reviewOverdue && <strong className="app-staff__overdue"> {t('casePanel.reviewOverdue')}</strong>}
                </td>
                <td className="app-staff__who-cell">{r.assignedTo ? <bdi dir="ltr">{r.assignedTo}</bdi> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What the Due column shows: a report whose text shows harm and that nobody has screened yet is due to be screened
 * within HARM_SCREENING_MINUTES of arrival (it was alerted at once), sooner than its priority's deadline; else that.
 */
function dueOf(r: QueueRow): { at: string; screening: boolean; late: boolean } {
  if (r.harmAlert && r.screeningDueAt)
    return { at: r.screeningDueAt, screening: true, late: r.overdue || (r.waitingMinutes ?? 0) >= r.screeningMinutes };
  return { at: r.dueAt, screening: false, late: r.overdue };
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
