import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../locales/index.ts';
import { InertText } from './inert-text.tsx';
import { formatTime, StaffApiError, type StaffApi } from './staff-api.ts';
import type { Me } from './StaffConsole.tsx';
import { ScreeningPanel } from './staff/ScreeningPanel.tsx';
import { language } from '../../domain/languages.ts';
import { CLOSE_REASONS, PRIORITIES, SERVICES, type ReferralStatus } from '../../domain/vocabulary.ts';

export type Places = Record<string, string>;


interface Entry {
  from: string;
  body: string | null;
  at: string;
  by: string | null;
}
interface Referral {
  id: string;
  service: string;
  desk: string | null;
  status: ReferralStatus;
  note: string | null;
  dueAt: string | null;
  overdue: boolean;
  updatedAt: string;
}
/** A service desk the report can be referred to (GET /api/staff/desks). */
export interface Desk {
  id: string;
  service: string;
  district: string;
  name: Record<Locale, string>;
  confirmed: boolean;
}
interface FullReport {
  access: 'full';
  reference: string;
  priority: string;
  dueAt: string;
  overdue: boolean;
  reasons: ({ id: string } & Record<Locale, string>)[];
  category: string;
  suggestedCategory: string | null;
  reporter: string;
  immediateDanger: boolean;
  child: { ageBand: string; gender: string };
  location: { province: string; district: string; details: string | null };
  description: string | null;
  contact: string | null;
  locale: Locale;
  status: string;
  reporterStatus: string;
  queue: { id: string; name: Record<Locale, string> };
  verified: boolean;
  assignedTo: string | null;
  screenedAt: string | null;
  screenedBy: string | null;
  duplicateOf: string | null;
  possibleDuplicates: string[];
  closeReason: string | null;
  createdAt: string;
  erased: boolean;
  history: { type: string; at: string; by: string | null; data: Record<string, unknown> }[];
  referrals: Referral[];
  notes: Entry[];
  messages: Entry[];
}
interface RestrictedReport {
  access: 'restricted';
  reference: string;
  notes: Entry[];
  messages: Entry[];
}
type StaffReportData = FullReport | RestrictedReport;

interface Props {
  api: StaffApi;
  me: Me;
  locale: Locale;
  places: Places;
  reference: string;
  onBack(): void;
  onOpen(reference: string): void;
  onError(err: unknown): void;
}

