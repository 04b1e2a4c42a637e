import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../locales/index.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';
import { formatTime, StaffApiError, staffApi, type StaffApi } from './staff-api.ts';
import StaffReport, { type Places } from './StaffReport.tsx';
import AlertBanner, { REFRESH_EVENT } from './AlertBanner.tsx';
import AlertSettings from './AlertSettings.tsx';
import PartnerDesk from './staff/PartnerDesk.tsx';
import { numberFormat } from '../../domain/format.ts';
import { PRIORITIES, STAFF_STATUSES, type Capability, type Role } from '../../domain/vocabulary.ts';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

export interface Me {
  username: string;
  role: Role;
  /** What this account may do, decided by the API (GET /api/staff/me). */
  can: Record<Capability, boolean>;
  queueId: string | null;
  provinceId: string | null;
  csrfToken: string;
  totpEnabled: boolean;
  totpRequired: boolean;
  mustChangePassword: boolean;
}
interface QueueSummary {
  id: string;
  name: Record<Locale, string>;
  open: Record<string, number>;
  overdue: number;
  unscreened?: number;
  /** Referrals a desk has not answered or completed by the deadline of the report's priority. */
  referralsOverdue?: number;
}
interface QueueRow {
  reference: string;
  priority: string;
  category: string;
  status: string;
  district: string;
  province: string;
  dueAt: string;
  overdue: boolean;
  referralsOverdue?: number;
  verified: boolean;
  assignedTo: string | null;
  possibleDuplicates: string[];
  unscreened?: boolean;
  waitingMinutes?: number | null;
}
interface Filters {
  status: string;
  priority: string;
  category: string;
  assigned: boolean;
  unverified: boolean;
}
type View = { kind: 'queue' } | { kind: 'report'; reference: string } | { kind: 'audit' } | { kind: 'enrol' };

const STATUSES = ['open', ...STAFF_STATUSES, 'all'];
const NO_FILTERS: Filters = { status: 'open', priority: '', category: '', assigned: false, unverified: false };

/** The staff console: sign in (with two-step where set up), work the queues in scope, open and act on reports. */
export default function StaffConsole(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Console locale={props.locale} />
    </I18nextProvider>
  );
}

function pollInterval(): number {
  // ?poll=<seconds> lets a test (or a slow connection) choose the refresh; 15 s otherwise.
  const s = Number(new URLSearchParams(location.search).get('poll'));
  return Number.isFinite(s) && s >= 2 ? s * 1000 : 15_000;
}

