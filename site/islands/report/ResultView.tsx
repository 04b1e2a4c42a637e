import { type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/languages.ts';
import type { ReportCreated } from '../api/types.ts';
import { Checkbox } from '../form/Checkbox.tsx';
import { Code } from '../form/Code.tsx';
import { receiptGroups } from '../form/receipt-groups.ts';
import { EmergencyList } from './Emergency.tsx';

/** What the API answers a new report with (POST /api/reports), as the typed client reads it. */
export type Created = ReportCreated;

/** The secret receipt, the one thing to keep (shown once; leaving needs "I have saved it" first), and below it the
 *  reference, quietly: only staff on the phone ask for it. */
export function ResultView({
  created,
  locale,
  child,
  headingRef,
  onReset,
}: {
  created: Created;
  locale: Lang;
  /** "This is happening to me": the child's words ("your secret number"). */
  child: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onReset: () => void;
}) {
  const { t: tr } = useTranslation('report');
  const t = (key: string, o?: Record<string, string>) => tr(key, { ...o, ...(child && { context: 'child' }) });
  const [copied, setCopied] = useState(false);
  const [saved, setSaved] = useState(false);
  const [nag, setNag] = useState(false);
  const grouped = receiptGroups(created.receipt).join(' ');

  // Until the receipt is confirmed saved, warn before leaving (but never stand in the way of quick exit).
  useEffect(() => {
    if (saved) return;
    const guard = (e: BeforeUnloadEvent) => {
      if (document.documentElement.classList.contains('app-exit--active')) return;
      e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [saved]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(grouped);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    // A form so that quick exit (which resets every form) also wipes the receipt from the page.
    <form
      className="app-result"
      aria-live="polite"
      onReset={onReset}
      onSubmit={(e) => {
        e.preventDefault();
        if (!saved) {
          setNag(true);
          return;
        }
        onReset();
        window.location.assign(`/${locale}/`);
      }}
    >
      {created.emergency && (
        <section className="app-emergency" aria-labelledby="result-emergency">
          <h2 id="result-emergency">{t('emergency.title')}</h2>
          <EmergencyList lines={created.emergency.numbers.map((n) => ({ number: n.number, name: n.name[locale] }))} />
        </section>
      )}
      <h2 ref={headingRef} tabIndex={-1}>
        {t('result.title')}
      </h2>
      <p>{t('result.queue', { queue: created.queue.name[locale] })}</p>
      <h3>{t('result.receiptLabel')}</h3>
      <p>
        <Code value={created.receipt} testId="receipt" />
      </p>
      <p>
        <button type="button" className="app-button--secondary" onClick={copy}>
          {t('result.copy')}
        </button>{' '}
        <span role="status">{copied ? t('result.copied') : ''}</span>
      </p>
      <p>
        <strong>{t('result.receiptWarning')}</strong>
      </p>
      <p className="app-form__hint">
        {t('result.referenceLabel')} <Code value={created.reference} testId="reference" reference />
      </p>
      <Checkbox
        id="receipt-saved"
        label={t('result.saved')}
        checked={saved}
        onChange={(on) => {
          setSaved(on);
          setNag(false);
        }}
        describedBy={nag ? 'saved-first' : undefined}
      />
      {nag && (
        <p className="app-form__error" id="saved-first" role="alert">
          {t('result.savedFirst')}
        </p>
      )}
      <p>
        <button type="submit">{t('result.finish')}</button>
      </p>
      <p>
        <a
          href={`/${locale}/report/status/`}
          onClick={(e) => {
            if (saved) return;
            e.preventDefault();
            setNag(true);
          }}
        >
          {t('result.statusLink')}
        </a>
      </p>
    </form>
  );
}
