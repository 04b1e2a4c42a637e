import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../locales/index.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

interface Me {
  username: string;
  role: string;
  csrfToken: string;
}
interface QueueSummary {
  id: string;
  name: Record<Locale, string>;
  open: Record<string, number>;
}
interface QueueRow {
  reference: string;
  priority: string;
  category: string;
  district: string;
  dueAt: string;
  overdue: boolean;
  verified: boolean;
}

/** The staff console: sign in, see the queues in scope and their open reports. */
export default function StaffConsole(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Console locale={props.locale} />
    </I18nextProvider>
  );
}

function Console({ locale }: { locale: Locale }) {
  const { t } = useTranslation(['staff', 'report', 'api']);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState('');
  const [queues, setQueues] = useState<QueueSummary[]>([]);
  const [rows, setRows] = useState<Record<string, QueueRow[]>>({});

  const load = useCallback(async () => {
    const res = await fetch('/api/staff/me', { headers: { 'accept-language': locale } });
    if (!res.ok) return setMe(null);
    setMe(await res.json());
    const q = (await (await fetch('/api/staff/queues')).json()).queues as QueueSummary[];
    setQueues(q);
    const all: Record<string, QueueRow[]> = {};
    for (const queue of q) all[queue.id] = (await (await fetch(`/api/staff/queues/${queue.id}/reports`)).json()).reports;
    setRows(all);
  }, [locale]);

  useEffect(() => {
    void load();
  }, [load]);

  async function signIn(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const res = await fetch('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
    });
    if (res.status === 204) {
      setError('');
      await load();
    } else {
      setError((await res.json()).error?.message ?? t('login.failed'));
    }
  }

  async function signOut() {
    await fetch('/api/staff/session', { method: 'DELETE', headers: { 'x-csrf-token': me?.csrfToken ?? '' } });
    setMe(null);
    setQueues([]);
  }

  if (!me) {
    return (
      <form className="app-form" onSubmit={signIn} method="post" action="/api/staff/session">
        <h2>{t('login.title')}</h2>
        {error && <p role="alert" className="app-form__error">{error}</p>}
        <div className="app-form__field">
          <label htmlFor="username">{t('login.username')}</label>
          <input id="username" name="username" autoComplete="username" required dir="ltr" />
        </div>
        <div className="app-form__field">
          <label htmlFor="password">{t('login.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
        </div>
        <button type="submit">{t('login.submit')}</button>
      </form>
    );
  }

  return (
    <div>
      <p>
        <bdi dir="ltr">{me.username}</bdi> <button type="button" onClick={signOut}>{t('queue.signOut')}</button>
      </p>
      {queues.map((q) => (
        <section key={q.id} aria-labelledby={`q-${q.id}`}>
          <h2 id={`q-${q.id}`}>{q.name[locale]}</h2>
          <p>{t('queue.counts', { p1: q.open.P1, p2: q.open.P2, p3: q.open.P3, p4: q.open.P4 })}</p>
          {(rows[q.id] ?? []).length === 0 ? (
            <p>{t('queue.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('queue.reference')}</th>
                  <th scope="col">{t('queue.priority')}</th>
                  <th scope="col">{t('queue.category')}</th>
                  <th scope="col">{t('queue.district')}</th>
                  <th scope="col">{t('queue.due')}</th>
                </tr>
              </thead>
              <tbody>
                {rows[q.id]!.map((r) => (
                  <tr key={r.reference} data-reference={r.reference}>
                    <td dir="ltr">{r.reference}</td>
                    <td>{r.priority}</td>
                    <td>{t(`report:category.${r.category}`)}</td>
                    <td>{r.district}</td>
                    <td>
                      {new Date(r.dueAt).toLocaleString(locale === 'ur' ? 'ur-PK' : 'en-PK')}
                      {r.overdue && <strong> {t('queue.overdue')}</strong>}
                      {!r.verified && <span> ({t('queue.unverified')})</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
