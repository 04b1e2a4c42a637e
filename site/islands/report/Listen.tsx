import { useTranslation } from 'react-i18next';
import { ListenButton } from '../ListenButton.tsx';

/**
 * Listen beside one question: reads the question, its hint and its choices in the page's language with the
 * device's own voice (nothing is sent anywhere); absent where the device has no voice for the language.
 */
export function Listen({ lang, parts, describedBy }: { lang: string; parts: readonly string[]; describedBy?: string }) {
  const { t } = useTranslation('common');
  return (
    <ListenButton
      lang={lang}
      text={parts.join('\n')}
      labels={{ play: t('listen.play'), stop: t('listen.stop') }}
      describedBy={describedBy}
    />
  );
}
