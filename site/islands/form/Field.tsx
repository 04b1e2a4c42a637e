import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { errorId } from './ids.ts';

export interface FieldProps {
  id: string;
  label: ReactNode;
  labelId?: string;
  /** Hint paragraphs under the label; each needs its id listed in the control's aria-describedby. */
  hint?: ReactNode;
  hintId?: string;
  /** An extra class for the hint, e.g. a warning. */
  hintClass?: string;
  /** A further note after the hint, not tied to the control. */
  note?: ReactNode;
  /** Shown beside the label (e.g. a Listen button); not part of the label. */
  extra?: ReactNode;
  error?: string;
  errorPrefix: string;
  children: ReactNode;
}

/** A labelled field (label, extra, hint, error, control), the frame of Select, TextInput and TextArea. */
export function Field({ id, label, labelId, hint, hintId, hintClass, note, extra, error, errorPrefix, children }: FieldProps) {
  return (
    <div className="app-form__field">
      <label htmlFor={id} id={labelId}>
        {label}
      </label>
      {extra}
      {hint !== undefined && (
        <p className={hintClass ? `app-form__hint ${hintClass}` : 'app-form__hint'} id={hintId}>
          {hint}
        </p>
      )}
      {note}
      {error && (
        <ErrorMessage id={errorId(id)} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      )}
      {children}
    </div>
  );
}
