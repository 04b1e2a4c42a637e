// The staff console island: sign in (password and two-step code; enrolment at the first sign-in), work the queues
// in scope, open and act on reports.
// This file holds the shell (who is signed in, which view is open: the address, staff/console-address.ts); each
// panel is a component under staff/.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/languages.ts';
import { ApiError, createApi } from './api/client.ts';
import { getMe, signOut } from './api/staff.ts';
import type { Me } from './api/types.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';
import { AlertBanner } from './staff/AlertBanner.tsx';
import { AlertSettings } from './staff/AlertSettings.tsx';
import { AuditLog } from './staff/AuditLog.tsx';
import { ChangePassword } from './staff/ChangePassword.tsx';
import { ConsoleNav } from './staff/ConsoleNav.tsx';
import type { Address } from './staff/console-address.ts';
import { Enrol } from './staff/Enrol.tsx';
import { IntakeView } from './staff/intake/IntakeView.tsx';
import { ReceiptRelay } from './staff/intake/ReceiptRelay.tsx';
import { PartnerDesk } from './staff/PartnerDesk.tsx';
import { usePlaces } from './staff/places.ts';
import { Queues } from './staff/Queues.tsx';
import { StaffReport } from './staff/report/StaffReport.tsx';
import { SignIn } from './staff/SignIn.tsx';
import { Stats } from './staff/Stats.tsx';
import { AddressContext, useAddress } from './staff/useAddress.ts';

interface Props {
  locale: Lang;
  strings: IslandStrings;
  /** The site's name, last in the page's title (common.json's, which the island does not load). */
  siteName: string;
}

const CAPABILITY_OF = { audit: 'viewAudit', intake: 'recordIntake', receipt: 'relayForCallers' } as const;

/** What the address shows this account: the queues' front page is the intake form for a call-taker (no queue). */
function viewFor(address: Address, can: Me['can']): Address {
  if (address.kind === 'queue' && !can.workReports && can.recordIntake) return { kind: 'intake' };
  return address;
}

export default function StaffConsole(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Console locale={props.locale} siteName={props.siteName} />
    </I18nextProvider>
  );
}

/** What the page's title calls the view (the view's own heading says the same), in the console's language. */
function viewTitle(view: Address, me: Me, t: (key: string, o?: Record<string, string>) => string, queueTitle: string): string {
  if (view.kind in CAPABILITY_OF && !me.can[CAPABILITY_OF[view.kind as keyof typeof CAPABILITY_OF]]) return t('console.viewNotFound');
  if (view.kind === 'report') return t('report.title', { reference: view.reference });
  if (view.kind === 'intake') return t('intake.title');
  if (view.kind === 'receipt') return t('relay.title');
  if (view.kind === 'audit') return t('audit.title');
  if (!me.can.workReports && me.can.answerReferrals) return t('partner.title');
  return queueTitle || t('console.nav.queues');
}

