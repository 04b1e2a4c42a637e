import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../domain/format.ts';
import type { Lang } from '../../../../domain/languages.ts';
import type { FullReport, HistoryEvent } from '../../api/types.ts';

/** What happened to the report, oldest first, each event in words (its desk named), by whom, and why where given. */
export function History({ report: r, locale, deskName }: { report: FullReport; locale: Lang; deskName: (id: string) => string }) {
  const { t } = useTranslation('staff');
  const eventText = (e: HistoryEvent) => {
    const d = e.data as Record<string, string>;
    const vars: Record<string, string> = { ...d };
    if (d.service) vars.service = d.desk ? `${t(`service.${d.service}`)} (${deskName(d.desk)})` : t(`service.${d.service}`);
    if (e.type === 'update_referral' && d.to) vars.status = t(`referralStatus.${d.to}`);
    if (e.type === 'close' && d.reason) vars.reason = t(`closeReason.${d.reason}`);
    return t(`event.${e.type}`, { ...vars, defaultValue: t('event.other') });
  };
  return (
    <>
      <h2>{t('report.history')}</h2>
      <ol className="app-staff__timeline" data-testid="history">
        {r.history.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end and is never reordered.
          <li key={i}>
            <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> {eventText(e)}
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
    </>
  );
}
