// What every step of the report island is given by the controller (ReportForm.tsx).

import type { RefObject } from 'react';
import type { Lang } from '../../../domain/languages.ts';

export type Values = Record<string, string>;

export interface StepProps {
  locale: Lang;
  values: Values;
  set: (name: string, value: string) => void;
  /** Errors by field name, from the step check or the API. */
  errors: Record<string, string>;
  /** False while server-rendered (the JavaScript-off long form) and until hydrated. */
  enhanced: boolean;
  /** "This is happening to me": the child's wording. */
  child: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export const wordingOf = (child: boolean) => (child ? { context: 'child' } : {});
