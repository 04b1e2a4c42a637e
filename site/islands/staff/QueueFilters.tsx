import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES, PRIORITIES } from '../../../domain/vocabulary.ts';
import { type Filters, filtersFrom, STATUS_CHOICES } from './queue-filters.ts';

/** The queue's filter form; applying it replaces the filters (the list reloads from its first page). */
export function QueueFilters({ filters, onApply }: { filters: Filters; onApply: (f: Filters) => void }) {
  const { t } = useTranslation(['staff', 'report']);
  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onApply(filtersFrom(new FormData(e.currentTarget)));
  }
  return (
    <form className="app-staff__filters" onSubmit={apply} aria-label={t('queue.filters.legend')}>
      <fieldset>
        <legend>{t('queue.filters.legend')}</legend>
        <label>
          {t('queue.filters.status')}{' '}
          <select name="status" defaultValue={filters.status}>
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('queue.filters.priority')}{' '}
          <select name="priority" defaultValue={filters.priority}>
            <option value="">{t('queue.filters.any')}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('queue.filters.category')}{' '}
          <select name="category" defaultValue={filters.category}>
            <option value="">{t('queue.filters.any')}</option>
            {Object.keys(t('report:category', { returnObjects: true }) as Record<string, string>).map((c) => (
              <option key={c} value={c}>
                {t(`report:category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('stage.label')}{' '}
          <select name="stage" defaultValue={filters.stage}>
            <option value="">{t('queue.filters.any')}</option>
            {CASE_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="reviewOverdue" defaultChecked={filters.reviewOverdue} /> {t('casePanel.reviewOverdueOnly')}
        </label>
        <label>
          <input type="checkbox" name="assigned" defaultChecked={filters.assigned} /> {t('queue.filters.assignedToMe')}
        </label>
        <label>
          <input type="checkbox" name="unverified" defaultChecked={filters.unverified} /> {t('queue.filters.unverifiedOnly')}
        </label>
        <button type="submit">{t('queue.filters.apply')}</button>
      </fieldset>
    </form>
  );
}
