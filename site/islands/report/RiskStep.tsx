import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_ANSWERS, RISK_IDS } from '../../../domain/risks.ts';

interface Props {
  values: Record<string, string>;
  /** The child's wording ("this is happening to me") once known; without JavaScript both are sent. */
  child: boolean;
  enhanced: boolean;
  radios: (name: string, options: readonly string[], label: (o: string) => string) => ReactNode;
  emergencyList: ReactNode;
  callIcon: ReactNode;
}

export const riskField = (id: string) => `risks.${id}`;

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
export function RiskStep({ values, child, enhanced, radios, emergencyList, callIcon }: Props) {
  const { t } = useTranslation('report');
  const ctx = child ? { context: 'child' } : {};
  const anyYes = RISK_IDS.some((id) => values[riskField(id)] === 'yes');
  const both = (key: string) =>
    enhanced ? (
      t(key, ctx)
    ) : (
      <>
        <span className="app-when-adult">{t(key)}</span>
        <span className="app-when-child">{t(key, { context: 'child' })}</span>
      </>
    );
  return (
    <>
      <p>{both('risks.intro')}</p>
      {!enhanced && <p>{t('risks.noJs')}</p>}
      {RISK_IDS.map((id) => (
        <fieldset className="app-form__field" key={id}>
          <legend className="app-form__legend">{both(`risk.${id}`)}</legend>
          <div className="app-risk__answers">{radios(riskField(id), RISK_ANSWERS, (o) => t(`risks.${o}`))}</div>
        </fieldset>
      ))}
      {enhanced && anyYes && (
        <section className="app-emergency" role="alert" aria-labelledby="risk-call">
          <h3 id="risk-call">
            {callIcon} {t('emergency.title')}
          </h3>
          {emergencyList}
          <p>{t('risks.callNow', ctx)}</p>
        </section>
      )}
    </>
  );
}
