// The pieces every action form of a report is made of: a disclosure holding one form, its fields, its errors.
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAction } from '../../api/types.ts';

/** Sends one action; resolves to null on success, else the field errors (and `_`, the message) for the form. */
export type Act = (action: StaffAction) => Promise<Record<string, string> | null>;

/** An action as a form builds it: exactly the keys the API's ActionInput has for that `type`, each value as the
 *  form holds it (a choice left empty is null). Only the key names and the type are checked here. */
export type FormAction = Formed<StaffAction>;
type Formed<A> = A extends { type: string } ? { [K in keyof A]: K extends 'type' ? A[K] : FormDataEntryValue | null } : never;

/** A form's action goes to the API as the person filled it in: the API is the one judge of the values, and answers a
 *  missing or wrong one with a field error in the person's language, which the form shows beside what they typed. */
export const sent = (action: FormAction) => action as StaffAction;

/** A disclosure holding one action's form: native <details>, so it opens with Enter/Space and needs no script to be reachable. */
export function ActionForm({
  id,
  title,
  submit,
  act,
  build,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  act: Act;
  build: (d: FormData) => FormAction;
  children: ReactNode;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    const result = await act(sent(build(new FormData(form))));
    setBusy(false);
    setErrors(result ?? {});
    if (!result) form.reset();
  }
  return (
    <details className="app-staff__action" data-action={id}>
      <summary>{title}</summary>
      <form onSubmit={onSubmit} noValidate data-errors={JSON.stringify(errors)}>
        {errors._ && (
          <p role="alert" className="app-form__error">
            {errors._}
            {Object.entries(errors)
              .filter(([k]) => k !== '_' && k !== 'type')
              .map(([k, v]) => (
                <span key={k}> {v}</span>
              ))}
          </p>
        )}
        {children}
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </form>
    </details>
  );
}

let fieldSeq = 0;
export function useFieldId(name: string) {
  const ref = useRef<string>('');
  if (!ref.current) ref.current = `f-${name}-${++fieldSeq}`;
  return ref.current;
}

export function TextField({
  name,
  label,
  hint,
  optional,
  multiline,
  ltr,
}: {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  ltr?: boolean;
}) {
  const id = useFieldId(name);
  return (
    <div className="app-form__field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="app-form__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea id={id} name={name} rows={4} required={!optional} dir="auto" aria-describedby={hint ? `${id}-hint` : undefined} />
      ) : (
        <input id={id} name={name} required={!optional} dir={ltr ? 'ltr' : 'auto'} aria-describedby={hint ? `${id}-hint` : undefined} />
      )}
    </div>
  );
}

export function SelectField({ name, label, options, value }: { name: string; label: string; options: [string, string][]; value?: string }) {
  const id = useFieldId(name);
  const { t } = useTranslation('staff');
  return (
    <div className="app-form__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} required defaultValue={value ?? ''}>
        <option value="" disabled>
          {t('actions.chooseOne')}
        </option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
