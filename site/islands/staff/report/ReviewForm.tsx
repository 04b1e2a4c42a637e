import { useTranslation } from 'react-i18next';
import { REVIEW_OUTCOMES } from '../../../../domain/vocabulary.ts';
import { type Act, ActionForm, SelectField, TextField } from './ActionForm.tsx';
import { DateField, REVIEW_HINT } from './CaseFields.tsx';

/** A follow-up visit or call: its outcome and note, and the next review date (left empty: the longest the risk level
 *  allows, 30 days for high risk, 90 otherwise). */
export function ReviewForm({ act }: { act: Act }) {
  const { t } = useTranslation('staff');
  return (
    <ActionForm
      id="review"
      title={t('casePanel.reviewTitle')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({
        type: 'review',
        outcome: d.get('outcome'),
        note: d.get('note'),
        ...(d.get('nextReviewBy') ? { nextReviewBy: d.get('nextReviewBy') } : {}),
      })}
    >
      <SelectField name="outcome" label={t('casePanel.reviewOutcome')} options={REVIEW_OUTCOMES.map((o) => [o, t(`reviewOutcome.${o}`)])} />
      <TextField name="note" label={t('casePanel.reviewNote')} multiline />
      <DateField name="nextReviewBy" label={t('casePanel.nextReviewBy')} hint={t('casePanel.nextReviewHint', REVIEW_HINT)} optional />
    </ActionForm>
  );
}
