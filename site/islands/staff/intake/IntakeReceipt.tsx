import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/languages.ts';
import type { StaffIntakeCreated } from '../../api/types.ts';
import { Code } from '../../form/Code.tsx';

interface Props {
  created: StaffIntakeCreated;
  locale: Lang;
  statusPage: string;
  onAnother(): void;
}

/** What the call-taker reads to the caller: the receipt (shown once), then the reference, priority and why. */
export function IntakeReceipt({ created: c, locale, statusPage, onAnother }: Props) {
  const { t } = useTranslation('staff');
  return (
    <div className="app-intake__result" data-reference={c.reference}>
      {c.emergency && (
        <div className="app-emergency" role="alert">
          <p>
            <strong>{t('intake.emergency')}</strong>
          </p>
          <ul>
            {c.emergency.numbers.map((n) => (
              <li key={n.number}>
                <bdi dir="ltr">{n.number}</bdi> {n.name[locale]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('intake.receiptLabel')}</p>
      <p className="app-receipt">
        <Code value={c.receipt} testId="intake-receipt" large />
      </p>
      <p>{t('intake.receiptAdvice')}</p>
      <p>
        {t('intake.statusPage')}{' '}
        <a href={statusPage} dir="ltr">
          {new URL(statusPage, location.origin).host}
          {statusPage}
        </a>
      </p>
      <dl className="app-staff__facts">
        <dt>{t('intake.reference')}</dt>
        <dd>
          <bdi dir="ltr" data-testid="intake-reference">
            {c.reference}
          </bdi>
        </dd>
        <dt>{t('intake.priority')}</dt>
        <dd data-testid="intake-priority">{t(`priority.${c.priority}`)}</dd>
        <dt>{t('intake.queue')}</dt>
        <dd>{c.queue.name[locale]}</dd>
        <dt>{t('channel.label')}</dt>
        <dd>{t(`channel.${c.channel}`)}</dd>
      </dl>
      <h2>{t('report.reasons')}</h2>
      {c.reasons.length === 0 ? (
        <p>{t('report.noReasons')}</p>
      ) : (
        <ul data-testid="intake-reasons">
          {c.reasons.map((r) => (
            <li key={r.id}>{r[locale]}</li>
          ))}
        </ul>
      )}
      <h2>{t('report.possibleDuplicates')}</h2>
      {c.possibleDuplicates.length === 0 ? (
        <p>{t('intake.noDuplicates')}</p>
      ) : (
        <>
          <p>{t('intake.duplicates')}</p>
          <ul data-testid="intake-duplicates">
            {c.possibleDuplicates.map((d) => (
              <li key={d}>
                <bdi dir="ltr">{d}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onAnother}>
        {t('intake.another')}
      </button>
    </div>
  );
}
