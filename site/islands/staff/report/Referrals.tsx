import { useTranslation } from 'react-i18next';
import type { FullReport, StaffAction } from '../../api/types.ts';
import type { Act } from './ActionForm.tsx';

/** The report's referrals: service and desk, status, overdue, the desk's note, and the next steps a CPU may take. */
export function Referrals({ report: r, deskName, act }: { report: FullReport; deskName: (id: string) => string; act: Act }) {
  const { t } = useTranslation('staff');
  const closed = r.status === 'closed';
  return (
    <>
      <h2>{t('report.referrals')}</h2>
      {r.referrals.length === 0 ? (
        <p>{t('report.noReferrals')}</p>
      ) : (
        <ul data-testid="referrals">
          {r.referrals.map((ref) => (
            <li key={ref.id} data-service={ref.service} data-status={ref.status}>
              <strong>{t(`service.${ref.service}`)}</strong>
              {ref.desk && <> ({deskName(ref.desk)})</>}: {t(`referralStatus.${ref.status}`)}
              {ref.overdue && (
                <>
                  {' '}
                  <strong className="app-staff__overdue" data-testid="referral-overdue">
                    {t('queue.overdue')}
                  </strong>
                </>
              )}
              {ref.note && (
                <>
                  {' '}
                  — <span dir="auto">{ref.note}</span>
                </>
              )}{' '}
              {!closed && ref.status === 'requested' && (
                <ReferralButton act={act} id={ref.id} status="accepted" label={t('actions.accept')} />
              )}
              {!closed && (ref.status === 'requested' || ref.status === 'accepted') && (
                <>
                  {ref.status === 'accepted' && <ReferralButton act={act} id={ref.id} status="completed" label={t('actions.complete')} />}{' '}
                  <ReferralButton act={act} id={ref.id} status="declined" label={t('actions.decline')} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The statuses a CPU may move a referral to (the API's update_referral action). */
type NextStatus = Extract<StaffAction, { type: 'update_referral' }>['status'];

function ReferralButton({ act, id, status, label }: { act: Act; id: string; status: NextStatus; label: string }) {
  return (
    <button type="button" onClick={() => void act({ type: 'update_referral', referralId: id, status })}>
      {label}
    </button>
  );
}
