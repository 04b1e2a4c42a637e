// The pieces every action form of a report is made of: a disclosure holding one form, its fields, its errors.
import { createContext, type FormEvent, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAction } from '../../api/types.ts';
import { ErrorLinks, ErrorSummary } from '../../form/ErrorSummary.tsx';
import { Field } from '../../form/Field.tsx';
import { describedBy, errorId } from '../../form/ids.ts';

/** Sends one action; resolves to null on success, else the field errors (and `_`, the message) for the form. */
export type Act = (action: StaffAction) => Promise<Record<string, string> | null>;

/** An action as a form builds it: exactly the keys the API's ActionInput has for that `type`, each value as the
 *  form holds it (a choice left empty is null). Only the key names and the type are checked here. */
export type FormAction = Formed<StaffAction>;
type Formed<A> = A extends { type: string }
  ? { [K in keyof A]: K extends 'type' ? A[K] : FormValue | FormValue[] | boolean | Record<string, FormValue>[] }
  : never;
/** One value as a form holds it (a choice left empty is null). A case plan's goals are a list of such records. */
type FormValue = FormDataEntryValue | null;

/** A form's action goes to the API as the person filled it in: the API is the one judge of the values, and answers a
 *  missing or wrong one with a field error in the person's language, which the form shows beside what they typed. */
export const sent = (action: FormAction) => action as StaffAction;

/** The form a field is in: its id (so a field's id, and the summary's link to it, are known from the field's name)
 *  and the API's field errors from the last attempt. */
const FormErrors = createContext<{ formId: string; errors: Record<string, string> } | null>(null);

/** The field's error from the API's last answer, if any (the API's `fields` are keyed by the field's name). */
export function useFieldError(name: string): string | undefined {
  const form = useContext(FormErrors);
  return form?.errors[name];
}

/** A disclosure holding one action's form: native <details>, so it opens with Enter/Space and needs no script to be reachable. */
export function ActionForm({
  id,
  title,
  submit,
  act,
  build,
  errorAction,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  act: Act;
  build: (d: FormData) => FormAction;
  /** A way out offered inside the error summary for some answers (a refused referral: record consent). */
  errorAction?: (errors: Record<string, string>) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('api');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    const result = await act(sent(build(new FormData(form))));
    setBusy(false);
    setErrors(result ?? {});
    if (!result) form.reset();
  }
  // GOV.UK error summary: focus moves to it once it is on the page (after each refused attempt, as `errors` is a new
  // object each time), so the person hears what to fix and can follow its links.
  useEffect(() => {
    if (errors._) summaryRef.current?.focus();
  }, [errors]);
  // Keys starting with `_` are the answer's message and code, not fields.
  const links = Object.entries(errors)
    .filter(([k]) => !k.startsWith('_') && k !== 'type')
    .map(([k, v]) => ({ href: `#${formFieldId(id, k)}`, text: v }));
  return (
    <details className="app-staff__action" data-action={id}>
      <summary>{title}</summary>
      <form onSubmit={onSubmit} noValidate data-errors={JSON.stringify(errors)}>
        {errors._ && (
          <ErrorSummary prefix={t('field.errorPrefix')} message={errors._} focusRef={summaryRef}>
            {links.length > 0 && <ErrorLinks items={links} />}
            {errorAction?.(errors)}
          </ErrorSummary>
        )}
        <FormErrors.Provider value={{ formId: id, errors }}>{children}</FormErrors.Provider>
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </form>
    </details>
  );
}

/** A field's id inside an action form: the form's and the field's names, unique on the page as the forms are. */
export const formFieldId = (formId: string, name: string) => `f-${formId}-${name}`;

let fieldSeq = 0;
export function useFieldId(name: string) {
  const form = useContext(FormErrors);
  const ref = useRef<string>('');
  if (!ref.current) ref.current = form ? formFieldId(form.formId, name) : `f-${name}-${++fieldSeq}`;
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
  const { t } = useTranslation('api');
  const id = useFieldId(name);
  const error = useFieldError(name);
  const hintId = `${id}-hint`;
  const attrs = {
    id,
    name,
    required: !optional,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && hintId, error && errorId(id)),
  } as const;
  return (
    <Field id={id} label={label} hint={hint || undefined} hintId={hintId} error={error} errorPrefix={t('field.errorPrefix')}>
      {multiline ? <textarea {...attrs} rows={4} dir="auto" /> : <input {...attrs} dir={ltr ? 'ltr' : 'auto'} />}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  options,
  value,
  hint,
}: {
  name: string;
  label: string;
  options: [string, string][];
  value?: string;
  hint?: string;
}) {
  const id = useFieldId(name);
  const error = useFieldError(name);
  const { t } = useTranslation(['staff', 'api']);
  const hintId = `${id}-hint`;
  return (
    <Field id={id} label={label} hint={hint} hintId={hintId} error={error} errorPrefix={t('api:field.errorPrefix')}>
      <select
        id={id}
        name={name}
        required
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId(id))}
      >
        <option value="" disabled>
          {t('actions.chooseOne')}
        </option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
