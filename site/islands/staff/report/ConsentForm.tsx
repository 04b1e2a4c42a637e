import { useTranslation } from 'react-i18next';
import { CONSENT_PARTIES, CONSENT_SCOPES } from '../../../../domain/vocabulary.ts';
import { ErrorMessage } from '../../form/ErrorMessage.tsx';
import { errorId } from '../../form/ids.ts';
import { type Act, ActionForm, formFieldId, SelectField, TextField, useFieldError } from './ActionForm.tsx';

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
      <ScopeChoices />
      <TextField name="note" label={t('actions.note')} optional />
    </ActionForm>
  );
}

function ScopeChoices() {
  const { t } = useTranslation(['staff', 'api']);
  const error = useFieldError('scope');
  return (
    <fieldset aria-describedby={error ? errorId(formFieldId('consent', 'scope')) : undefined}>
      <legend>{t('actions.consentScope')}</legend>
      {error && (
        <ErrorMessage id={errorId(formFieldId('consent', 'scope'))} prefix={t('api:field.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      {CONSENT_SCOPES.map((s) => (
        <label key={s}>
          <input type="checkbox" name="scope" value={s} /> {t(`consentScope.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