function Console({ locale }: { locale: Locale }) {
  const { t } = useTranslation(['staff', 'report', 'api']);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [view, setView] = useState<View>({ kind: 'queue' });
  const [notice, setNotice] = useState('');
  const csrf = useRef('');
  const api = useMemo(() => staffApi(locale, () => csrf.current), [locale]);
  const [places, setPlaces] = useState<Places>({});

  const loadMe = useCallback(async () => {
    try {
      const m = await api.get<Me>('/api/staff/me');
      csrf.current = m.csrfToken;
      setMe(m);
    } catch {
      setMe(null);
    }
  }, [api]);

  useEffect(() => {
    void loadMe();
    void fetch('/api/locations')
      .then((r) => r.json())
      .then((data: { provinces: { id: string; name: Record<Locale, string>; districts: { id: string; name: Record<Locale, string> }[] }[] }) => {
        const map: Places = {};
        for (const p of data.provinces) {
          map[p.id] = p.name[locale];
          for (const d of p.districts) map[`${p.id}/${d.id}`] = d.name[locale];
        }
        setPlaces(map);
      })
      .catch(() => undefined);
  }, [loadMe, locale]);

  async function signOut() {
    await api.del('/api/staff/session').catch(() => undefined);
    csrf.current = '';
    setMe(null);
    setView({ kind: 'queue' });
    setNotice(t('login.signedOut'));
  }

  const onUnauthorized = useCallback((err: unknown) => {
    if (err instanceof StaffApiError && err.status === 401) setMe(null);
  }, []);

  if (me === undefined) return <p>{t('console.loading')}</p>;
  if (me === null) return <SignIn locale={locale} notice={notice} onSignedIn={loadMe} />;
  if (me.mustChangePassword) return <ChangePassword api={api} onDone={loadMe} onSignOut={signOut} />;
  if (me.totpRequired && !me.totpEnabled) return <Enrol api={api} required onDone={loadMe} onSignOut={signOut} />;

  return (
    <div className="app-staff">
      <div className="app-staff__bar">
        <p className="app-staff__who">
          {t('console.signedInAs')} <bdi dir="ltr">{me.username}</bdi> ({t(`role.${me.role}`)})
        </p>
        {me.can.manageAccounts && <a href={`/${locale}/staff/accounts/`}>{t('console.accountsLink')}</a>}
        {me.can.viewAudit && (
          <button type="button" onClick={() => setView({ kind: 'audit' })}>
            {t('console.auditLink')}
          </button>
        )}
        {!me.totpEnabled && view.kind !== 'enrol' && (
          <button type="button" onClick={() => setView({ kind: 'enrol' })}>
            {t('enrol.start')}
          </button>
        )}
        <button type="button" onClick={signOut}>
          {t('console.signOut')}
        </button>
      </div>
      {me.can.answerReferrals && <PartnerDesk api={api} locale={locale} places={places} onError={onUnauthorized} />}
      {me.can.workReports && <AlertBanner api={api} locale={locale} onOpen={(reference) => setView({ kind: 'report', reference })} />}
      {view.kind === 'enrol' && (
        <Enrol
          api={api}
          required={false}
          onDone={async () => {
            await loadMe();
            setView({ kind: 'queue' });
          }}
        />
      )}
      {view.kind === 'audit' && <AuditLog api={api} locale={locale} onBack={() => setView({ kind: 'queue' })} />}
      {view.kind === 'report' && (
        <StaffReport api={api} me={me} locale={locale} places={places} reference={view.reference} onBack={() => setView({ kind: 'queue' })} onOpen={(reference) => setView({ kind: 'report', reference })} onError={onUnauthorized} />
      )}
      {/* The queue stays mounted (hidden) while a report is open, so filters and scroll survive. */}
      {me.can.viewStats && view.kind === 'queue' && <Stats api={api} locale={locale} />}
      {me.can.workReports && view.kind === 'queue' && <AlertSettings api={api} me={me} />}
      {me.can.workReports && (
        <div hidden={view.kind !== 'queue'}>
          <Queues api={api} me={me} locale={locale} places={places} active={view.kind === 'queue'} onOpen={(reference) => setView({ kind: 'report', reference })} onError={onUnauthorized} />
        </div>
      )}
    </div>
  );
}

