import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../domain/format.ts';
import type { Lang } from '../../../../domain/languages.ts';
import type { ThreadEntry } from '../../api/types.ts';
import { InertText } from '../../inert-text.tsx';

/** Messages with the reporter, or the staff's notes: oldest first, each text shown inert (bidi controls visible). */
export function Thread({
  title,
  empty,
  entries,
  locale,
  testId,
}: {
  title: string;
  empty: string;
  entries: ThreadEntry[];
  locale: Lang;
  testId?: string;
}) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="app-staff__thread" data-testid={testId}>
          {entries.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a thread only grows at its end and is never reordered.
            <li key={i} data-from={m.from}>
              <p className="app-staff__meta">
                <time dateTime={m.at}>{formatDateTime(m.at, locale)}</time> {m.from !== 'note' && <>{t(`report.from.${m.from}`)} </>}
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
