import { useTranslation } from 'react-i18next';
import { CLOSE_REASONS } from '../../../../domain/vocabulary.ts';
import type { FullReport } from '../../api/types.ts';
import { type Act, ActionForm, SelectField, TextField } from './ActionForm.tsx';
import { closureCriteria } from './case-view.ts';

/** Closing the case, with the guidelines' criteria beside it: goals met at the latest review, no referral still
 *  waiting on a service, and for a high-risk case the supervisor's approval (without it the API answers 409). */
export function CloseForm({ report: r, act }: { report: FullReport; act: Act }) {
  const { t } = useTranslation('staff');
  const criteria = closureCriteria(r);
  return (
    <ActionForm
      id="close"
      title={t('actions.close')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({ type: 'close', reason: d.get('reason'), ...(d.get('note') ? { note: d.get('note') } : {}) })}
    >
      <h3>{t('casePanel.criteria.title')}</h3>
      <ul className="app-staff__criteria" data-testid="closure-criteria">
        {criteria.map(([key, met]) => (
          <li key={key} data-met={met}>
            {t(`casePanel.criteria.${key}`)}: <strong>{met ? t('casePanel.criteria.met') : t('casePanel.criteria.notMet')}</strong>
          </li>
        ))}
      </ul>
      <SelectField name="reason" label={t('actions.closeReason')} options={CLOSE_REASONS.map((c) => [c, t(`closeReason.${c}`)])} />
      <TextField name="note" label={t('actions.note')} optional />
    </ActionForm>
  );
}
