// Alert settings in the console: the account's own alert e-mail, the queue's on-duty list (kept by its supervisor
// or an admin), the alert figures for supervisors, and failing deliveries for admins.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, uncoveredRanges } from '../../../domain/on-duty-cover.ts';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { alertFigures, alertOutbox, getAlertEmail, getOnDuty, setAlertEmail, setOnDuty } from '../api/staff.ts';
import type { AlertFigure, OnDutyEntry, Outbox as OutboxData } from '../api/types.ts';
import { Field } from '../form/Field.tsx';
import { describedBy, errorId } from '../form/ids.ts';

interface MeLike {
  role: string;
  queueId: string | null;
}

export function AlertSettings({ api, me }: { api: Api; me: MeLike }) {
  const { t } = useTranslation('staff');
  const keepsList = me.queueId !== null && (me.role === 'supervisor' || me.role === 'admin');
  return (
    <details className="app-staff__action app-alert-settings">
      <summary>{t('alerts.settings')}</summary>
      <AlertEmailField api={api} />
      {keepsList && <OnDutyPanel api={api} queueId={me.queueId!} />}
      {me.role !== 'officer' && <AlertFigures api={api} />}
      {me.role === 'admin' && <Outbox api={api} />}
    </details>
  );
}

export function AlertEmailField({ api }: { api: Api }) {
  const { t } = useTranslation('staff');
  const id = useId();
  const [email, setEmail] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    getAlertEmail(api)
      .then((r) => setEmail(r.email ?? ''))
      .catch(() => undefined);
  }, [api]);
  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError('');
    setStatus('');
    try {
      const r = await setAlertEmail(api, email.trim() || null);
      setStatus(r.email ? t('alerts.emailField.saved') : t('alerts.emailField.removed'));
    } catch (err) {
      setError((err instanceof ApiError ? err.fields.email : undefined) ?? messageOf(err, t('api:error.internal')));
    }
  }
  return (
    <form onSubmit={save} noValidate>
      {/* One field: its error (the API's message for `email`, else why saving failed) is shown beside it. */}
      <Field
        id={`${id}-email`}
        label={t('alerts.emailField.label')}
        hint={t('alerts.emailField.hint')}
        hintId={`${id}-hint`}
        error={error || undefined}
        errorPrefix={t('api:field.errorPrefix')}
      >
        <input
          id={`${id}-email`}
          type="email"
          dir="ltr"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={describedBy(`${id}-hint`, error && errorId(`${id}-email`))}
          aria-invalid={error ? true : undefined}
        />
      </Field>
      <button type="submit">{t('alerts.emailField.save')}</button>
      <p role="status">{status}</p>
    </form>
  );
}

