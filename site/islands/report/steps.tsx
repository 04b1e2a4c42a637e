// The report form's question steps, one component each, drawn from the form's description
// (domain/report-form.ts); the risk questions are RiskStep.tsx, where the place is asked WhereStep.tsx.
import { useTranslation } from 'react-i18next';
import { CHILD_CATEGORY_CHOICES, childChoiceOf } from '../../../domain/child-categories.ts';
import { type ReportField, reportField, textLength } from '../../../domain/report-form.ts';
import { fieldId } from '../form/ids.ts';
import { TextInput } from '../form/TextInput.tsx';
import { ChoiceField } from './ChoiceField.tsx';
import { EmergencyList, type EmergencyNumbers, linesFor } from './Emergency.tsx';
import { EmergencyFor } from './EmergencyFor.tsx';
import { Listen } from './Listen.tsx';
import type { FormProvince } from './places.ts';
import { StepFrame } from './StepFrame.tsx';
import { type StepProps, wordingOf } from './step-props.ts';

export function WhoStep({ s }: { s: StepProps }) {
  return (
    <StepFrame step="who" s={s}>
      <ChoiceField field={reportField('reporter')} s={s} />
    </StepFrame>
  );
}

/** A child's words for a category where it has them (domain/child-categories.ts), else the category's name. */
export function useCategoryLabel(child: boolean) {
  const { t } = useTranslation('report');
  return (c: string) => {
    const choice = child ? childChoiceOf(c) : null;
    return choice ? t(`childCategory.${choice}`) : t(`category.${c}`);
  };
}

export function WhatStep({ s }: { s: StepProps }) {
  const { t } = useTranslation('report');
  const label = useCategoryLabel(s.child);
  // A child gets a few choices in their own words, each standing for a category (domain/child-categories.ts).
  const childMode = s.child && s.enhanced;
  const field: ReportField = childMode ? { ...reportField('category'), choiceHint: undefined } : reportField('category');
  return (
    <StepFrame step="what" s={s}>
      {childMode && <p>{t('form.childIntro')}</p>}
      <ChoiceField
        field={field}
        s={s}
        options={childMode ? CHILD_CATEGORY_CHOICES.map((c) => c.category) : undefined}
        label={childMode ? label : undefined}
      />
    </StepFrame>
  );
}

export function DangerStep({ s, emergency, provinces }: { s: StepProps; emergency: EmergencyNumbers; provinces: readonly FormProvince[] }) {
  const { t } = useTranslation('report');
  return (
    <StepFrame step="danger" s={s}>
      {!s.enhanced && (
        <>
          <p>{t('danger.noJs')}</p>
          <EmergencyList lines={linesFor(emergency, undefined)} />
        </>
      )}
      <ChoiceField field={reportField('immediateDanger')} s={s} />
      {s.enhanced && s.values.immediateDanger === 'true' && (
        <EmergencyFor id="danger-call" s={s} emergency={emergency} provinces={provinces} callNow="danger.callNow" />
      )}
    </StepFrame>
  );
}

export function ChildStep({ s }: { s: StepProps }) {
  const { t } = useTranslation('report');
  const ctx = wordingOf(s.child);
  return (
    <StepFrame step="child" s={s}>
      {(['child.ageBand', 'child.gender'] as const).map((name) => {
        const field = reportField(name);
        return <ChoiceField key={name} field={field} s={s} legend={t(field.label, ctx)} />;
      })}
    </StepFrame>
  );
}

/** A described one-line or multi-line text field, with its hint, Listen and (for long text, once the script runs:
 *  without it a count would never move) a character count. */
export function TextField({ s, field, hintClass, note }: { s: StepProps; field: ReportField; hintClass?: string; note?: string | null }) {
  const { t } = useTranslation(['report', 'api']);
  const ctx = wordingOf(s.child);
  const id = fieldId(field.name);
  const label = t(field.label, ctx);
  const hint = field.hint ? t(field.hint, ctx) : undefined;
  const value = s.values[field.name] ?? '';
  const multiline = field.kind === 'textarea';
  return (
    <TextInput
      id={id}
      name={field.name}
      label={label}
      labelId={s.enhanced ? `${id}-label` : undefined}
      hint={hint}
      hintId={`${id}-hint`}
      hintClass={hintClass}
      note={note ? <p className="app-form__hint">{note}</p> : undefined}
      extra={s.enhanced && <Listen lang={s.locale} parts={[label, hint ?? '']} describedBy={`${id}-label`} />}
      error={s.errors[field.name]}
      errorPrefix={t('api:field.errorPrefix')}
      value={value}
      onChange={(v) => s.set(field.name, v)}
      maxLength={field.max ?? 0}
      multiline={multiline}
      counter={multiline && s.enhanced ? t('form.counter', { count: textLength(value), max: field.max }) : undefined}
    />
  );
}

export function TextStep({ s, cyberNumber }: { s: StepProps; cyberNumber: string | null }) {
  const { t } = useTranslation('report');
  return (
    <StepFrame step="text" s={s}>
      <TextField s={s} field={reportField('description')} note={cyberNumber && t('form.noFiles', { number: cyberNumber })} />
    </StepFrame>
  );
}

export function ContactStep({ s }: { s: StepProps }) {
  return (
    <StepFrame step="contact" s={s}>
      <TextField s={s} field={reportField('contact')} hintClass="app-form__warning" />
    </StepFrame>
  );
}
