import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../domain/format.ts';
import type { Lang } from '../../../domain/languages.ts';
import { ErrorLinks, ErrorSummary } from '../form/ErrorSummary.tsx';
import { Field } from '../form/Field.tsx';
import { describedBy, errorId } from '../form/ids.ts';
import { type Act, sent } from './report/ActionForm.tsx';

const FIELDS = ['priority', 'category'] as const;

interface Props {
  /** The choices, from the caller (importing the vocabulary here would put it in a chunk the report page loads). */
  priorities: readonly string[];
  categories: readonly string[];
  priority: string;
  category: string;
  screenedAt: string | null;
  screenedBy: string | null;
  /** By when a person should screen it, and in how many minutes of arrival (fewer when its text shows harm). */
  screeningDueAt: string | null;
  screeningMinutes: number;
  harmAlert: boolean;
  closed: boolean;
  locale: Lang;
  act: Act;
}

/**
 * Whether a person has confirmed the report's triage, and the form to do it (the `screen` action): the
 * priority and category start at what triage chose, so confirming is one press.
 */
export function ScreeningPanel(props: Props) {
  const { priorities, categories, priority, category, screenedAt, screenedBy, closed, locale, act } = props;
  const { t } = useTranslation(['staff', 'report', 'api']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The summary takes focus after each refused attempt, once it is on the page (`errors` is a new object each time).
  useEffect(() => {
    if (errors._) summaryRef.current?.focus();
  }, [errors]);
  const prefix = t('api:field.errorPrefix');
  const control = (name: (typeof FIELDS)[number]) => ({
    id: `screen-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(errors[name] && errorId(`screen-${name}`)),
  });
  const links = FIELDS.flatMap((name) => (errors[name] ? [{ href: `#screen-${name}`, text: errors[name] }] : []));
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    setBusy(true);
    const nextCategory = d.get('category');
    setErrors(
      (await act(
        sent({
          type: 'screen',
          priority: d.get('priority'),
          ...(nextCategory && nextCategory !== category ? { category: nextCategory } : {}),
        }),
      )) ?? {},
    );
    setBusy(false);
  }
  return (
    <section
      aria-labelledby="screening-heading"
      className="app-staff__screening"
      data-testid="screening"
      data-screened={screenedAt ? 'yes' : 'no'}
    >
      <h2 id="screening-heading">{t('screening.title')}</h2>
      {screenedAt ? (
        <p>{t('screening.by', { by: screenedBy ?? '—', at: formatDateTime(screenedAt, locale) })}</p>
      ) : (
        <>
          <p>
            <strong className="app-staff__overdue">{t('screening.notYet')}</strong>
          </p>
          {props.screeningDueAt && (
            <p data-testid="screening-due" data-minutes={props.screeningMinutes}>
              {t('screening.dueBy', { at: formatDateTime(props.screeningDueAt, locale), minutes: props.screeningMinutes })}
              {props.harmAlert && ` ${t('screening.harmDue')}`}
            </p>
          )}
        </>
      )}
      {!closed && (
        <form onSubmit={onSubmit} noValidate>
          <p className="app-form__hint">{t('screening.hint')}</p>
          {errors._ && (
            <ErrorSummary prefix={prefix} message={errors._} focusRef={summaryRef}>
              {links.length > 0 && <ErrorLinks items={links} />}
            </ErrorSummary>
          )}
          <Field id="screen-priority" label={t('queue.priority')} error={errors.priority} errorPrefix={prefix}>
            <select {...control('priority')} defaultValue={priority} key={`p-${priority}`}>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="screen-category" label={t('queue.category')} error={errors.category} errorPrefix={prefix}>
            <select {...control('category')} defaultValue={category} key={`c-${category}`}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {t(`report:category.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" disabled={busy}>
            {t('screening.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
