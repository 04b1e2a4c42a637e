import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICES } from '../../../../domain/vocabulary.ts';
import type { Locale } from '../../../../locales/index.ts';
import type { Desk } from '../../api/types.ts';
import { type Act, ActionForm, TextField, useFieldId } from './ActionForm.tsx';

/** Refer to a service, and to one of the district's desks when the service has one: the desk then sees it. */
export function ReferForm({ desks, locale, act }: { desks: Desk[]; locale: Locale; act: Act }) {
  const { t } = useTranslation('staff');
  const serviceId = useFieldId('service');
  const deskId = useFieldId('desk');
  const [service, setService] = useState('');
  const [desk, setDesk] = useState('');
  const offered = desks.filter((d) => !service || d.service === service);
  return (
    <ActionForm
      id="refer"
      title={t('actions.refer')}
      submit={t('actions.submit')}
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
      <div className="app-form__field">
        <label htmlFor={serviceId}>{t('actions.service')}</label>
        <select
          id={serviceId}
          name="service"
          required
          value={service}
          onChange={(e) => {
            setService(e.currentTarget.value);
            setDesk('');
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
      </div>
      <div className="app-form__field">
        <label htmlFor={deskId}>{t('actions.desk')}</label>
        <p className="app-form__hint" id={`${deskId}-hint`}>
          {t('actions.deskHint')}
        </p>
        <select
          id={deskId}
          name="desk"
          aria-describedby={`${deskId}-hint`}
          value={desk}
          onChange={(e) => {
            const chosen = desks.find((d) => d.id === e.currentTarget.value);
            setDesk(e.currentTarget.value);
            if (chosen) setService(chosen.service);
          }}
        >
          <option value="">{t('actions.noDesk')}</option>
          {offered.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name[locale]}
              {d.confirmed ? '' : ` (${t('actions.deskUnconfirmed')})`}
            </option>
          ))}
        </select>
      </div>
      <TextField name="note" label={t('actions.referNote')} hint={t('actions.referNoteHint')} optional multiline />
    </ActionForm>
  );
}
