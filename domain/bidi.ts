// Bidirectional control characters in text someone else wrote (a reporter) can reorder what staff see:
// U+202E makes "0300 1234567" display reversed. Staff screens show such text inert: each control is cut
// out of the text and shown as a visible, direction-isolated token (e.g. "U+202E") in its place.

/** Embeddings/overrides (U+202A–202E), isolates (U+2066–2069), LRM/RLM (U+200E/F), Arabic letter mark (U+061C). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

export type InertPart = { text: string } | { control: string };

/** Splits text into plain runs and the bidi controls between them, each named by its code point. */
export function splitBidiControls(text: string): InertPart[] {
  const parts: InertPart[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ control: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
