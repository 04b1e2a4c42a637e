// Supervisor dashboard: the figures of GET /api/staff/dashboard for a range of days, drawn as plain HTML/CSS bar
// charts (dashboard/Charts.tsx), each followed by its table.

import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/languages.ts';
import { ApiError, createApi, firstMessageOf } from './api/client.ts';
import { dashboardFigures } from './api/dashboard.ts';
import type { DashboardFigures, DayRange } from './api/types.ts';
import { Figures } from './dashboard/Figures.tsx';
import { dayLabel } from './dashboard/format.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';

interface Props {
  locale: Lang;
  strings: IslandStrings;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string; status: number } | { kind: 'ready'; figures: DashboardFigures };

export default function Dashboard(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Board locale={props.locale} />
    </I18nextProvider>
  );
}

function initialRange(): DayRange {
  const q = new URLSearchParams(window.location.search);
  return { from: q.get('from') ?? '', to: q.get('to') ?? '' };
}

/** The chosen day in the page's own words: a browser draws a date box in its own language (mm/dd/yyyy on an Urdu
 *  page), whatever `lang` says. */
function DayInWords({ id, day, locale }: { id: string; day: string; locale: Lang }) {
  return (
    <span id={id} className="app-form__hint">
      {/^\d{4}-\d{2}-\d{2}$/.test(day) ? dayLabel(day, locale) : ''}
    </span>
  );
}

function Board({ locale }: { locale: Lang }) {
  const { t } = useTranslation(['dashboard', 'report', 'api', 'staff']);
  const api = useMemo(() => createApi(locale), [locale]);
  const [range, setRange] = useState(initialRange);
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(
    async (r: DayRange) => {
      setState({ kind: 'loading' });
      try {
        const figures = await dashboardFigures(api, r);
        setRange(figures.range);
        setState({ kind: 'ready', figures });
      } catch (err) {
        const status = err instanceof ApiError ? err.status : 0;
        const message = status === 401 ? t('page.signedOut') : status === 403 ? t('page.forbidden') : firstMessageOf(err, t('page.failed'));
        setState({ kind: 'error', message, status });
      }
    },
    [api, t],
  );

  useEffect(() => {
    void load(initialRange());
  }, [load]);

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = { from: String(data.get('from') ?? ''), to: String(data.get('to') ?? '') };
    window.history.replaceState(null, '', `?${new URLSearchParams(next)}`);
    void load(next);
  }

  const f = state.kind === 'ready' ? state.figures : null;

  return (
    <div className="app-dashboard">
      <form className="app-dashboard__filter" method="get" onSubmit={apply}>
        <fieldset>
          <legend>{t('filter.legend')}</legend>
          <div className="app-form__field">
            <label htmlFor="dash-from">{t('filter.from')}</label>
            <input
              id="dash-from"
              name="from"
              type="date"
              dir="ltr"
              lang={locale}
              aria-describedby="dash-from-words"
              value={range.from}
              onChange={(e) => setRange({ ...range, from: e.target.value })}
              required
            />
            <DayInWords id="dash-from-words" day={range.from} locale={locale} />
          </div>
          <div className="app-form__field">
            <label htmlFor="dash-to">{t('filter.to')}</label>
            <input
              id="dash-to"
              name="to"
              type="date"
              dir="ltr"
              lang={locale}
              aria-describedby="dash-to-words"
              value={range.to}
              onChange={(e) => setRange({ ...range, to: e.target.value })}
              required
            />
            <DayInWords id="dash-to-words" day={range.to} locale={locale} />
          </div>
          <button type="submit">{t('filter.apply')}</button>
        </fieldset>
      </form>

      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p>{t('page.loading')}</p>}
        {state.kind === 'error' && (
          <p role="alert" className="app-form__error">
            {state.message}
          </p>
        )}
        {f && (
          <p className="app-dashboard__summary">
            {f.scope.name && (
              <strong>{t(f.scope.kind === 'queue' ? 'page.scopeQueue' : 'page.scopeProvince', { name: f.scope.name[locale] })}</strong>
            )}{' '}
            {t('page.total', { count: f.total, from: dayLabel(f.range.from, locale), to: dayLabel(f.range.to, locale) })}
          </p>
        )}
      </div>

      {f && <Figures figures={f} range={range} locale={locale} />}
    </div>
  );
}
