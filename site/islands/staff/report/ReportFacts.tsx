import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../domain/format.ts';
import { type Lang, language } from '../../../../domain/languages.ts';
import type { FullReport } from '../../api/types.ts';
import { ReportLink } from '../ConsoleLink.tsx';
import type { Places } from '../places.ts';

/** The report's facts: priority and deadline, statuses, category, queue, owner, child, place, language, duplicates. */
export function ReportFacts({ report: r, locale, places }: { report: FullReport; locale: Lang; places: Places }) {
  const { t } = useTranslation(['staff', 'report']);
  const closed = r.status === 'closed';
  const place = [
    places[`${r.location.province}/${r.location.district}`] ?? r.location.district,
    places[r.location.province] ?? r.location.province,
  ].join(language(locale).comma);
  return (
    <dl className="app-staff__facts">
      <dt>{t('queue.priority')}</dt>
      <dd>
        <strong className={`app-priority app-priority--${r.priority.toLowerCase()}`}>{t(`priority.${r.priority}`)}</strong>
      </dd>
      <dt>{t('report.due')}</dt>
      <dd>
        {formatDateTime(r.dueAt, locale)}
        {r.overdue && <strong className="app-staff__overdue"> {t('queue.overdue')}</strong>}
      </dd>
      <dt>{t('queue.status')}</dt>
      <dd data-testid="staff-status">
        {t(`status.${r.status}`)}
        {closed && r.closeReason && ` (${t(`closeReason.${r.closeReason}`)})`}
      </dd>
      <dt>{t('reporterStatus.label')}</dt>
      <dd data-testid="reporter-status">{t(`reporterStatus.${r.reporterStatus}`)}</dd>
      <dt>{t('queue.category')}</dt>
      <dd>
        {t(`report:category.${r.category}`)}
        {r.suggestedCategory && r.suggestedCategory !== r.category && (
          <> ({t('report.suggestedCategory', { category: t(`report:category.${r.suggestedCategory}`) })})</>
        )}
      </dd>
      <dt>{t('report.queue')}</dt>
      <dd>{r.queue.name[locale]}</dd>
      <dt>{t('report.assignedTo')}</dt>
      <dd data-testid="assigned-to">{r.assignedTo ? <bdi dir="ltr">{r.assignedTo}</bdi> : t('report.nobody')}</dd>
      <dt>{t('report.created')}</dt>
      <dd>{formatDateTime(r.createdAt, locale)}</dd>
      <dt>{t('report.child')}</dt>
      <dd>
        {t(`report:age.${r.child.ageBand}`)}, {t(`report:gender.${r.child.gender}`)}
      </dd>
      <dt>{t('report.location')}</dt>
      <dd>{place}</dd>
      <dt>{t('report.reporterType')}</dt>
      <dd>{t(`report:reporter.${r.reporter}`)}</dd>
      <dt>{t('report.language')}</dt>
      <dd data-testid="report-language">
        {/* The language's own name (staff recognise it in any script), with its English name on a left-to-right console. */}
        <bdi lang={r.locale} dir={language(r.locale).dir}>
          {language(r.locale).nativeName}
        </bdi>
        {language(locale).dir === 'ltr' && r.locale !== locale && <> ({language(r.locale).englishName})</>}
      </dd>
      {r.duplicateOf && (
        <>
          <dt>{t('report.duplicateOf')}</dt>
          <dd>
            <ReportLink reference={r.duplicateOf} />
          </dd>
        </>
      )}
      {r.possibleDuplicates.length > 0 && (
        <>
          <dt>{t('report.possibleDuplicates')}</dt>
          <dd>
            {r.possibleDuplicates.map((d) => (
              <ReportLink key={d} reference={d} />
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}
