import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/languages.ts';
import { SERVICES } from '../../../../domain/vocabulary.ts';
import type { Desk } from '../../api/types.ts';
import { Field } from '../../form/Field.tsx';
import { describedBy, errorId } from '../../form/ids.ts';
import { type Act, ActionForm, TextField, useFieldError, useFieldId } from './ActionForm.tsx';
import { DateField, REVIEW_HINT } from './CaseFields.tsx';

/** The case plan: goals, each with an optional service and desk and a due date, and the first review date. A
 *  high-risk plan counts once the unit's supervisor approves it. */
export function PlanForm({ desks, locale, act }: { desks: Desk[]; locale: Lang; act: Act }) {
  const { t } = useTranslation('staff');
  // Stable keys for the goal rows, so removing one keeps what was typed in the others; names follow the position.
  const next = useRef(1);
  const [rows, setRows] = useState<number[]>([0]);
  return (
    <ActionForm
      id="plan"
      title={t('casePanel.planTitle')}
      submit={t('actions.submit')}
      act={async (action) => {
        const result = await act(action);
        if (!result) setRows([next.current++]);
        return result;
      }}
      build={(d) => ({
        type: 'plan',
        goals: rows.map((_, i) => {
          const v = (k: string) => d.get(`goals.${i}.${k}`);
          return {
            text: v('text'),
            due: v('due'),
            ...(v('service') ? { service: v('service') } : {}),
            ...(v('desk') ? { desk: v('desk') } : {}),
          };
        }),
        reviewBy: d.get('reviewBy'),
      })}
    >
      {rows.map((key, i) => (
        <fieldset key={key} className="app-staff__goal" data-goal={i}>
          <legend>{t('casePanel.goalLegend', { number: i + 1 })}</legend>
          <TextField name={`goals.${i}.text`} label={t('casePanel.goalText')} />
          <OptionalSelect
            name={`goals.${i}.service`}
            label={t('casePanel.goalService')}
            options={SERVICES.map((s) => [s, t(`service.${s}`)])}
          />
          <OptionalSelect
            name={`goals.${i}.desk`}
            label={t('casePanel.goalDesk')}
            options={desks.map((d) => [d.id, `${d.name[locale]} (${t(`service.${d.service}`)})`])}
          />
          <DateField name={`goals.${i}.due`} label={t('casePanel.goalDue')} />
          {rows.length > 1 && (
            <button type="button" className="app-staff__secondary" onClick={() => setRows(rows.filter((k) => k !== key))}>
              {t('casePanel.removeGoal', { number: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button type="button" className="app-staff__secondary" onClick={() => setRows([...rows, next.current++])}>
          {t('casePanel.addGoal')}
        </button>
      </p>
      <DateField name="reviewBy" label={t('casePanel.reviewBy')} hint={t('casePanel.reviewByHint', REVIEW_HINT)} />
    </ActionForm>
  );
}

/** A choice that may be left empty ("none"), with the API's error for its name. */
function OptionalSelect({ name, label, options }: { name: string; label: string; options: [string, string][] }) {
  const { t } = useTranslation(['staff', 'api']);
  const id = useFieldId(name);
  const error = useFieldError(name);
  return (
    <Field id={id} label={label} error={error} errorPrefix={t('api:field.errorPrefix')}>
      <select
        id={id}
        name={name}
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId(id))}
      >
        <option value="">{t('casePanel.noChoice')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
