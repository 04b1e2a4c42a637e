import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/languages.ts';
import type { FullReport } from '../../api/types.ts';
import { InertText } from '../../inert-text.tsx';

/** Why triage chose the priority, then what the reporter wrote: every text rendered as inert text, never as markup. */
export function ReportText({ report: r, locale }: { report: FullReport; locale: Lang }) {
  const { t } = useTranslation(['staff', 'report']);
  return (
    <>
      <h2>{t('report.reasons')}</h2>
      {r.reasons.length === 0 ? (
        <p>{t('report.noReasons')}</p>
      ) : (
        <ul>
          {r.reasons.map((x) => (
            <li key={x.id}>{x[locale]}</li>
          ))}
        </ul>
      )}

      <h2>{t('report.account')}</h2>
      {r.erased ? (
        <p>{t('report.erased')}</p>
      ) : (
        <p className="app-staff__text" dir="auto" lang={r.locale} data-testid="report-description">
          <InertText text={r.description ?? ''} />
        </p>
      )}
      <h3>{t('report.details')}</h3>
      <p className="app-staff__text" dir="auto" data-testid="report-details">
        {r.location.details !== null ? <InertText text={r.location.details} /> : t('report.none')}
      </p>
      <h3>{t('report.contact')}</h3>
      <p className="app-staff__text" dir="auto" data-testid="report-contact">
        {r.contact !== null ? <InertText text={r.contact} /> : t('report.none')}
      </p>
    </>
  );
}
