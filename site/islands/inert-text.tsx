// Reporter text on staff screens: bidi controls shown, not obeyed (domain/bidi.ts). Each control becomes a
// small LTR-isolated token, so an override in a phone number can no longer make it read backwards.
import { splitBidiControls } from '../../domain/bidi.ts';

export function InertText({ text }: { text: string }) {
  return (
    <>
      {splitBidiControls(text).map((part, i) =>
        'text' in part ? (
          part.text
        ) : (
          // The parts never reorder, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i} className="app-bidi-control" dir="ltr">
            {part.control}
          </span>
        ),
      )}
    </>
  );
}
