import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { reportField } from '../../../domain/report-form.ts';
import { RISK_IDS } from '../../../domain/risks.ts';
import { ChoiceField } from './ChoiceField.tsx';
import { type EmergencyLine, EmergencyList, type EmergencyNumbers } from './Emergency.tsx';
import { EmergencyFor } from './EmergencyFor.tsx';
import type { FormProvince } from './places.ts';
import { StepFrame } from './StepFrame.tsx';
import { riskAnswerKey, riskOptions } from './spoken.ts';
import { type StepProps, wordingOf } from './step-props.ts';
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
export function RiskStep({
  s,
  emergency,
  listening,
  provinces,
}: {
  s: StepProps;
  emergency: EmergencyNumbers;
  listening: readonly EmergencyLine[];
  provinces: readonly FormProvince[];
}) {
  const { t } = useTranslation('report');
  // The box comes right after the first question answered yes, where the reporter is looking.
  const firstYes = s.enhanced ? RISK_IDS.find((id) => s.values[riskField(id)] === 'yes') : undefined;
  const selfHarm = s.values[riskField('selfHarm')];
  return (
    <StepFrame step="risks" s={s}>
      <p>
        <Wording k="risks.intro" enhanced={s.enhanced} child={s.child} />
      </p>
      {!s.enhanced && <p>{t('risks.noJs')}</p>}
      {!s.enhanced && (
        // Without JavaScript nothing appears on an answer: the comfort and the lines that listen are there from the start.
        <section className="app-comfort" aria-label={t('selfHarm.title')}>
          <p>
            <Wording k="selfHarm.noJs" enhanced={false} child={false} />
          </p>
          <EmergencyList lines={listening} />
        </section>
      )}
      {RISK_IDS.map((id) => (
        <Fragment key={id}>
          <ChoiceField
            field={RISKS}
            s={s}
            name={riskField(id)}
            question={`risk.${id}`}
            // A question asked of a child the safe way round: Yes first, and its Yes posts `no` (domain/risks.ts).
            options={s.enhanced ? riskOptions(id, s.child) : undefined}
            childKey={(o) => riskAnswerKey(id, o, true)}
            legend={<Wording k={`risk.${id}`} enhanced={s.enhanced} child={s.child} />}
            className="app-risk__answers"
          />
          {id === 'selfHarm' && s.enhanced && (selfHarm === 'yes' || selfHarm === 'unsure') && (
            // Comfort first, and lines that listen (no police number); the emergency box follows on a yes.
            <section className="app-comfort" aria-labelledby="self-harm-comfort">
              <h3 id="self-harm-comfort">{t('selfHarm.title', wordingOf(s.child))}</h3>
              <p>{t('selfHarm.comfort', wordingOf(s.child))}</p>
              <EmergencyList lines={listening} />
              <p>{t('selfHarm.hospital', wordingOf(s.child))}</p>
            </section>
          )}
          {id === firstYes && <EmergencyFor id="risk-call" s={s} emergency={emergency} provinces={provinces} callNow="risks.callNow" />}
        </Fragment>
      ))}
    </StepFrame>
  );
}
