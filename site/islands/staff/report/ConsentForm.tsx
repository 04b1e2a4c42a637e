import { useTranslation } from 'react-i18next';
import { CONSENT_PARTIES, CONSENT_SCOPES } from '../../../../domain/vocabulary.ts';
import { type Act, ActionForm, SelectField, TextField } from './ActionForm.tsx';
import { ChoiceGroup } from './CaseFields.tsx';

/** Consent (or assent, or a court order) recorded before a referral shares anything: the API refuses a referral
 *  whose scope no consent covers (409 consent_required). */
export function ConsentForm({ act }: { act: Act }) {
  const { t } = useTranslation('staff');
  return (
    <ActionForm
      id="consent"
      title={t('actions.consentTitle')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({
        type: 'consent',
        by: d.get('by'),
        given: d.get('given') === 'yes',
        scope: d.getAll('scope'),
        ...(d.get('note') ? { note: d.get('note') } : {}),
      })}
    >
      <SelectField name="by" label={t('actions.consentBy')} options={CONSENT_PARTIES.map((p) => [p, t(`consentBy.${p}`)])} />
      <SelectField
        name="given"
        label={t('actions.consentGiven')}
        options={[
          ['yes', t('actions.consentYes')],
          ['no', t('actions.consentNo')],
        ]}
      />
      <ChoiceGroup name="scope" legend={t('actions.consentScope')} choices={CONSENT_SCOPES.map((x) => [x, t(`consentScope.${x}`)])} />
      <TextField name="note" label={t('actions.note')} optional />
    </ActionForm>
  );
}