/** One report: the decrypted account, triage reasons, history, notes, the thread, and the actions. Every text is rendered as text. */
export default function StaffReport({ api, me, locale, places, reference, onBack, onOpen, onError }: Props) {
  const { t } = useTranslation(['staff', 'report']);
  const [report, setReport] = useState<StaffReportData | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setReport(null);
    setError('');
    api
      .get<StaffReportData>(`/api/staff/reports/${encodeURIComponent(reference)}`)
      .then(setReport)
      .catch((err) => {
        onError(err);
        setError((err as Error).message);
      });
  }, [api, reference, onError]);

  // Move focus to the report's heading once it has rendered, so keyboard and screen-reader users land on it.
  const loaded = report?.reference;
  // The desks of the report's district, for the refer form and to name desks in the referrals and history.
  const [desks, setDesks] = useState<Desk[]>([]);
  const district = report?.access === 'full' ? report.location.district : null;
  useEffect(() => {
    if (!district) return;
    void api
      .get<{ desks: Desk[] }>(`/api/staff/desks?district=${encodeURIComponent(district)}`)
      .then((d) => setDesks(d.desks))
      .catch(() => undefined);
  }, [api, district]);
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  /** Sends one action; on success the answer is the updated report. Returns field errors for the form. */
  const act = useCallback(
    async (action: Record<string, unknown>): Promise<Record<string, string> | null> => {
      setSaved('');
      try {
        setReport(await api.post<StaffReportData>(`/api/staff/reports/${encodeURIComponent(reference)}/actions`, action));
        setSaved(t('actions.saved'));
        return null;
      } catch (err) {
        onError(err);
        if (err instanceof StaffApiError) return { ...err.fields, _: err.message };
        return { _: String(err) };
      }
    },
    [api, reference, t, onError],
  );

  const back = (
    <button type="button" onClick={onBack}>
      {t('report.back')}
    </button>
  );
  if (error)
    return (
      <section>
        {back}
        <p role="alert">{error}</p>
      </section>
    );
  if (!report) return <p>{t('console.loading')}</p>;

  const title = (
    <h2 id="report-heading" tabIndex={-1} ref={headingRef}>
      {t('report.title', { reference: '' })}
      <bdi dir="ltr">{report.reference}</bdi>
    </h2>
  );

  if (report.access === 'restricted') {
    return (
      <section aria-labelledby="report-heading" className="app-staff__report">
        {back}
        {title}
        <p>{t('report.restricted')}</p>
        <Thread title={t('report.notes')} empty={t('report.noNotes')} entries={report.notes} locale={locale} />
        <Thread title={t('report.thread')} empty={t('report.noMessages')} entries={report.messages} locale={locale} />
      </section>
    );
  }

  const r = report;
  const closed = r.status === 'closed';
  const deskName = (id: string) => desks.find((d) => d.id === id)?.name[locale] ?? id;
  const place = [places[`${r.location.province}/${r.location.district}`] ?? r.location.district, places[r.location.province] ?? r.location.province].join(language(locale).comma);
  const eventText = (e: FullReport['history'][number]) => {
    const d = e.data as Record<string, string>;
    const vars: Record<string, string> = { ...d };
    if (d.service) vars.service = d.desk ? `${t(`service.${d.service}`)} (${deskName(d.desk)})` : t(`service.${d.service}`);
    if (e.type === 'update_referral' && d.to) vars.status = t(`referralStatus.${d.to}`);
    if (e.type === 'close' && d.reason) vars.reason = t(`closeReason.${d.reason}`);
    return t(`event.${e.type}`, { ...vars, defaultValue: t('event.other') });
  };

  return (
    <section aria-labelledby="report-heading" className="app-staff__report" data-reference={r.reference}>
      {back}
      {title}
      <p role="status" aria-live="polite" className="app-staff__announce">
        {saved}
      </p>
      <dl className="app-staff__facts">
        <dt>{t('queue.priority')}</dt>
        <dd>
          <strong className={`app-priority app-priority--${r.priority.toLowerCase()}`}>{t(`priority.${r.priority}`)}</strong>
        </dd>
        <dt>{t('report.due')}</dt>
        <dd>
          {formatTime(r.dueAt, locale)}
          {r.overdue && <strong className="app-staff__overdue"> {t('queue.overdue')}</strong>}
        </dd>
        <dt>{t('queue.status')}</dt>
        <dd data-testid="staff-status">
          {t(`status.${r.status}`)}
          {closed && r.closeReason && ` (${t(`closeReason.${r.closeReason}`)})`}
        </dd>
        <dt>{t('reporterStatus.label')}</dt>
        <dd data-testid="reporter-status">{t(`reporterStatus.${r.reporterStatus}`)}</dd>
        <dt>{t('queue.category')}</dt>
        <dd>
          {t(`report:category.${r.category}`)}
          {r.suggestedCategory && r.suggestedCategory !== r.category && <> ({t('report.suggestedCategory', { category: t(`report:category.${r.suggestedCategory}`) })})</>}
        </dd>
        <dt>{t('report.queue')}</dt>
        <dd>{r.queue.name[locale]}</dd>
        <dt>{t('report.assignedTo')}</dt>
        <dd data-testid="assigned-to">{r.assignedTo ? <bdi dir="ltr">{r.assignedTo}</bdi> : t('report.nobody')}</dd>
        <dt>{t('report.created')}</dt>
        <dd>{formatTime(r.createdAt, locale)}</dd>
        <dt>{t('report.child')}</dt>
        <dd>
          {t(`report:age.${r.child.ageBand}`)}, {t(`report:gender.${r.child.gender}`)}
        </dd>
        <dt>{t('report.location')}</dt>
        <dd>{place}</dd>
        <dt>{t('report.reporterType')}</dt>
        <dd>{t(`report:reporter.${r.reporter}`)}</dd>
        <dt>{t('report.language')}</dt>
        <dd data-testid="report-language">
          {/* The language's own name (staff recognise it in any script), with its English name on a left-to-right console. */}
          <bdi lang={r.locale} dir={language(r.locale).dir}>{language(r.locale).nativeName}</bdi>
          {language(locale).dir === 'ltr' && r.locale !== locale && <> ({language(r.locale).englishName})</>}
        </dd>
        {r.duplicateOf && (
          <>
            <dt>{t('report.duplicateOf')}</dt>
            <dd>
              <button type="button" className="app-staff__link" dir="ltr" onClick={() => onOpen(r.duplicateOf!)}>
                {r.duplicateOf}
              </button>
            </dd>
          </>
        )}
        {r.possibleDuplicates.length > 0 && (
          <>
            <dt>{t('report.possibleDuplicates')}</dt>
            <dd>
              {r.possibleDuplicates.map((d) => (
                <button key={d} type="button" className="app-staff__link" dir="ltr" onClick={() => onOpen(d)}>
                  {d}
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>
      {!r.verified && <p className="app-badge app-badge--unverified">{t('report.verifiedNo')}</p>}
      <ScreeningPanel priorities={PRIORITIES} categories={Object.keys(t('report:category', { returnObjects: true }) as object)} priority={r.priority} category={r.category} screenedAt={r.screenedAt} screenedBy={r.screenedBy} closed={closed} locale={locale} act={act} />

      <h3>{t('report.reasons')}</h3>
      {r.reasons.length === 0 ? (
        <p>{t('report.noReasons')}</p>
      ) : (
        <ul>
          {r.reasons.map((x) => (
            <li key={x.id}>{x[locale]}</li>
          ))}
        </ul>
      )}

      <h3>{t('report.account')}</h3>
      {r.erased ? <p>{t('report.erased')}</p> : <p className="app-staff__text" dir="auto" lang={r.locale} data-testid="report-description"><InertText text={r.description ?? ''} /></p>}
      <h4>{t('report.details')}</h4>
      <p className="app-staff__text" dir="auto" data-testid="report-details">
        {r.location.details !== null ? <InertText text={r.location.details} /> : t('report.none')}
      </p>
      <h4>{t('report.contact')}</h4>
      <p className="app-staff__text" dir="auto" data-testid="report-contact">
        {r.contact !== null ? <InertText text={r.contact} /> : t('report.none')}
      </p>

      <Thread title={t('report.thread')} empty={t('report.noMessages')} entries={r.messages} locale={locale} testId="thread" />
      <Thread title={t('report.notes')} empty={t('report.noNotes')} entries={r.notes} locale={locale} testId="notes" />

      <h3>{t('report.referrals')}</h3>
      {r.referrals.length === 0 ? (
        <p>{t('report.noReferrals')}</p>
      ) : (
        <ul data-testid="referrals">
          {r.referrals.map((ref) => (
            <li key={ref.id} data-service={ref.service} data-status={ref.status}>
              <strong>{t(`service.${ref.service}`)}</strong>
              {ref.desk && <> ({deskName(ref.desk)})</>}: {t(`referralStatus.${ref.status}`)}
              {ref.overdue && (
                <>
                  {' '}
                  <strong className="app-staff__overdue" data-testid="referral-overdue">
                    {t('queue.overdue')}
                  </strong>
                </>
              )}
              {ref.note && (
                <>
                  {' '}
                  — <span dir="auto">{ref.note}</span>
                </>
              )}{' '}
              {!closed && ref.status === 'requested' && <ReferralButton act={act} id={ref.id} status="accepted" label={t('actions.accept')} />}
              {!closed && (ref.status === 'requested' || ref.status === 'accepted') && (
                <>
                  {ref.status === 'accepted' && <ReferralButton act={act} id={ref.id} status="completed" label={t('actions.complete')} />}{' '}
                  <ReferralButton act={act} id={ref.id} status="declined" label={t('actions.decline')} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('report.history')}</h3>
      <ol className="app-staff__timeline" data-testid="history">
        {r.history.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatTime(e.at, locale)}</time> {eventText(e)}
            {e.by && (
              <>
                {' '}
                ({t('report.by', { name: '' })}
                <bdi dir="ltr">{e.by}</bdi>)
              </>
            )}
            {typeof e.data.reason === 'string' && e.type !== 'close' && (
              <>
                : <span dir="auto">{e.data.reason}</span>
              </>
            )}
          </li>
        ))}
      </ol>

      <h3>{t('actions.title')}</h3>
      <div className="app-staff__actions">
        {closed ? (
          <>
            <ActionForm id="reopen" title={t('actions.reopen')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'reopen', reason: d.get('reason') })}>
              <TextField name="reason" label={t('actions.reason')} />
            </ActionForm>
          </>
        ) : (
          <>
            <AssignForm api={api} me={me} report={r} act={act} />
            <ReferForm desks={desks} locale={locale} act={act} />
            <ActionForm id="priority" title={t('actions.setPriority')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'set_priority', priority: d.get('priority'), reason: d.get('reason') })}>
              <SelectField name="priority" label={t('actions.newPriority')} options={PRIORITIES.map((p) => [p, t(`priority.${p}`)])} />
              <TextField name="reason" label={t('actions.reason')} />
            </ActionForm>
            <ActionForm id="category" title={t('actions.setCategory')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'set_category', category: d.get('category'), reason: d.get('reason') })}>
              <SelectField name="category" label={t('actions.newCategory')} options={Object.keys(t('report:category', { returnObjects: true }) as object).map((c) => [c, t(`report:category.${c}`)])} />
              <TextField name="reason" label={t('actions.reason')} />
            </ActionForm>
            {me.can.transfer && <TransferForm api={api} report={r} act={act} locale={locale} />}
            <ActionForm id="duplicate" title={t('actions.markDuplicate')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'mark_duplicate', of: d.get('of') })}>
              <TextField name="of" label={t('actions.duplicateOf')} ltr />
            </ActionForm>
            <ActionForm id="close" title={t('actions.close')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'close', reason: d.get('reason'), ...(d.get('note') ? { note: d.get('note') } : {}) })}>
              <SelectField name="reason" label={t('actions.closeReason')} options={CLOSE_REASONS.map((c) => [c, t(`closeReason.${c}`)])} />
              <TextField name="note" label={t('actions.note')} optional />
            </ActionForm>
          </>
        )}
        <ActionForm id="message" title={t('actions.message')} submit={t('actions.send')} act={act} build={(d) => ({ type: 'message', body: d.get('body') })}>
          <TextField name="body" label={t('actions.messageBody')} hint={t('actions.messageHint')} multiline />
        </ActionForm>
        <ActionForm id="note" title={t('actions.addNote')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'note', body: d.get('body') })}>
          <TextField name="body" label={t('actions.noteBody')} multiline />
        </ActionForm>
      </div>
    </section>
  );
}

