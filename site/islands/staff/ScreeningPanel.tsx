import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../domain/format.ts';
import type { Locale } from '../../../locales/index.ts';
import { type Act, sent } from './report/ActionForm.tsx';

interface Props {
  /** The choices, from the caller (importing the vocabulary here would put it in a chunk the report page loads). */
  priorities: readonly string[];
  categories: readonly string[];
  priority: string;
  category: string;
  screenedAt: string | null;
  screenedBy: string | null;
  closed: boolean;
  locale: Locale;
  act: Act;
}

/**
 * Whether a person has confirmed the report's triage, and the form to do it (the `screen` action): the
 * priority and category start at what triage chose, so confirming is one press.
 */
export function ScreeningPanel({ priorities, categories, priority, category, screenedAt, screenedBy, closed, locale, act }: Props) {
  const { t } = useTranslation(['staff', 'report']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
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
      <h3 id="screening-heading">{t('screening.title')}</h3>
      {screenedAt ? (
        <p>{t('screening.by', { by: screenedBy ?? '—', at: formatDateTime(screenedAt, locale) })}</p>
      ) : (
        <p>
          <strong className="app-staff__overdue">{t('screening.notYet')}</strong>
        </p>
      )}
      {!closed && (
        <form onSubmit={onSubmit} noValidate>
          <p className="app-form__hint">{t('screening.hint')}</p>
          {errors._ && (
            <p role="alert" className="app-form__error">
              {Object.values(errors).join(' ')}
            </p>
          )}
          <div className="app-form__field">
            <label htmlFor="screen-priority">{t('queue.priority')}</label>
            <select id="screen-priority" name="priority" defaultValue={priority} key={`p-${priority}`}>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="app-form__field">
            <label htmlFor="screen-category">{t('queue.category')}</label>
            <select id="screen-category" name="category" defaultValue={category} key={`c-${category}`}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {t(`report:category.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={busy}>
            {t('screening.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