function Console({ locale, siteName }: { locale: Lang; siteName: string }) {
  const { t } = useTranslation(['staff', 'report', 'api']);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const nav = useAddress();
  const { go } = nav;
  // The queue last shown: it stays mounted (hidden) under an open report, so it must not fall back to the first.
  const lastQueue = useRef<string | null>(null);
  const [notice, setNotice] = useState('');
  const api = useMemo(() => createApi(locale), [locale]);
  const places = usePlaces(api);
  // The page's title: an alert waiting (AlertBanner), then the view, then the site.
  const [alertTitle, setAlertTitle] = useState('');
  const [queueTitle, setQueueTitle] = useState('');
  const signedIn = me && !me.mustChangePassword && !(me.totpRequired && !me.totpEnabled) ? me : null;
  const title =
    me === undefined
      ? ''
      : !me
        ? t('login.title')
        : me.mustChangePassword
          ? t('password.title')
          : !signedIn
            ? t('enrol.title')
            : viewTitle(viewFor(nav.address, signedIn.can), signedIn, (k, o) => t(k, o ?? {}), queueTitle);
  useEffect(() => {
    if (title) document.title = [alertTitle, title, siteName].filter(Boolean).join(' – ');
  }, [alertTitle, title, siteName]);

  const loadMe = useCallback(async () => {
    try {
      setMe(await getMe(api));
    } catch {
      setMe(null);
    }
  }, [api]);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  async function leave() {
    await signOut(api).catch(() => undefined);
    setMe(null);
    // The next person to sign in on this screen starts at the front page, not at the last report.
    go({ kind: 'queue', queue: null }, { replace: true });
    setNotice(t('login.signedOut'));
  }

  const onUnauthorized = useCallback((err: unknown) => {
    if (err instanceof ApiError && err.status === 401) setMe(null);
  }, []);
  const open = useCallback((reference: string) => go({ kind: 'report', reference }), [go]);
  // A queue picked in the list replaces the address (a select's arrow keys would otherwise fill the history).
  const pickQueue = useCallback((queue: string) => go({ kind: 'queue', queue }, { replace: true }), [go]);

  if (me === undefined) return <p>{t('console.loading')}</p>;
  if (me === null) return <SignIn api={api} notice={notice} onSignedIn={loadMe} />;
  if (me.mustChangePassword) return <ChangePassword api={api} onDone={loadMe} onSignOut={leave} />;
  if (me.totpRequired && !me.totpEnabled) return <Enrol api={api} onDone={loadMe} onSignOut={leave} />;
  const view = viewFor(nav.address, me.can);
  if (view.kind === 'queue') lastQueue.current = view.queue;

  return (
    <AddressContext.Provider value={nav}>
      <div className="app-staff">
        <div className="app-staff__bar">
          <p className="app-staff__who">
            {t('console.signedInAs')} <bdi dir="ltr">{me.username}</bdi> ({t(`role.${me.role}`)})
          </p>
          {me.can.manageAccounts && <a href={`/${locale}/staff/accounts/`}>{t('console.accountsLink')}</a>}
          <button type="button" onClick={leave}>
            {t('console.signOut')}
          </button>
        </div>
        <ConsoleNav me={me} view={view} />
        {me.can.answerReferrals && <PartnerDesk api={api} places={places} onError={onUnauthorized} />}
        {me.can.workReports && <AlertBanner api={api} onOpen={open} onTitle={setAlertTitle} />}
        {view.kind in CAPABILITY_OF && !me.can[CAPABILITY_OF[view.kind as keyof typeof CAPABILITY_OF]] && (
          <h1>{t('console.viewNotFound')}</h1>
        )}
        {view.kind === 'audit' && me.can.viewAudit && <AuditLog api={api} onBack={nav.back} />}
        {view.kind === 'intake' && me.can.recordIntake && <IntakeView api={api} me={me} moved={nav.moved} onError={onUnauthorized} />}
        {view.kind === 'receipt' && me.can.relayForCallers && <ReceiptRelay api={api} moved={nav.moved} onError={onUnauthorized} />}
        {view.kind === 'report' && (
          <StaffReport api={api} me={me} places={places} reference={view.reference} onBack={nav.back} onError={onUnauthorized} />
        )}
        {/* The queue stays mounted (hidden) while a report is open, so filters and scroll survive. Its heading is the
          page's h1, so the unit's figures and on-duty settings come after it. */}
        {me.can.workReports && (
          <div hidden={view.kind !== 'queue'}>
            <Queues
              api={api}
              places={places}
              active={view.kind === 'queue'}
              queueId={lastQueue.current}
              focusHeading={nav.moved}
              onQueue={pickQueue}
              onTitle={setQueueTitle}
              onError={onUnauthorized}
            />
          </div>
        )}
        {me.can.viewStats && view.kind === 'queue' && <Stats api={api} />}
        {me.can.workReports && view.kind === 'queue' && <AlertSettings api={api} me={me} />}
      </div>
    </AddressContext.Provider>
  );
}
