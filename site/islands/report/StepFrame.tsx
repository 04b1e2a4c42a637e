import type { ReactNode } from 'react';
import { type ReportStep, stepIcon } from '../../../domain/report-form.ts';
import { Icon } from './Icon.tsx';
import type { StepProps } from './step-props.ts';
import { Wording } from './Wording.tsx';

/** One step: a fieldset whose legend is the step's title as a heading (focused when the step opens). */
export function StepFrame({ step, s, children }: { step: ReportStep; s: StepProps; children: ReactNode }) {
  return (
    <fieldset className="app-step">
      <legend className="app-step__legend">
        <h2
          ref={s.enhanced ? s.headingRef : undefined}
          tabIndex={s.enhanced ? -1 : undefined}
          className="app-step__title"
          id={s.enhanced ? `step-${step}` : undefined}
        >
          <Icon name={stepIcon(step)} />
          <Wording k={`steps.${step}`} enhanced={s.enhanced} child={s.child} />
        </h2>
      </legend>
      {children}
    </fieldset>
  );
}
