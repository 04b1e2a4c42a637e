import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/languages.ts';
import type { Api } from '../../api/client.ts';
import { locations } from '../../api/staff.ts';
import type { Locations, Me, StaffIntakeCreated } from '../../api/types.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { IntakeReceipt } from './IntakeReceipt.tsx';

interface Props {
  api: Api;
  me: Me;
  /** The person moved here (a link, Back): the heading takes focus. */
  moved: boolean;
  onError(err: unknown): void;
}

/** Staff intake (capability recordIntake): the form, then the receipt to read to the caller. */
export function IntakeView({ api, me, moved, onError }: Props) {
  const { t } = useTranslation('staff');
  const [places, setPlaces] = useState<Locations | null>(null);
  const [created, setCreated] = useState<StaffIntakeCreated | null>(null);
  const [callLang, setCallLang] = useState<Lang>(api.locale);
  // A new form each time ("record another"), so nothing of the last caller's answers stays in it.
  const [round, setRound] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    locations(api)
      .then(setPlaces)
      .catch(() => undefined);
  }, [api]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the heading is focused again when the receipt or a new form appears.
  useEffect(() => {
    if (moved || created || round) headingRef.current?.focus();
  }, [created, round]);

  return (
    <section aria-labelledby="intake-heading" className="app-intake">
      <h1 id="intake-heading" tabIndex={-1} ref={headingRef}>
        {created ? t('intake.createdTitle') : t('intake.title')}
      </h1>
      {created ? (
        <IntakeReceipt
          created={created}
          locale={api.locale}
          // Where the caller checks their report with the receipt: the public status page, in their language.
          statusPage={`/${callLang}/report/status/`}
          onAnother={() => {
            setCreated(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <>
          <p>{t('intake.intro')}</p>
          <IntakeForm
            key={round}
            api={api}
            me={me}
            locations={places}
            onCreated={(c, lang) => {
              setCallLang(lang);
              setCreated(c);
            }}
            onError={onError}
          />
        </>
      )}
    </section>
  );
}
