import type { ReactNode } from 'react';

export interface ErrorMessageProps {
  id: string;
  /** The localised, visually hidden prefix ("Error:"), so a screen reader says what kind of message this is. */
  prefix: string;
  children: ReactNode;
}

/** A field's error message (GOV.UK error message): the field points at it with aria-describedby. */
export function ErrorMessage({ id, prefix, children }: ErrorMessageProps) {
  return (
    <p className="app-form__error" id={id}>
      <span className="app-u-visually-hidden">{prefix} </span>
      {children}
    </p>
  );
}
