import { receiptGroups, spelledReceipt } from './receipt-groups.ts';

// A reference or receipt as a person reads, copies and hears it, on the reporter's screens and in the staff intake:
// a receipt breaks only between its groups of four, a reference never; a selection copies the code alone, and a
// screen reader spells it a character at a time (a pause between a receipt's groups). `large`: read aloud to a caller.
export function Code({ value, testId, reference, large }: { value: string; testId: string; reference?: boolean; large?: boolean }) {
  const shown = reference ? value : receiptGroups(value).join(' ');
  const spoken = reference ? [...value.replace(/\W/g, '')].join(' ') : spelledReceipt(value);
  return (
    <span className={`app-code${reference ? ' app-code--ref' : ''}${large ? ' app-code--large' : ''}`} dir="ltr">
      <span aria-hidden="true" data-testid={testId}>
        {shown}
      </span>
      <span className="app-u-visually-hidden app-code__spoken">{spoken}</span>
    </span>
  );
}
