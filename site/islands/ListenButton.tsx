// <ListenButton lang={locale} text={question + hint} labels={{ play, stop }} clip={url} />: a Listen button for one
// question of the report form, rendered where the device has a voice for the language or the text has a recorded
// clip (useListen). labels come from common.listen (play, stop) in the island's strings.
import { useListen } from './listen.ts';

export interface ListenButtonProps {
  lang: string;
  /** What is read: the question, its hint and its choices, as the reader sees them. */
  text: string;
  labels: { play: string; stop: string };
  /** Names what is read, for screen readers, e.g. the question's label id. */
  describedBy?: string;
  /** The recorded clip of `text` (the child's wording), played where the device has no voice. */
  clip?: string;
}

export function ListenButton({ lang, text, labels, describedBy, clip }: ListenButtonProps) {
  const { available, speaking, toggle, audio } = useListen(lang, clip);
  if (!available) return null;
  return (
    <>
      <button
        type="button"
        className="app-listen__button app-listen__button--small"
        data-speaking={speaking}
        aria-describedby={describedBy}
        onClick={() => toggle(text)}
      >
        {speaking ? labels.stop : labels.play}
      </button>
      {/* preload="none": the page's byte budget carries no sound until Listen is pressed. */}
      {/* biome-ignore lint/a11y/useMediaCaption: the clip reads aloud the question and choices printed beside it */}
      {clip && <audio ref={audio} src={clip} preload="none" />}
    </>
  );
}
