import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { reportField } from '../../../domain/report-form.ts';
import { RISK_IDS } from '../../../domain/risks.ts';
import { ChoiceField } from './ChoiceField.tsx';
import type { EmergencyNumbers } from './Emergency.tsx';
import { EmergencyFor } from './EmergencyFor.tsx';
import type { FormProvince } from './places.ts';
import { StepFrame } from './StepFrame.tsx';
import type { StepProps } from './step-props.ts';
import { Wording } from './Wording.tsx';

export const riskField = (id: string) => `risks.${id}`;
const RISKS = reportField('risks');

/** The risk answers typed so far, as the contract's `risks` object (unanswered questions left out). */
export function riskAnswers(values: Record<string, string>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const id of RISK_IDS) if (values[riskField(id)]) out[id] = values[riskField(id)]!;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Yes / no / not sure for each risk question, all optional. A yes shows the emergency numbers at once, as
 * the "in danger now" answer does, because the report will be an emergency whatever else is said.
 */
export function RiskStep({ s, emergency, provinces }: { s: StepProps; emergency: EmergencyNumbers; provinces: readonly FormProvince[] }) {
  const { t } = useTranslation('report');
  // The box comes right after the first question answered yes, where the reporter is looking.
  const firstYes = s.enhanced ? RISK_IDS.find((id) => s.values[riskField(id)] === 'yes') : undefined;
  return (
    <StepFrame step="risks" s={s}>
      <p>
        <Wording k="risks.intro" enhanced={s.enhanced} child={s.child} />
      </p>
      {!s.enhanced && <p>{t('risks.noJs')}</p>}
      {RISK_IDS.map((id) => (
        <Fragment key={id}>
          <ChoiceField
            field={RISKS}
            s={s}
            name={riskField(id)}
            question={`risk.${id}`}
            legend={<Wording k={`risk.${id}`} enhanced={s.enhanced} child={s.child} />}
            className="app-risk__answers"
          />
          {id === firstYes && <EmergencyFor id="risk-call" s={s} emergency={emergency} provinces={provinces} callNow="risks.callNow" />}
        </Fragment>
      ))}
    </StepFrame>
  );
}