function SignIn({ locale, notice, onSignedIn }: { locale: Locale; notice: string; onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation(['staff', 'api']);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    const totp = String(data.get('totp') ?? '').trim();
    const res = await fetch('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify({ username: data.get('username'), password: data.get('password'), ...(totp ? { totp } : {}) }),
    }).catch(() => null);
    setBusy(false);
    if (res?.status === 204) {
      setError('');
      await onSignedIn();
      return;
    }
    const body = await res?.json().catch(() => null);
    setError(body?.error?.message ?? t('login.failed'));
    if (body?.error?.fields?.totp) totpRef.current?.focus();
    else requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <form className="app-form" onSubmit={submit} method="post" action="/api/staff/session" noValidate>
      <h2>{t('login.title')}</h2>
      {notice && !error && <p role="status">{notice}</p>}
      {error && (
        <p role="alert" className="app-form__error" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <div className="app-form__field">
        <label htmlFor="username">{t('login.username')}</label>
        <input id="username" name="username" autoComplete="username" required dir="ltr" autoCapitalize="none" spellCheck={false} />
      </div>
      <div className="app-form__field">
        <label htmlFor="password">{t('login.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </div>
      <div className="app-form__field">
        <label htmlFor="totp">{t('login.totp')}</label>
        <p className="app-form__hint" id="totp-hint">
          {t('login.totpHint')}
        </p>
        <input id="totp" name="totp" ref={totpRef} autoComplete="one-time-code" inputMode="text" dir="ltr" aria-describedby="totp-hint" maxLength={16} />
      </div>
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}

/** A one-time password (set by an admin) must be replaced before anything else. */
function ChangePassword({ api, onDone, onSignOut }: { api: StaffApi; onDone: () => Promise<void>; onSignOut: () => void }) {
  const { t } = useTranslation(['staff', 'api']);
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    try {
      await api.post('/api/staff/password', { current: String(data.get('current') ?? ''), next: String(data.get('next') ?? '') });
      await onDone();
    } catch (err) {
      setFields(err instanceof StaffApiError ? err.fields : {});
      setError(err instanceof StaffApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (name: string, hint?: string) => [hint, fields[name] ? `pw-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <section aria-labelledby="pw-title">
      <h2 id="pw-title" tabIndex={-1} ref={headingRef}>
        {t('password.title')}
      </h2>
      <p>{t('password.intro')}</p>
      {error && (
        <p role="alert" className="app-form__error">
          {error}
        </p>
      )}
      <form className="app-form" onSubmit={submit} noValidate>
        <div className="app-form__field">
          <label htmlFor="pw-current">{t('password.current')}</label>
          {fields.current && (
            <span className="app-form__error" id="pw-current-error">
              {fields.current}
            </span>
          )}
          <input id="pw-current" name="current" type="password" autoComplete="current-password" required dir="ltr" aria-invalid={!!fields.current} aria-describedby={describedBy('current')} />
        </div>
        <div className="app-form__field">
          <label htmlFor="pw-next">{t('password.next')}</label>
          <span className="app-form__hint" id="pw-next-hint">
            {t('password.nextHint')}
          </span>
          {fields.next && (
            <span className="app-form__error" id="pw-next-error">
              {fields.next}
            </span>
          )}
          <input id="pw-next" name="next" type="password" autoComplete="new-password" required dir="ltr" aria-invalid={!!fields.next} aria-describedby={describedBy('next', 'pw-next-hint')} />
        </div>
        <button type="submit" disabled={busy}>
          {t('password.submit')}
        </button>{' '}
        <button type="button" onClick={onSignOut}>
          {t('console.signOut')}
        </button>
      </form>
    </section>
  );
}

function Enrol({ api, required, onDone, onSignOut }: { api: StaffApi; required: boolean; onDone: () => Promise<void>; onSignOut?: () => void }) {
  const { t } = useTranslation(['staff', 'api']);
  const [setup, setSetup] = useState<{ secret: string; qr: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), [codes]);

  async function start() {
    setError('');
    try {
      setSetup(await api.post('/api/staff/totp/enrol', {}));
    } catch (err) {
      setError((err as Error).message);
    }
  }
  async function confirm(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '');
    try {
      const res = await api.post<{ recoveryCodes: string[] }>('/api/staff/totp/confirm', { code });
      setCodes(res.recoveryCodes);
      setError('');
    } catch (err) {
      setError(err instanceof StaffApiError ? (err.fields.code ?? err.message) : String(err));
    }
  }

  if (codes) {
    return (
      <section aria-labelledby="enrol-codes">
        <h2 id="enrol-codes" tabIndex={-1} ref={headingRef}>
          {t('enrol.recoveryTitle')}
        </h2>
        <p role="status">{t('enrol.enabled')}</p>
        <p>{t('enrol.recoveryIntro')}</p>
        <ul className="app-staff__codes" dir="ltr" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void onDone()}>
          {t('enrol.continue')}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title" tabIndex={-1} ref={headingRef}>
        {t('enrol.title')}
      </h2>
      <p>{required ? t('enrol.required') : t('enrol.optional')}</p>
      {error && (
        <p role="alert" className="app-form__error">
          {error}
        </p>
      )}
      {!setup ? (
        <p>
          <button type="button" onClick={start}>
            {t('enrol.start')}
          </button>{' '}
          {onSignOut && (
            <button type="button" onClick={onSignOut}>
              {t('console.signOut')}
            </button>
          )}
        </p>
      ) : (
        <form className="app-form" onSubmit={confirm}>
          <p>{t('enrol.scan')}</p>
          <img src={setup.qr} alt={t('enrol.qrAlt')} width={200} height={200} className="app-staff__qr" />
          <p>
            {t('enrol.secretLabel')}: <code dir="ltr" data-testid="totp-secret">{setup.secret}</code>
          </p>
          <div className="app-form__field">
            <label htmlFor="enrol-code">{t('enrol.codeLabel')}</label>
            <input id="enrol-code" name="code" autoComplete="one-time-code" inputMode="numeric" dir="ltr" required maxLength={8} />
          </div>
          <button type="submit">{t('enrol.confirm')}</button>
        </form>
      )}
    </section>
  );
}

function Queues({ api, me, locale, places, active, onOpen, onError }: { api: StaffApi; me: Me; locale: Locale; places: Places; active: boolean; onOpen: (ref: string) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation(['staff', 'report']);
  const [queues, setQueues] = useState<QueueSummary[] | null>(null);
  const [queueId, setQueueId] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [rows, setRows] = useState<QueueRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const seen = useRef<Set<string> | null>(null);

  const query = useCallback(
    (cursor?: string) => {
      const q = new URLSearchParams({ status: filters.status });
      if (filters.priority) q.set('priority', filters.priority);
      if (filters.category) q.set('category', filters.category);
      if (filters.assigned) q.set('assigned', 'me');
      if (filters.unverified) q.set('unverified', '1');
      if (cursor) q.set('cursor', cursor);
      return q.toString();
    },
    [filters],
  );

  const refresh = useCallback(async () => {
    try {
      const list = (await api.get<{ queues: QueueSummary[] }>('/api/staff/queues')).queues;
      setQueues(list);
      const id = queueId || list[0]?.id || '';
      if (!queueId && id) setQueueId(id);
      if (!id) return;
      const page = await api.get<{ reports: QueueRow[]; nextCursor: string | null }>(`/api/staff/queues/${id}/reports?${query()}`);
      // Announce reports that arrived since the last look (not on the first load or after a filter change).
      if (seen.current) {
        const fresh = page.reports.filter((r) => !seen.current!.has(r.reference)).length;
        if (fresh > 0) setAnnounce(t('console.newReports', { count: fresh }));
      }
      seen.current = new Set(page.reports.map((r) => r.reference));
      setRows(page.reports);
      setNext(page.nextCursor);
    } catch (err) {
      onError(err);
    }
  }, [api, queueId, query, t, onError]);

  // A new queue or new filters: the next answer is a fresh baseline, not "new reports".
  useEffect(() => {
    seen.current = null;
  }, [queueId, filters]);

  useEffect(() => {
    if (!active) return;
    void refresh();
    const timer = setInterval(() => void refresh(), pollInterval());
    // An alert or a change of counts (Server-Sent Events, AlertBanner) refreshes the queue at once.
    const onPush = () => void refresh();
    window.addEventListener(REFRESH_EVENT, onPush);
    return () => {
      clearInterval(timer);
      window.removeEventListener(REFRESH_EVENT, onPush);
    };
  }, [active, refresh]);

  async function more() {
    if (!next) return;
    const page = await api.get<{ reports: QueueRow[]; nextCursor: string | null }>(`/api/staff/queues/${queueId}/reports?${query(next)}`);
    setRows((r) => [...r, ...page.reports]);
    setNext(page.nextCursor);
  }

  function applyFilters(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    setFilters({ status: String(d.get('status')), priority: String(d.get('priority')), category: String(d.get('category')), assigned: d.get('assigned') === 'on', unverified: d.get('unverified') === 'on' });
  }

  if (!queues) return <p>{t('console.loading')}</p>;
  if (queues.length === 0) return <p>{t('console.noQueues')}</p>;
  const current = queues.find((q) => q.id === queueId) ?? queues[0]!;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <section aria-labelledby="queue-heading">
      <p role="status" aria-live="polite" className="app-staff__announce">
        {announce}
      </p>
      {queues.length > 1 && (
        <div className="app-form__field app-staff__queue-pick">
          <label htmlFor="queue-pick">{t('console.queueLabel')}</label>
          <select id="queue-pick" value={current.id} onChange={(e) => setQueueId(e.target.value)}>
            {queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name[locale]} ({q.open.P1 ?? 0} P1)
              </option>
            ))}
          </select>
        </div>
      )}
      <h2 id="queue-heading">{current.name[locale]}</h2>
      <p>
        {t('queue.counts', { p1: current.open.P1, p2: current.open.P2, p3: current.open.P3, p4: current.open.P4 })}
        {current.overdue > 0 && <strong className="app-staff__overdue"> · {t('queue.overdueCount', { count: current.overdue })}</strong>}
        {(current.referralsOverdue ?? 0) > 0 && <strong className="app-staff__overdue" data-testid="referrals-overdue-count"> · {t('queue.referralsOverdue', { count: current.referralsOverdue })}</strong>}
        {(current.unscreened ?? 0) > 0 && <strong data-testid="unscreened-count"> · {t('queue.unscreenedCount', { count: current.unscreened })}</strong>}{' '}
        <button type="button" onClick={() => void refresh()}>
          {t('console.refresh')}
        </button>
      </p>
      <form className="app-staff__filters" onSubmit={applyFilters} aria-label={t('queue.filters.legend')}>
        <fieldset>
          <legend>{t('queue.filters.legend')}</legend>
          <label>
            {t('queue.filters.status')}{' '}
            <select name="status" defaultValue={filters.status}>
              {STATUSES.map((s) => (
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
            <input type="checkbox" name="assigned" defaultChecked={filters.assigned} /> {t('queue.filters.assignedToMe')}
          </label>
          <label>
            <input type="checkbox" name="unverified" defaultChecked={filters.unverified} /> {t('queue.filters.unverifiedOnly')}
          </label>
          <button type="submit">{t('queue.filters.apply')}</button>
        </fieldset>
      </form>
      {rows.length === 0 ? (
        <p>{filtered ? t('queue.emptyFiltered') : t('queue.empty')}</p>
      ) : (
        <table className="app-staff__queue">
          <thead>
            <tr>
              <th scope="col">{t('queue.reference')}</th>
              <th scope="col">{t('queue.priority')}</th>
              <th scope="col">{t('queue.category')}</th>
              <th scope="col">{t('queue.district')}</th>
              <th scope="col">{t('queue.due')}</th>
              <th scope="col">{t('queue.status')}</th>
              <th scope="col">{t('queue.assignedTo')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reference} data-reference={r.reference} data-priority={r.priority} className={r.overdue ? 'app-staff__row--overdue' : undefined}>
                <td>
                  <button type="button" className="app-staff__link" dir="ltr" onClick={() => onOpen(r.reference)}>
                    {r.reference}
                  </button>
                  {!r.verified && <span className="app-badge app-badge--unverified"> {t('queue.unverified')}</span>}
                  {r.unscreened && <UnscreenedBadge minutes={r.waitingMinutes ?? 0} />}
                  {r.possibleDuplicates.length > 0 && (
                    <span className="app-staff__dups">
                      {' '}
                      {t('queue.possibleDuplicates')}{' '}
                      {r.possibleDuplicates.map((d) => (
                        <button key={d} type="button" className="app-staff__link" dir="ltr" onClick={() => onOpen(d)}>
                          {d}
                        </button>
                      ))}
                    </span>
                  )}
                </td>
                <td>
                  <strong className={`app-priority app-priority--${r.priority.toLowerCase()}`}>{r.priority}</strong>
                </td>
                <td>{t(`report:category.${r.category}`)}</td>
                <td>{places[`${r.province}/${r.district}`] ?? r.district}</td>
                <td>
                  {formatTime(r.dueAt, locale)}
                  {r.overdue && <strong className="app-staff__overdue"> {t('queue.overdue')}</strong>}
                  {(r.referralsOverdue ?? 0) > 0 && <strong className="app-staff__overdue"> {t('queue.referralsOverdue', { count: r.referralsOverdue })}</strong>}
                </td>
                <td>{t(`status.${r.status}`)}</td>
                <td>{r.assignedTo ? <bdi dir="ltr">{r.assignedTo}</bdi> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" onClick={() => void more()}>
          {t('queue.loadMore')}
        </button>
      )}
    </section>
  );
}

/** A report nobody has screened yet, and how long it has waited for a person to confirm its priority. */
function UnscreenedBadge({ minutes }: { minutes: number }) {
  const { t } = useTranslation('staff');
  const waited = minutes < 120 ? t('queue.waitingMinutes', { count: minutes }) : t('queue.waitingHours', { count: Math.floor(minutes / 60) });
  return (
    <span className="app-badge app-badge--unscreened" data-testid="unscreened">
      {' '}
      {t('queue.unscreened')} · {waited}
    </span>
  );
}

interface QueueStats {
  queueId: string;
  open: number;
  overdue: number;
  p1Waiting: number;
  received7: number;
  closed7: number;
  p1OnTimeRate: number | null;
  referralsOverdue?: number;
}

function Stats({ api, locale }: { api: StaffApi; locale: Locale }) {
  const { t } = useTranslation('staff');
  const [stats, setStats] = useState<QueueStats[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    void api.get<{ queues: QueueStats[] }>('/api/staff/stats').then((s) => setStats(s.queues)).catch(() => undefined);
    void api
      .get<{ queues: { id: string; name: Record<Locale, string> }[] }>('/api/staff/transfer-targets')
      .then((q) => setNames(Object.fromEntries(q.queues.map((x) => [x.id, x.name[locale]]))))
      .catch(() => undefined);
  }, [api, locale]);
  if (stats.length === 0) return null;
  const pct = numberFormat(locale, { style: 'percent' });
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('stats.title')}</h2>
      <table data-testid="stats">
        <thead>
          <tr>
            <th scope="col">{t('stats.queue')}</th>
            <th scope="col">{t('stats.open')}</th>
            <th scope="col">{t('stats.overdue')}</th>
            <th scope="col">{t('stats.p1Waiting')}</th>
            <th scope="col">{t('stats.received7')}</th>
            <th scope="col">{t('stats.closed7')}</th>
            <th scope="col">{t('stats.p1OnTime')}</th>
            <th scope="col">{t('stats.referralsOverdue')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.queueId}>
              <th scope="row">{names[s.queueId] ?? s.queueId}</th>
              <td>{s.open}</td>
              <td>{s.overdue > 0 ? <strong className="app-staff__overdue">{s.overdue}</strong> : 0}</td>
              <td>{s.p1Waiting > 0 ? <strong className="app-staff__overdue">{s.p1Waiting}</strong> : 0}</td>
              <td>{s.received7}</td>
              <td>{s.closed7}</td>
              <td>{s.p1OnTimeRate === null ? t('stats.none') : pct.format(s.p1OnTimeRate)}</td>
              <td>{(s.referralsOverdue ?? 0) > 0 ? <strong className="app-staff__overdue">{s.referralsOverdue}</strong> : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface AuditEntry {
  id: number;
  at: string;
  username: string | null;
  action: string;
  target: string | null;
  queueId: string | null;
}

function AuditLog({ api, locale, onBack }: { api: StaffApi; locale: Locale; onBack: () => void }) {
  const { t } = useTranslation('staff');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [before, setBefore] = useState<string | null>(null);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    async (from?: string) => {
      try {
        const res = await api.get<{ entries: AuditEntry[]; nextBefore: string | null }>(`/api/staff/audit${from ? `?before=${from}` : ''}`);
        setEntries((e) => (from ? [...(e ?? []), ...res.entries] : res.entries));
        setBefore(res.nextBefore);
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [api],
  );
  useEffect(() => {
    void load();
    headingRef.current?.focus();
  }, [load]);

  return (
    <section aria-labelledby="audit-heading">
      <button type="button" onClick={onBack}>
        {t('audit.back')}
      </button>
      <h2 id="audit-heading" tabIndex={-1} ref={headingRef}>
        {t('audit.title')}
      </h2>
      {error && <p role="alert">{error}</p>}
      {entries && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatTime(e.at, locale)}</td>
                <td>
                  <bdi dir="ltr">{e.username ?? '—'}</bdi>
                </td>
                <td dir="ltr">{e.action}</td>
                <td dir="ltr">{e.target ?? e.queueId ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {before && (
        <button type="button" onClick={() => void load(before)}>
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