function Thread({ title, empty, entries, locale, testId }: { title: string; empty: string; entries: Entry[]; locale: Locale; testId?: string }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="app-staff__thread" data-testid={testId}>
          {entries.map((m, i) => (
            <li key={i} data-from={m.from}>
              <p className="app-staff__meta">
                <time dateTime={m.at}>{formatTime(m.at, locale)}</time> {m.from !== 'note' && <>{t(`report.from.${m.from}`)} </>}
                {m.by && <bdi dir="ltr">{m.by}</bdi>}
              </p>
              <p className="app-staff__text" dir="auto">
                {typeof m.body === 'string' ? <InertText text={m.body} /> : m.body}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

type Act = (action: Record<string, unknown>) => Promise<Record<string, string> | null>;

function ReferralButton({ act, id, status, label }: { act: Act; id: string; status: string; label: string }) {
  return (
    <button type="button" onClick={() => void act({ type: 'update_referral', referralId: id, status })}>
      {label}
    </button>
  );
}

/** A disclosure holding one action's form: native <details>, so it opens with Enter/Space and needs no script to be reachable. */
function ActionForm({ id, title, submit, act, build, children }: { id: string; title: string; submit: string; act: Act; build: (d: FormData) => Record<string, unknown>; children: ReactNode }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    const result = await act(build(new FormData(form)));
    setBusy(false);
    setErrors(result ?? {});
    if (!result) form.reset();
  }
  return (
    <details className="app-staff__action" data-action={id}>
      <summary>{title}</summary>
      <form onSubmit={onSubmit} noValidate data-errors={JSON.stringify(errors)}>
        {errors._ && (
          <p role="alert" className="app-form__error">
            {errors._}
            {Object.entries(errors)
              .filter(([k]) => k !== '_' && k !== 'type')
              .map(([k, v]) => (
                <span key={k}> {v}</span>
              ))}
          </p>
        )}
        {children}
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </form>
    </details>
  );
}

let fieldSeq = 0;
function useFieldId(name: string) {
  const ref = useRef<string>('');
  if (!ref.current) ref.current = `f-${name}-${++fieldSeq}`;
  return ref.current;
}

function TextField({ name, label, hint, optional, multiline, ltr }: { name: string; label: string; hint?: string; optional?: boolean; multiline?: boolean; ltr?: boolean }) {
  const id = useFieldId(name);
  return (
    <div className="app-form__field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="app-form__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea id={id} name={name} rows={4} required={!optional} dir="auto" aria-describedby={hint ? `${id}-hint` : undefined} />
      ) : (
        <input id={id} name={name} required={!optional} dir={ltr ? 'ltr' : 'auto'} aria-describedby={hint ? `${id}-hint` : undefined} />
      )}
    </div>
  );
}

function SelectField({ name, label, options, value }: { name: string; label: string; options: [string, string][]; value?: string }) {
  const id = useFieldId(name);
  const { t } = useTranslation('staff');
  return (
    <div className="app-form__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} required defaultValue={value ?? ''}>
        <option value="" disabled>
          {t('actions.chooseOne')}
        </option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function AssignForm({ api, me, report, act }: { api: StaffApi; me: Me; report: FullReport; act: Act }) {
  const { t } = useTranslation('staff');
  const [staff, setStaff] = useState<{ username: string }[]>([]);
  const manager = me.can.assignOthers;
  useEffect(() => {
    if (manager) void api.get<{ staff: { username: string }[] }>(`/api/staff/queues/${report.queue.id}/staff`).then((s) => setStaff(s.staff)).catch(() => undefined);
  }, [api, manager, report.queue.id]);
  if (!manager) {
    return report.assignedTo === me.username ? null : (
      <p>
        <button type="button" onClick={() => void act({ type: 'assign', to: me.username })}>
          {t('actions.assignToMe')}
        </button>
      </p>
    );
  }
  return (
    <ActionForm id="assign" title={t('actions.assign')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'assign', to: d.get('to') })}>
      <SelectField name="to" label={t('actions.assignTo')} options={staff.map((s) => [s.username, s.username])} />
    </ActionForm>
  );
}

function TransferForm({ api, report, act, locale }: { api: StaffApi; report: FullReport; act: Act; locale: Locale }) {
  const { t } = useTranslation('staff');
  const [queues, setQueues] = useState<{ id: string; name: Record<Locale, string> }[]>([]);
  useEffect(() => {
    void api.get<{ queues: { id: string; name: Record<Locale, string> }[] }>('/api/staff/transfer-targets').then((q) => setQueues(q.queues)).catch(() => undefined);
  }, [api]);
  return (
    <ActionForm id="transfer" title={t('actions.transfer')} submit={t('actions.submit')} act={act} build={(d) => ({ type: 'transfer', queueId: d.get('queueId'), reason: d.get('reason') })}>
      <SelectField name="queueId" label={t('actions.transferTo')} options={queues.filter((q) => q.id !== report.queue.id).map((q) => [q.id, q.name[locale]])} />
      <TextField name="reason" label={t('actions.reason')} />
    </ActionForm>
  );
}

/** Refer to a service, and to one of the district's desks when the service has one: the desk then sees it. */
function ReferForm({ desks, locale, act }: { desks: Desk[]; locale: Locale; act: Act }) {
  const { t } = useTranslation('staff');
  const serviceId = useFieldId('service');
  const deskId = useFieldId('desk');
  const [service, setService] = useState('');
  const [desk, setDesk] = useState('');
  const offered = desks.filter((d) => !service || d.service === service);
  return (
    <ActionForm
      id="refer"
      title={t('actions.refer')}
      submit={t('actions.submit')}
      act={async (action) => {
        const result = await act(action);
        if (!result) {
          setService('');
          setDesk('');
        }
        return result;
      }}
      build={(d) => ({ type: 'refer', service: d.get('service'), ...(d.get('desk') ? { desk: d.get('desk') } : {}), ...(d.get('note') ? { note: d.get('note') } : {}) })}
    >
      <div className="app-form__field">
        <label htmlFor={serviceId}>{t('actions.service')}</label>
        <select id={serviceId} name="service" required value={service} onChange={(e) => (setService(e.currentTarget.value), setDesk(''))}>
          <option value="" disabled>
            {t('actions.chooseOne')}
          </option>
          {SERVICES.map((s) => (
            <option key={s} value={s}>
              {t(`service.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor={deskId}>{t('actions.desk')}</label>
        <p className="app-form__hint" id={`${deskId}-hint`}>
          {t('actions.deskHint')}
        </p>
        <select
          id={deskId}
          name="desk"
          aria-describedby={`${deskId}-hint`}
          value={desk}
          onChange={(e) => {
            const chosen = desks.find((d) => d.id === e.currentTarget.value);
            setDesk(e.currentTarget.value);
            if (chosen) setService(chosen.service);
          }}
        >
          <option value="">{t('actions.noDesk')}</option>
          {offered.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name[locale]}
              {d.confirmed ? '' : ` (${t('actions.deskUnconfirmed')})`}
            </option>
          ))}
        </select>
      </div>
      <TextField name="note" label={t('actions.referNote')} hint={t('actions.referNoteHint')} optional multiline />
    </ActionForm>
  );
}
