// Fields the case steps' forms share beside ActionForm's text and select fields: a calendar day, and a group of
// checkboxes (needs, consent scopes, court orders), each showing the API's error for its name.
import { useTranslation } from 'react-i18next';
import { REVIEW_INTERVAL_DAYS } from '../../../../domain/vocabulary.ts';
import { ErrorMessage } from '../../form/ErrorMessage.tsx';
import { Field } from '../../form/Field.tsx';
import { describedBy, errorId } from '../../form/ids.ts';
import { useFieldError, useFieldId } from './ActionForm.tsx';

/** A Pakistan calendar day (YYYY-MM-DD), as the API's `Day` takes it; digits left to right in either direction. */
export function DateField({ name, label, hint, optional }: { name: string; label: string; hint?: string; optional?: boolean }) {
  const { t } = useTranslation('api');
  const id = useFieldId(name);
  const error = useFieldError(name);
  const hintId = `${id}-hint`;
  return (
    <Field id={id} label={label} hint={hint} hintId={hintId} error={error} errorPrefix={t('field.errorPrefix')}>
      <input
        id={id}
        name={name}
        type="date"
        dir="ltr"
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId(id))}
      />
    </Field>
  );
}

/** Checkboxes under one legend, all named `name` (FormData.getAll gives the chosen values in order). */
export function ChoiceGroup({ name, legend, hint, choices }: { name: string; legend: string; hint?: string; choices: [string, string][] }) {
  const { t } = useTranslation('api');
  const id = useFieldId(name);
  const error = useFieldError(name);
  const hintId = `${id}-hint`;
  return (
    <fieldset id={id} className="app-staff__choices" aria-describedby={describedBy(hint && hintId, error && errorId(id))}>
      <legend>{legend}</legend>
      {hint && (
        <p className="app-form__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <ErrorMessage id={errorId(id)} prefix={t('field.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      {choices.map(([value, text]) => (
        <label key={value}>
          <input type="checkbox" name={name} value={value} /> {text}
        </label>
      ))}
    </fieldset>
  );
}

/** The review intervals the hints name, from the vocabulary (the one home of the rule). */
export const REVIEW_HINT = { high: REVIEW_INTERVAL_DAYS.high, other: REVIEW_INTERVAL_DAYS.medium };
