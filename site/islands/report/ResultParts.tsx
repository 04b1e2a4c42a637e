// What a report's result says, for the server's page answering a JavaScript-off post (site/render/answers.tsx): the
// emergency numbers first when it is one, the page's heading, then where the report went and the receipt, the one
// thing to keep (the page adds why, then the reference, quietly: ReferenceNote). ResultView.tsx draws the same inline: using this component there cost the report page 50 bytes gzip it
// does not have (110 KB budget); tests/e2e/report-form.spec.ts holds both to the same reference and receipt.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/languages.ts';
import { Code } from '../form/Code.tsx';
import { EmergencyList } from './Emergency.tsx';
import type { Created } from './ResultView.tsx';

/** The words of a result, in the child's wording when a child reported ("your secret number"). */
function useResultT(child: boolean | undefined) {
  const { t } = useTranslation('report');
  return (key: string, o?: Record<string, string>) => t(key, { ...o, ...(child && { context: 'child' }) });
}

export function ResultSummary(p: { created: Created; locale: Lang; heading: ReactNode; Label: 'h2' | 'h3'; child?: boolean }) {
  const t = useResultT(p.child);
  const { created, locale, Label } = p;
  return (
    <>
      {created.emergency && (
        <section className="app-emergency" aria-labelledby="result-emergency">
          <h2 id="result-emergency">{t('emergency.title')}</h2>
          <EmergencyList lines={created.emergency.numbers.map((n) => ({ number: n.number, name: n.name[locale] }))} />
        </section>
      )}
      {p.heading}
      <p>{t('result.queue', { queue: created.queue.name[locale] })}</p>
      <Label>{t('result.receiptLabel')}</Label>
      <p>
        <Code value={created.receipt} testId="receipt" />
      </p>
    </>
  );
}

/** The case reference, de-emphasised: the reporter need not keep it; staff may ask for it on the phone. */
export function ReferenceNote({ reference, child }: { reference: string; child?: boolean }) {
  const t = useResultT(child);
  return (
    <p className="app-form__hint">
      {t('result.referenceLabel')} <Code value={reference} testId="reference" reference />
    </p>
  );
}
