import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceIcon, choiceLabelKey, type ReportField } from '../../../domain/report-form.ts';
import { fieldId } from '../form/ids.ts';
import { Radios } from '../form/Radios.tsx';
import { Icon } from './Icon.tsx';
import { Listen } from './Listen.tsx';
import { type StepProps, wordingOf } from './step-props.ts';

interface Props {
  field: ReportField;
  s: StepProps;
  /** Input name when it differs from the field's (a risk question: `risks.<id>`). */
  name?: string;
  /** The question's locale key when it differs from the field's label. */
  question?: string;
  /** The question is its own fieldset (not the step's title). */
  legend?: ReactNode;
  /** A subset or reordering of the field's choices, and their words (a child's category choices). */
  options?: readonly string[];
  label?: (option: string) => string;
  className?: string;
}

/** A described radios field with its Listen button: the question is the step's title unless `legend` is given. */
export function ChoiceField({ field, s, name = field.name, question, legend, options, label, className }: Props) {
  const { t } = useTranslation(['report', 'api']);
  const choices = options ?? field.choices ?? [];
  const words = label ?? ((o: string) => t(choiceLabelKey(field, o)));
  const questionId = legend === undefined ? `step-${field.step}` : `${fieldId(name)}-q`;
  const spoken = [t(question ?? field.label, wordingOf(s.child)), ...choices.map(words)];
  return (
    <Radios
      name={name}
      id={fieldId(name)}
      options={choices}
      value={s.values[name]}
      onChange={(v) => s.set(name, v)}
      label={words}
      hint={field.choiceHint ? (o) => t(`${field.choiceHint}.${o}`) : undefined}
      icon={field.choiceIcon ? (o) => <Icon name={choiceIcon(field, o)!} /> : undefined}
      error={s.errors[name]}
      errorPrefix={t('api:field.errorPrefix')}
      legend={legend}
      legendId={s.enhanced ? questionId : undefined}
      extra={s.enhanced && <Listen lang={s.locale} parts={spoken} describedBy={questionId} />}
      className={className}
    />
  );
}