export function OnDutyPanel({ api, queueId }: { api: Api; queueId: string }) {
  const { t } = useTranslation('staff');
  const id = useId();
  const [entries, setEntries] = useState<OnDutyEntry[]>([]);
  const [staff, setStaff] = useState<{ username: string; hasAlertEmail: boolean }[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [told, setTold] = useState<number | null>(null);
  useEffect(() => {
    getOnDuty(api, queueId)
      .then((r) => {
        setEntries(r.entries);
        setStaff(r.staff);
      })
      .catch(() => undefined);
  }, [api, queueId]);
  const update = (i: number, patch: Partial<OnDutyEntry>) => setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus('');
    setError('');
    setTold(null);
    try {
      const saved = await setOnDuty(api, queueId, entries);
      setStatus(t('alerts.onDuty.saved'));
      setTold(saved.told);
    } catch (err) {
      setError(messageOf(err, t('api:error.internal')));
    }
  }
  return (
    <form onSubmit={save}>
      <h2>{t('alerts.onDuty.title')}</h2>
      <p className="app-staff__meta">{t('alerts.onDuty.intro')}</p>
      {entries.length === 0 && <p>{t('alerts.onDuty.empty')}</p>}
      {entries.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row has no id of its own; every input in it is controlled.
        <fieldset key={i} className="app-alert-settings__row">
          <legend>
            {t('alerts.onDuty.who')} {i + 1}
          </legend>
          <label htmlFor={`${id}-${i}-who`}>{t('alerts.onDuty.who')}</label>{' '}
          <select id={`${id}-${i}-who`} value={entry.username} onChange={(e) => update(i, { username: e.target.value })}>
            {staff.map((s) => (
              <option key={s.username} value={s.username}>
                {s.username}
                {s.hasAlertEmail ? '' : ` (${t('alerts.onDuty.noEmail')})`}
              </option>
            ))}
          </select>
          <fieldset>
            <legend>{t('alerts.onDuty.days')}</legend>
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <label key={d} className="app-alert-settings__day">
                <input
                  type="checkbox"
                  checked={entry.days.includes(d)}
                  onChange={(e) => update(i, { days: e.target.checked ? [...entry.days, d] : entry.days.filter((x) => x !== d) })}
                />{' '}
                {t(`alerts.onDuty.day.${d}`)}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-${i}-from`}>{t('alerts.onDuty.from')}</label>{' '}
          <input id={`${id}-${i}-from`} type="time" dir="ltr" value={entry.start} onChange={(e) => update(i, { start: e.target.value })} />{' '}
          <label htmlFor={`${id}-${i}-to`}>{t('alerts.onDuty.to')}</label>{' '}
          <input
            id={`${id}-${i}-to`}
            type="time"
            dir="ltr"
            value={entry.end === '24:00' ? '00:00' : entry.end}
            onChange={(e) => update(i, { end: e.target.value })}
          />{' '}
          <button type="button" onClick={() => setEntries((list) => list.filter((_, j) => j !== i))}>
            {t('alerts.onDuty.remove')}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          disabled={staff.length === 0}
          onClick={() =>
            setEntries((list) => [...list, { username: staff[0]!.username, days: [1, 2, 3, 4, 5, 6, 0], start: '09:00', end: '17:00' }])
          }
        >
          {t('alerts.onDuty.add')}
        </button>{' '}
        <button type="submit">{t('alerts.onDuty.save')}</button>
      </p>
      <UncoveredHours entries={entries} />
      {error && <p className="app-staff__overdue">{error}</p>}
      <p role="status">
        {status}
        {told ? ` ${t('alerts.onDuty.uncovered.told', { count: told })}` : ''}
      </p>
    </form>
  );
}

const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;
const minuteOf = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

/** The hours of the week the list as edited leaves with nobody on duty (rows with a time still being typed are left out). */
function UncoveredHours({ entries }: { entries: OnDutyEntry[] }) {
  const { t } = useTranslation('staff');
  const id = useId();
  const shifts = entries
    .filter((e) => HHMM.test(e.start) && HHMM.test(e.end))
    .map((e) => ({ days: e.days, startMinute: minuteOf(e.start), endMinute: minuteOf(e.end) }));
  const ranges = uncoveredRanges(shifts);
  const day = (d: number) => t(`alerts.onDuty.day.${d}`);
  return (
    <section aria-labelledby={`${id}-title`} data-testid="on-duty-uncovered">
      <h3 id={`${id}-title`}>{t('alerts.onDuty.uncovered.title')}</h3>
      {ranges.length === 0 ? (
        <p>{t('alerts.onDuty.uncovered.none')}</p>
      ) : (
        <>
          <p className="app-staff__meta">{t('alerts.onDuty.uncovered.intro')}</p>
          <ul>
            {ranges.map((r) => (
              <li key={`${r.fromDay}-${r.fromMinute}`}>
                <bdi>{formatRange(r, day)}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function AlertFigures({ api }: { api: Api }) {
  const { t } = useTranslation('staff');
  const [rows, setRows] = useState<AlertFigure[] | null>(null);
  useEffect(() => {
    alertFigures(api)
      .then((r) => setRows(r.priorities))
      .catch(() => setRows([]));
  }, [api]);
  if (rows === null) return null;
  return (
    <section>
      <h2>{t('alerts.figures.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('alerts.figures.none')}</p>
      ) : (
        <table className="app-staff__queue">
          <thead>
            <tr>
              <th scope="col">{t('alerts.figures.priority')}</th>
              <th scope="col">{t('alerts.figures.alerts')}</th>
              <th scope="col">{t('alerts.figures.medianAck')}</th>
              <th scope="col">{t('alerts.figures.escalated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.priority}>
                <th scope="row">{r.priority}</th>
                <td>{r.alerts}</td>
                <td>{r.medianAckMinutes ?? '—'}</td>
                <td>{r.escalated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Outbox({ api }: { api: Api }) {
  const { t } = useTranslation('staff');
  const [data, setData] = useState<OutboxData | null>(null);
  useEffect(() => {
    alertOutbox(api)
      .then(setData)
      .catch(() => undefined);
  }, [api]);
  if (!data) return null;
  return (
    <section>
      <h2>{t('alerts.outbox.title')}</h2>
      {!data.emailEnabled && <p>{t('alerts.outbox.emailOff')}</p>}
      {data.failing.length === 0 ? (
        <p>{t('alerts.outbox.none')}</p>
      ) : (
        <ul>
          {data.failing.map((f) => (
            <li key={f.id}>
              <bdi dir="ltr">
                {f.reference ?? `${f.queueId} (${t('alerts.outbox.notice')})`} · {f.step} · {f.channel}
                {f.username ? ` · ${f.username}` : ''} · ×{f.attempts} · {f.lastError}
              </bdi>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
