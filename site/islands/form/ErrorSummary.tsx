import type { ReactNode, Ref } from 'react';

export interface ErrorSummaryProps {
  /** The localised, visually hidden prefix ("Error:"). */
  prefix: string;
  message: ReactNode;
  title?: ReactNode;
  /** Focused when it appears, so keyboard and screen-reader users land on it. */
  focusRef?: Ref<HTMLDivElement>;
  /** ErrorLinks to the fields that need fixing, and/or an action offered with the message ("Try again"). */
  children?: ReactNode;
}

/** The summary at the top of a form (GOV.UK error summary): announced (role=alert) and focusable. */
export function ErrorSummary({ prefix, message, title, focusRef, children }: ErrorSummaryProps) {
  return (
    <div role="alert" tabIndex={-1} ref={focusRef} className="app-form__error app-error-summary">
      {title && <h2>{title}</h2>}
      <p>
        <span className="app-u-visually-hidden">{prefix} </span>
        {message}
      </p>
      {children}
    </div>
  );
}

/** The summary's list: each problem a link to its field (`#` + the field's id). */
export function ErrorLinks({ items }: { items: { href: string; text: ReactNode }[] }) {
  return (
    <ul>
      {items.map((i) => (
        <li key={i.href}>
          <a href={i.href}>{i.text}</a>
        </li>
      ))}
    </ul>
  );
}
