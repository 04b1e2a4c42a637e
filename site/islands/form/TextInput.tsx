import { useEffect, useRef, useState } from 'react';
import { Field, type FieldProps } from './Field.tsx';
import { describedBy, errorId } from './ids.ts';

export interface TextInputProps extends Omit<FieldProps, 'children'> {
  name: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** A multi-line box instead of one line. */
  multiline?: boolean;
  /** GOV.UK character count: "12 of 5000 characters", announced politely, at most once a second while typing. */
  counter?: string;
  /** Text direction: by default it follows what is typed; a number reads left to right. */
  dir?: 'ltr' | 'auto';
  inputMode?: 'numeric' | 'text';
}

/** A text input or text area (GOV.UK text input / textarea / character count). */
export function TextInput({ name, value, onChange, maxLength, multiline, counter, dir = 'auto', inputMode, ...field }: TextInputProps) {
  const counterId = `${field.id}-counter`;
  // Throttled: the count moves while typing, once a second, so a screen reader is not read every key.
  const [count, setCount] = useState(counter);
  const due = useRef(0);
  useEffect(() => {
    const id = setTimeout(() => {
      due.current = Date.now() + 1000;
      setCount(counter);
    }, due.current - Date.now());
    return () => clearTimeout(id);
  }, [counter]);
  const attrs = {
    id: field.id,
    name,
    maxLength,
    dir,
    value,
    inputMode,
    autoComplete: multiline ? undefined : 'off',
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': describedBy(
      field.hint !== undefined && field.hintId,
      field.error && errorId(field.id),
      counter !== undefined && counterId,
    ),
  } as const;
  return (
    <Field {...field}>
      {multiline ? (
        <textarea {...attrs} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...attrs} onChange={(e) => onChange(e.target.value)} />
      )}
      {counter !== undefined && (
        <p className="app-form__hint" id={counterId} aria-live="polite">
          {count ?? counter}
        </p>
      )}
    </Field>
  );
}
