import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceIcon, choiceLabelKey, type ReportField } from '../../../domain/report-form.ts';
import { fieldId } from '../form/ids.ts';
import { Radios } from '../form/Radios.tsx';
import { Icon } from './Icon.tsx';
import { Listen } from './Listen.tsx';
import { type StepProps, wordingOf } from './step-props.ts';
import { Both } from './Wording.tsx';

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
  /** The locale key of a choice's words in the child's wording, when not the adult's key (a question asked the safe way round). */
  childKey?: (option: string) => string;
  /** Pictures beside the choices (names of ICONS), when not the field's own. */
  icons?: (option: string) => string | undefined;
  className?: string;
}

/** A described radios field with its Listen button: the question is the step's title unless `legend` is given. */
export function ChoiceField({ field, s, name = field.name, question, legend, options, label, childKey, icons, className }: Props) {
  const { t } = useTranslation(['report', 'api']);
  const choices = options ?? field.choices ?? [];
  const adult = (o: string) => t(choiceLabelKey(field, o));
  const childs = (o: string) => t(childKey?.(o) ?? choiceLabelKey(field, o), wordingOf(true));
  const words = label ?? (s.child ? childs : adult);
  const questionId = legend === undefined ? `step-${field.step}` : `${fieldId(name)}-q`;
  const spoken = [t(question ?? field.label, wordingOf(s.child)), ...choices.map(words)];
  const icon = icons ?? (field.choiceIcon ? (o: string) => choiceIcon(field, o) : undefined);
  return (
    <Radios
      name={name}
      id={fieldId(name)}
      options={choices}
      value={s.values[name]}
      onChange={(v) => s.set(name, v)}
      // Without JavaScript both wordings are sent and CSS shows the child's once "this is happening to me" is ticked.
      label={label || s.enhanced ? words : (o) => <Both adult={adult(o)} child={childs(o)} />}
      hint={field.choiceHint ? (o) => t(`${field.choiceHint}.${o}`) : undefined}
      icon={icon ? (o) => <Icon name={icon(o)!} /> : undefined}
      error={s.errors[name]}
      errorPrefix={t('api:field.errorPrefix')}
      legend={legend}
      legendId={s.enhanced ? questionId : undefined}
      extra={
        s.enhanced && <Listen lang={s.locale} parts={spoken} describedBy={questionId} recorded={s.child || field.name === 'reporter'} />
      }
      className={className}
    />
  );
}
