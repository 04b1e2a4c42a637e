// <ListenButton lang={locale} text={question + hint} labels={{ play, stop }} />: a Listen button for one
// question of the report form, rendered only where the device has a voice for the language (useListen).
// labels come from common.listen (play, stop) in the island's strings.
import { useListen } from './listen.ts';

export interface ListenButtonProps {
  lang: string;
  /** What is read: the question, its hint and its choices, as the reader sees them. */
  text: string;
  labels: { play: string; stop: string };
  /** Names what is read, for screen readers, e.g. the question's label id. */
  describedBy?: string;
}

export function ListenButton({ lang, text, labels, describedBy }: ListenButtonProps) {
  const { available, speaking, toggle } = useListen(lang);
  if (!available) return null;
  return (
    <button
      type="button"
      className="app-listen__button app-listen__button--small"
      data-speaking={speaking}
      aria-describedby={describedBy}
      onClick={() => toggle(text)}
    >
      {speaking ? labels.stop : labels.play}
    </button>
  );
}
