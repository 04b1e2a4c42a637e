// Ids that tie a field to its label, hint and error message (GOV.UK's pattern: the control is described by its
// hint and its error, so a screen reader reads both on reaching it).

/** The id of a field's control: `child.ageBand` → `f-child-ageBand` (dots would need escaping in CSS). */
export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;
export const errorId = (id: string) => `${id}-error`;

/** The ids present, space-separated, or undefined (no empty attribute). */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
