import { useTranslation } from 'react-i18next';
import { RISK_LEVELS, SERVICES } from '../../../../domain/vocabulary.ts';
import { type Act, ActionForm, SelectField, TextField } from './ActionForm.tsx';
import { ChoiceGroup } from './CaseFields.tsx';

/** The assessment: the risk level of the inter-agency guidelines, the needs (across the services), what was done at
 *  once to keep the child safe. A later assessment replaces the risk level and keeps the plan. */
export function AssessForm({ act }: { act: Act }) {
  const { t } = useTranslation('staff');
  return (
    <ActionForm
      id="assess"
      title={t('casePanel.assessTitle')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({
        type: 'assess',
        riskLevel: d.get('riskLevel'),
        needs: d.getAll('needs'),
        summary: d.get('summary'),
        ...(d.get('immediateSafety') ? { immediateSafety: d.get('immediateSafety') } : {}),
      })}
    >
      <SelectField
        name="riskLevel"
        label={t('riskLevel.label')}
        hint={t('casePanel.riskHint')}
        options={RISK_LEVELS.map((l) => [l, t(`riskLevel.${l}`)])}
      />
      <ChoiceGroup name="needs" legend={t('casePanel.needs')} choices={SERVICES.map((s) => [s, t(`service.${s}`)])} />
      <TextField name="summary" label={t('casePanel.summary')} multiline />
      <TextField name="immediateSafety" label={t('casePanel.immediateSafety')} optional multiline />
    </ActionForm>
  );
}
