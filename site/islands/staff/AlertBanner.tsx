// The console's alert banner: listens to /api/staff/events, shows each alert in a live region, changes the page
// title, plays a short tone (made with WebAudio, nothing downloaded), shows a desktop notification only where the
// officer allowed it, and asks the queue to refresh without a reload. Alerts carry ids and labels only.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HARM_SCREENING_MINUTES } from '../../../domain/vocabulary.ts';
import type { Api } from '../api/client.ts';
import { actOn, staffEvents } from '../api/staff.ts';
import type { AlertEvent } from '../api/types.ts';

/** The console listens for this to refresh its queue (sent on every `alert` and `counts` event). */
export const REFRESH_EVENT = 'app-staff-refresh';

function beep() {
  try {
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    const ctx = new Ctx();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    // Two short rising notes, quiet enough not to startle in a shared office.
    osc.frequency.setValueAtTime(880, ctx.currentTime);
    osc.frequency.setValueAtTime(1175, ctx.currentTime + 0.18);
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, ctx.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.4);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.42);
    osc.onended = () => void ctx.close();
  } catch {
    // A browser that refuses sound before the first click still shows the banner and title.
  }
}

/** `onTitle`: the words the page's title starts with while an alert waits ('' when none does; the console composes it). */
export function AlertBanner({ api, onOpen, onTitle }: { api: Api; onOpen: (reference: string) => void; onTitle: (words: string) => void }) {
  const { t } = useTranslation('staff');
  const locale = api.locale;
  const [alerts, setAlerts] = useState<AlertEvent[]>([]);
  const [done, setDone] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );

  useEffect(() => {
    const source = staffEvents(api);
    const refresh = () => window.dispatchEvent(new Event(REFRESH_EVENT));
    source.addEventListener('alert', (e) => {
      let data: AlertEvent;
      try {
        data = JSON.parse((e as MessageEvent<string>).data) as AlertEvent;
      } catch {
        return;
      }
      setAlerts((list) => [data, ...list.filter((a) => a.reference !== data.reference)]);
      setDone('');
      beep();
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        try {
          new Notification(t('alerts.banner.title'), {
            body: t('alerts.banner.body', {
              priority: data.priority,
              reference: data.reference,
              queue: data.queueName?.[locale] ?? data.queue,
            }),
            tag: `hifazat-${data.reference}`,
            lang: locale,
          });
        } catch {
          // Some browsers allow notifications only from a service worker; the banner is enough.
        }
      }
      refresh();
    });
    source.addEventListener('counts', refresh);
    return () => source.close();
  }, [t, locale, api]);

  useEffect(() => {
    onTitle(alerts[0] ? t('alerts.banner.documentTitle', { reference: alerts[0].reference }) : '');
  }, [alerts, t, onTitle]);

  const remove = useCallback((reference: string) => setAlerts((list) => list.filter((a) => a.reference !== reference)), []);

  async function acknowledge(reference: string) {
    try {
      await actOn(api, reference, { type: 'acknowledge' });
      remove(reference);
      setDone(t('alerts.banner.acknowledged'));
      window.dispatchEvent(new Event(REFRESH_EVENT));
    } catch {
      // Out of scope now (transferred) or signed out: the console shows that elsewhere.
    }
  }

  const item = (a: AlertEvent, full: boolean) => (
    <>
      <p className="app-alert__what">
        <strong>
          {t('alerts.banner.body', { priority: a.priority, reference: a.reference, queue: a.queueName?.[locale] ?? a.queue })}
        </strong>
        {a.step !== 'on_duty' && <> {t('alerts.banner.escalated')}</>}
        {a.reasons[0] === 'harm' && <> {t('alerts.banner.harm', { minutes: HARM_SCREENING_MINUTES })}</>}
      </p>
      {full && a.reasons.length > 0 && (
        <p className="app-staff__meta">
          {t('alerts.banner.reasonsLabel')}: {(a.reasonWords?.[locale] ?? []).join('; ')}
        </p>
      )}
      <p className="app-alert__actions">
        <button type="button" onClick={() => void acknowledge(a.reference)}>
          {t('alerts.banner.acknowledge')}
        </button>
        <button type="button" onClick={() => onOpen(a.reference)}>
          {t('alerts.banner.open', { reference: a.reference })}
        </button>
        <button type="button" className="app-staff__link" onClick={() => remove(a.reference)}>
          {t('alerts.banner.dismiss')}
        </button>
      </p>
    </>
  );

  // Many alerts stack into one line (the newest, with a count) so the queue stays on screen; the rest on request.
  return (
    <div className="app-alert" data-module="app-alert-banner">
      {alerts.length > 0 && (
        <section className="app-alert__banner" role="alert" aria-live="assertive" aria-labelledby="app-alert-title">
          <div className="app-alert__line">
            <h2 id="app-alert-title" className="app-alert__title">
              {t('alerts.banner.title')} <span className="app-alert__count">({t('alerts.banner.count', { count: alerts.length })})</span>
            </h2>
            {(alerts.length > 1 || alerts[0]!.reasons.length > 0) && (
              <button
                type="button"
                className="app-staff__link"
                aria-expanded={expanded}
                aria-controls="app-alert-list"
                onClick={() => setExpanded((x) => !x)}
              >
                {expanded
                  ? t('alerts.banner.collapse')
                  : alerts.length > 1
                    ? t('alerts.banner.expand', { count: alerts.length })
                    : t('alerts.banner.why')}
              </button>
            )}
            {permission === 'default' && (
              <button type="button" className="app-staff__link" onClick={() => void Notification.requestPermission().then(setPermission)}>
                {t('alerts.banner.notifications')}
              </button>
            )}
          </div>
          {expanded ? (
            <ul className="app-alert__list" id="app-alert-list">
              {alerts.map((a) => (
                <li key={a.reference} className="app-alert__item">
                  {item(a, true)}
                </li>
              ))}
            </ul>
          ) : (
            <div className="app-alert__newest" id="app-alert-list">
              {item(alerts[0]!, false)}
            </div>
          )}
        </section>
      )}
      <p className="app-alert__done app-staff__announce" role="status">
        {done}
      </p>
    </div>
  );
}
