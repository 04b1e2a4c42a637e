import { useTranslation } from 'react-i18next';
import { ListenButton } from '../ListenButton.tsx';
import { clipUrl, spokenText } from './spoken.ts';

/**
 * Listen beside one question: reads the question, its hint and its choices in the page's language with the
 * device's own voice (nothing is sent anywhere); where the device has none, the child's wording (`recorded`) plays
 * its recorded clip (`clip`: the parts recorded, when fewer than those read: a place question's label, not every
 * district), else the button is absent.
 */
export function Listen(p: { lang: string; parts: readonly string[]; describedBy?: string; recorded?: boolean; clip?: readonly string[] }) {
  const { t } = useTranslation('common');
  return (
    <ListenButton
      lang={p.lang}
      text={spokenText(p.parts)}
      labels={{ play: t('listen.play'), stop: t('listen.stop') }}
      describedBy={p.describedBy}
      clip={p.recorded ? clipUrl(p.lang, spokenText(p.clip ?? p.parts)) : undefined}
    />
  );
}
