import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { describedBy, errorId } from './ids.ts';

export interface RadiosProps {
  name: string;
  /** Base of the ids: each choice is `${id}-${value}`, the error `${id}-error`. */
  id: string;
  options: readonly string[];
  value: string | undefined;
  onChange: (value: string) => void;
  label: (option: string) => ReactNode;
  hint?: (option: string) => ReactNode;
  /** A picture before a choice's words (decorative). */
  icon?: (option: string) => ReactNode;
  error?: string;
  errorPrefix: string;
  /**
   * The question. Given, the choices are their own fieldset with it as the legend; without it they belong to
   * the fieldset around them (a step whose title is the question).
   */
  legend?: ReactNode;
  legendId?: string;
  /** Shown after the legend, outside it (so it is not part of the group's name): e.g. a Listen button. */
  extra?: ReactNode;
  className?: string;
}

/** A group of radio buttons (GOV.UK radios): the error beside the question, the first choice described by it. */
export function Radios(p: RadiosProps) {
  const err = p.error ? errorId(p.id) : undefined;
  const choices = p.options.map((o, i) => {
    const id = `${p.id}-${o}`;
    return (
      <div className="app-choice" key={o}>
        <input
          type="radio"
          id={id}
          name={p.name}
          value={o}
          checked={p.value === o}
          onChange={() => p.onChange(o)}
          aria-invalid={i === 0 && err ? true : undefined}
          aria-describedby={i === 0 ? describedBy(err) : undefined}
        />
        {p.icon?.(o)}
        <label htmlFor={id}>
          {p.label(o)}
          {p.hint && <small className="app-choice__hint">{p.hint(o)}</small>}
        </label>
      </div>
    );
  });
  const body = (
    <>
      {p.extra}
      {err && (
        <ErrorMessage id={err} prefix={p.errorPrefix}>
          {p.error}
        </ErrorMessage>
      )}
      {p.className ? <div className={p.className}>{choices}</div> : choices}
    </>
  );
  if (p.legend === undefined) return body;
  return (
    <fieldset className="app-form__field">
      <legend className="app-form__legend" id={p.legendId}>
        {p.legend}
      </legend>
      {body}
    </fieldset>
  );
}
