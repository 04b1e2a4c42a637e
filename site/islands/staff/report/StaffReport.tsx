import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../../domain/vocabulary.ts';
import { type Api, ApiError, messageOf } from '../../api/client.ts';
import { actOn, desksIn, getReport } from '../../api/staff.ts';
import type { Desk, Me, StaffAction, StaffReport as StaffReportData } from '../../api/types.ts';
import { isReference } from '../console-address.ts';
import type { Places } from '../places.ts';
import { ScreeningPanel } from '../ScreeningPanel.tsx';
import type { Act } from './ActionForm.tsx';
import { CasePanels } from './CasePanels.tsx';
import { History } from './History.tsx';
import { Referrals } from './Referrals.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReportFacts } from './ReportFacts.tsx';
import { ReportText } from './ReportText.tsx';
import { Thread } from './Thread.tsx';

interface Props {
  api: Api;
  me: Me;
  places: Places;
  reference: string;
  onBack(): void;
  onError(err: unknown): void;
}

/** One report: the decrypted account, triage reasons, history, notes, the thread, and the actions. Every text is rendered as text. */
export function StaffReport({ api, me, places, reference, onBack, onError }: Props) {
  const { t } = useTranslation(['staff', 'report', 'api']);
  const locale = api.locale;
  const [report, setReport] = useState<StaffReportData | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setReport(null);
    setError('');
    // Outside the account's scope the API answers 404, as for a reference that does not exist: one message for both.
    const notFound = t('report.notFound');
    if (!isReference(reference)) {
      setError(notFound);
      return;
    }
    getReport(api, reference)
      .then(setReport)
      .catch((err: unknown) => {
        onError(err);
        setError(err instanceof ApiError && err.status === 404 ? notFound : messageOf(err, t('api:error.internal')));
      });
  }, [api, reference, onError, t]);

  // The desks of the report's district, for the refer form and to name desks in the referrals and history.
  const [desks, setDesks] = useState<Desk[]>([]);
  const district = report?.access === 'full' ? report.location.district : null;
  useEffect(() => {
    if (!district) return;
    desksIn(api, district)
      .then((d) => setDesks(d.desks))
      .catch(() => undefined);
  }, [api, district]);

  // Move focus to the report's heading once it has rendered, so keyboard and screen-reader users land on it.
  const loaded = report?.reference ?? (error ? 'error' : undefined);
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  /** Sends one action; on success the answer is the updated report. Returns field errors for the form. */
  const act: Act = useCallback(
    async (action: StaffAction) => {
      setSaved('');
      try {
        setReport(await actOn(api, reference, action));
        setSaved(t('actions.saved'));
        return null;
      } catch (err) {
        onError(err);
        if (err instanceof ApiError) return { ...err.fields, _: messageOf(err, t('api:error.internal')), _code: err.code };
        return { _: t('api:error.internal') };
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
      <section aria-labelledby="report-heading">
        {back}
        <h1 id="report-heading" tabIndex={-1} ref={headingRef}>
          {t('report.title', { reference: '' })}
          <bdi dir="ltr">{reference}</bdi>
        </h1>
        <p role="alert">{error}</p>
      </section>
    );
  if (!report) return <p>{t('console.loading')}</p>;

  const title = (
    <h1 id="report-heading" tabIndex={-1} ref={headingRef}>
      {t('report.title', { reference: '' })}
      <bdi dir="ltr">{report.reference}</bdi>
    </h1>
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
  const deskName = (id: string) => desks.find((d) => d.id === id)?.name[locale] ?? id;
  const categories = Object.keys(t('report:category', { returnObjects: true }) as object);

  return (
    <section aria-labelledby="report-heading" className="app-staff__report" data-reference={r.reference}>
      {back}
      {title}
      <p role="status" aria-live="polite" className="app-staff__announce">
        {saved}
      </p>
      <ReportFacts report={r} locale={locale} places={places} />
      {!r.verified && <p className="app-badge app-badge--unverified">{t('report.verifiedNo')}</p>}
      <ScreeningPanel
        priorities={PRIORITIES}
        categories={categories}
        priority={r.priority}
        category={r.category}
        screenedAt={r.screenedAt}
        screenedBy={r.screenedBy}
        screeningDueAt={r.screeningDueAt}
        screeningMinutes={r.screeningMinutes}
        harmAlert={r.harmAlert}
        closed={r.status === 'closed'}
        locale={locale}
        act={act}
      />

      <ReportText report={r} locale={locale} />

      <Thread title={t('report.thread')} empty={t('report.noMessages')} entries={r.messages} locale={locale} testId="thread" />
      <Thread title={t('report.notes')} empty={t('report.noNotes')} entries={r.notes} locale={locale} testId="notes" />

      <CasePanels me={me} report={r} desks={desks} locale={locale} deskName={deskName} act={act} />
      <Referrals report={r} deskName={deskName} act={act} />
      <History report={r} locale={locale} deskName={deskName} />
      <ReportActions api={api} me={me} report={r} desks={desks} act={act} />
    </section>
  );
}
