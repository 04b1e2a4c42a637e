import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/languages.ts';
import { SERVICES } from '../../../../domain/vocabulary.ts';
import type { Desk } from '../../api/types.ts';
import { Field } from '../../form/Field.tsx';
import { describedBy, errorId } from '../../form/ids.ts';
import { type Act, ActionForm, formFieldId, TextField, useFieldError } from './ActionForm.tsx';

/** Refer to a service, and to one of the district's desks when the service has one: the desk then sees it. */
export function ReferForm({ desks, locale, act }: { desks: Desk[]; locale: Lang; act: Act }) {
  const { t } = useTranslation('staff');
  const [service, setService] = useState('');
  const [desk, setDesk] = useState('');
  return (
    <ActionForm
      id="refer"
      title={t('actions.refer')}
      submit={t('actions.submit')}
      errorAction={(errors) => errors._code === 'consent_required' && <ConsentNeeded />}
      act={async (action) => {
        const result = await act(action);
        if (!result) {
          setService('');
          setDesk('');
        }
        return result;
      }}
      build={(d) => ({
        type: 'refer',
        service: d.get('service'),
        ...(d.get('desk') ? { desk: d.get('desk') } : {}),
        ...(d.get('note') ? { note: d.get('note') } : {}),
      })}
    >
      <ReferChoices desks={desks} locale={locale} service={service} setService={setService} desk={desk} setDesk={setDesk} />
      <TextField name="note" label={t('actions.referNote')} hint={t('actions.referNoteHint')} optional multiline />
    </ActionForm>
  );
}

/** The service and desk choices: inside the form, so they show the API's errors for `service` and `desk`. */
function ReferChoices(p: {
  desks: Desk[];
  locale: Lang;
  service: string;
  setService: (s: string) => void;
  desk: string;
  setDesk: (d: string) => void;
}) {
  const { t } = useTranslation(['staff', 'api']);
  const serviceId = formFieldId('refer', 'service');
  const deskId = formFieldId('refer', 'desk');
  const serviceError = useFieldError('service');
  const deskError = useFieldError('desk');
  const prefix = t('api:field.errorPrefix');
  const offered = p.desks.filter((d) => !p.service || d.service === p.service);
  return (
    <>
      <Field id={serviceId} label={t('actions.service')} error={serviceError} errorPrefix={prefix}>
        <select
          id={serviceId}
          name="service"
          required
          value={p.service}
          aria-invalid={serviceError ? true : undefined}
          aria-describedby={describedBy(serviceError && errorId(serviceId))}
          onChange={(e) => {
            p.setService(e.currentTarget.value);
            p.setDesk('');
          }}
        >
          <option value="" disabled>
            {t('actions.chooseOne')}
          </option>
          {SERVICES.map((s) => (
            <option key={s} value={s}>
              {t(`service.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={deskId}
        label={t('actions.desk')}
        hint={t('actions.deskHint')}
        hintId={`${deskId}-hint`}
        error={deskError}
        errorPrefix={prefix}
      >
        <select
          id={deskId}
          name="desk"
          aria-invalid={deskError ? true : undefined}
          aria-describedby={describedBy(`${deskId}-hint`, deskError && errorId(deskId))}
          value={p.desk}
          onChange={(e) => {
            const chosen = p.desks.find((d) => d.id === e.currentTarget.value);
            p.setDesk(e.currentTarget.value);
            if (chosen) p.setService(chosen.service);
          }}
        >
          <option value="">{t('actions.noDesk')}</option>
          {offered.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name[p.locale]}
              {d.confirmed ? '' : ` (${t('actions.deskUnconfirmed')})`}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** After a 409 consent_required, in the error summary beside the API's message: the way to the consent form, opened
 *  and focused, so the officer records it and refers again. */
function ConsentNeeded() {
  const { t } = useTranslation('staff');
  function openConsent() {
    const details = document.querySelector<HTMLDetailsElement>('details[data-action="consent"]');
    if (!details) return;
    details.open = true;
    details.querySelector('summary')?.focus();
  }
  return (
    <p>
      <button type="button" className="app-staff__secondary" onClick={openConsent}>
        {t('casePanel.recordConsent')}
      </button>
    </p>
  );
}
