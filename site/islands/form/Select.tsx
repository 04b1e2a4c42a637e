import type { ReactNode } from 'react';
import { Field, type FieldProps } from './Field.tsx';
import { describedBy, errorId } from './ids.ts';

export interface SelectProps extends Omit<FieldProps, 'children'> {
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** The first, empty option's words ("Choose one"). */
  placeholder: string;
  /** <option> and <optgroup> elements. */
  children: ReactNode;
}

export function Select({ name, value, onChange, placeholder, children, ...field }: SelectProps) {
  return (
    <Field {...field}>
      <select
        id={field.id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.hint !== undefined && field.hintId, field.error && errorId(field.id))}
      >
        <option value="">{placeholder}</option>
        {children}
      </select>
    </Field>
  );
}
