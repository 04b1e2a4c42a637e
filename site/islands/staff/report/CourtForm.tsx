import { useTranslation } from 'react-i18next';
import { COURT_ORDERS, SERVICES } from '../../../../domain/vocabulary.ts';
import { type Act, ActionForm, TextField } from './ActionForm.tsx';
import { ChoiceGroup, DateField } from './CaseFields.tsx';

// The orders the court gives most come first; any service may be ordered.
const ORDERS = [...COURT_ORDERS, ...SERVICES.filter((s) => !(COURT_ORDERS as readonly string[]).includes(s))];

/** The child's production before the Child Protection Court and the presiding officer's orders: each order becomes a
 *  referral to follow, and counts as consent for that service. */
export function CourtForm({ act }: { act: Act }) {
  const { t } = useTranslation('staff');
  return (
    <ActionForm
      id="court"
      title={t('casePanel.courtTitle')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({
        type: 'court',
        date: d.get('date'),
        orders: d.getAll('orders'),
        ...(d.get('note') ? { note: d.get('note') } : {}),
      })}
    >
      <DateField name="date" label={t('casePanel.courtDate')} />
      <ChoiceGroup
        name="orders"
        legend={t('casePanel.courtOrders')}
        hint={t('casePanel.courtOrdersHint')}
        choices={ORDERS.map((s) => [s, t(`service.${s}`)])}
      />
      <TextField name="note" label={t('actions.note')} optional multiline />
    </ActionForm>
  );
}
