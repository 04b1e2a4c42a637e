import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../domain/format.ts';
import { REFERRAL_NEXT } from '../../../domain/vocabulary.ts';
import { type Api, ApiError } from '../api/client.ts';
import { answerReferral, partnerReferrals } from '../api/staff.ts';
import type { DeskList, PartnerAnswer, PartnerReferral } from '../api/types.ts';
import type { Places } from './places.ts';

const FILTERS = ['open', 'all', 'completed', 'declined'] as const;

/**
 * A referral partner's desk: the referrals a CPU sent to it, with only what the service needs (never what the
 * reporter wrote), and a form to accept, decline (with a reason) or complete each; the CPU reads the note.
 */
export function PartnerDesk({ api, places, onError }: { api: Api; places: Places; onError(err: unknown): void }) {
  const { t } = useTranslation(['staff', 'report']);
  const locale = api.locale;
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('open');
  const [data, setData] = useState<DeskList | null>(null);
  const [saved, setSaved] = useState('');

  const load = useCallback(async () => {
    try {
      setData(await partnerReferrals(api, filter));
    } catch (err) {
      onError(err);
    }
  }, [api, filter, onError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!data) return <p>{t('console.loading')}</p>;
  return (
    <section aria-labelledby="partner-heading" className="app-staff__partner">
      <h1 id="partner-heading">{t('partner.title')}</h1>
      <p>{data.desk ? data.desk.name[locale] : t('partner.noDesk')}</p>
      <p className="app-form__hint">{t('partner.privacy')}</p>
      <p role="status" aria-live="polite" className="app-staff__announce">
        {saved}
      </p>
      <div className="app-form__field">
        <label htmlFor="partner-filter">{t('partner.show')}</label>
        <select id="partner-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as (typeof FILTERS)[number])}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`partner.filter.${f}`)}
            </option>
          ))}
        </select>
      </div>
      {data.referrals.length === 0 ? (
        <p>{t('partner.none')}</p>
      ) : (
        <ul className="app-staff__referrals" data-testid="partner-referrals">
          {data.referrals.map((r) => (
            <li key={r.id} data-id={r.id} data-reference={r.reference} data-status={r.status}>
              <h2>
                <bdi dir="ltr">{r.reference}</bdi> · {t(`service.${r.service}`)}
              </h2>
              <dl className="app-staff__facts">
                <dt>{t('queue.priority')}</dt>
                <dd>{t(`priority.${r.priority}`)}</dd>
                <dt>{t('partner.child')}</dt>
                <dd>
                  {t(`report:age.${r.child.ageBand}`)}, {t(`report:gender.${r.child.gender}`)}
                </dd>
                <dt>{t('partner.category')}</dt>
                <dd>{t(`report:category.${r.category}`)}</dd>
                {r.district && (
                  <>
                    <dt>{t('partner.district')}</dt>
                    <dd>{Object.entries(places).find(([k]) => k.endsWith(`/${r.district}`))?.[1] ?? r.district}</dd>
                  </>
                )}
                <dt>{t('partner.status')}</dt>
                <dd>
                  {t(`referralStatus.${r.status}`)}
                  {r.overdue && (
                    <>
                      {' '}
                      <strong className="app-staff__overdue">{t('queue.overdue')}</strong>
                    </>
                  )}
                </dd>
                <dt>{t('partner.referred')}</dt>
                <dd>
                  <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale)}</time>
                </dd>
                {r.dueAt && (
                  <>
                    <dt>{t('partner.due')}</dt>
                    <dd>
                      <time dateTime={r.dueAt}>{formatDateTime(r.dueAt, locale)}</time>
                    </dd>
                  </>
                )}
                <dt>{t('partner.note')}</dt>
                <dd dir="auto">{r.note ?? t('report.none')}</dd>
              </dl>
              {REFERRAL_NEXT[r.status].length > 0 && (
                <AnswerForm
                  api={api}
                  referral={r}
                  onDone={async (status) => {
                    setSaved(t('partner.saved', { reference: r.reference, status: t(`referralStatus.${status}`) }));
                    await load();
                  }}
                  onError={onError}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AnswerForm({
  api,
  referral,
  onDone,
  onError,
}: {
  api: Api;
  referral: PartnerReferral;
  onDone(status: string): Promise<void>;
  onError(err: unknown): void;
}) {
  const { t } = useTranslation('staff');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const ids = useRef({ status: `answer-status-${referral.id}`, note: `answer-note-${referral.id}` }).current;
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const d = new FormData(form);
    // One of the select's choices (REFERRAL_NEXT); the API checks it all the same.
    const status = String(d.get('status') ?? '') as PartnerAnswer['status'];
    const note = String(d.get('note') ?? '').trim();
    setBusy(true);
    try {
      await answerReferral(api, referral.id, { status, ...(note ? { note } : {}) });
      setErrors({});
      // The next answer starts empty: a note written for this step must not ride along with the next one.
      form.reset();
      await onDone(status);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setErrors({ _: err.message, ...err.fields });
      else onError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="app-staff__answer" data-testid="answer-form">
      {errors._ && (
        <p role="alert" className="app-form__error">
          {errors._}
          {Object.entries(errors)
            .filter(([k]) => k !== '_')
            .map(([k, v]) => (
              <span key={k}> {v}</span>
            ))}
        </p>
      )}
      <div className="app-form__field">
        <label htmlFor={ids.status}>{t('partner.answer')}</label>
        <select id={ids.status} name="status" required defaultValue={REFERRAL_NEXT[referral.status][0]}>
          {REFERRAL_NEXT[referral.status].map((s) => (
            <option key={s} value={s}>
              {t(`partner.action.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor={ids.note}>{t('partner.answerNote')}</label>
        <p className="app-form__hint" id={`${ids.note}-hint`}>
          {t('partner.answerNoteHint')}
        </p>
        <textarea
          id={ids.note}
          name="note"
          rows={3}
          dir="auto"
          aria-describedby={`${ids.note}-hint`}
          aria-invalid={errors.note ? true : undefined}
        />
      </div>
      <button type="submit" disabled={busy}>
        {t('partner.submit')}
      </button>
    </form>
  );
}
