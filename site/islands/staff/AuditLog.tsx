import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../domain/format.ts';
import { type Api, messageOf } from '../api/client.ts';
import { auditLog } from '../api/staff.ts';
import type { AuditEntry } from '../api/types.ts';

/** The audit log, newest first, a page at a time (admins and auditors). */
export function AuditLog({ api, onBack }: { api: Api; onBack: () => void }) {
  const { t } = useTranslation(['staff', 'api']);
  const locale = api.locale;
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [before, setBefore] = useState<string | null>(null);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    async (from?: string) => {
      try {
        const res = await auditLog(api, from);
        setEntries((e) => (from ? [...(e ?? []), ...res.entries] : res.entries));
        setBefore(res.nextBefore);
      } catch (err) {
        setError(messageOf(err, t('api:error.internal')));
      }
    },
    [api, t],
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
      <h1 id="audit-heading" tabIndex={-1} ref={headingRef}>
        {t('audit.title')}
      </h1>
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
                <td>{formatDateTime(e.at, locale)}</td>
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
