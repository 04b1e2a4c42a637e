import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLongDate } from '../../../../domain/format.ts';
import type { Lang } from '../../../../domain/languages.ts';
import type { FullReport } from '../../api/types.ts';
import { nextDeadline } from './case-view.ts';

/** Where the case stands: its stage, risk level, the next step's deadline for that level, and the next review. */
export function CaseSummary({ report: r, locale, now = Date.now() }: { report: FullReport; locale: Lang; now?: number }) {
  const { t } = useTranslation('staff');
  const c = r.case;
  const due = nextDeadline(c);
  const late = due !== null && Date.parse(due.by) < now;
  return (
    <dl className="app-staff__facts" data-testid="case-summary">
      <dt>{t('stage.label')}</dt>
      <dd data-testid="case-stage" data-stage={c.stage}>
        {t(`stage.${c.stage}`)}
      </dd>
      <dt>{t('riskLevel.label')}</dt>
      <dd data-testid="case-risk">{c.riskLevel ? t(`riskLevel.${c.riskLevel}`) : t('casePanel.notAssessed')}</dd>
      {due && (
        <>
          <dt>{t('casePanel.nextStep')}</dt>
          <dd data-testid="case-deadline">
            {t('casePanel.stepDue', { step: t(`casePanel.step.${due.step}`), date: formatDateTime(due.by, locale) })}
            {late && <strong className="app-staff__overdue"> {t('casePanel.stepOverdue')}</strong>}
          </dd>
        </>
      )}
      <dt>{t('casePanel.nextReview')}</dt>
      <dd data-testid="case-next-review">
        {c.nextReviewBy ? formatLongDate(c.nextReviewBy, locale) : t('casePanel.noReview')}
        {c.reviewOverdue && (
          <strong className="app-staff__overdue" data-testid="review-overdue">
            {' '}
            {t('casePanel.reviewOverdue')}
          </strong>
        )}
      </dd>
    </dl>
  );
}
