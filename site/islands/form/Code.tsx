// A reference or receipt as the reporter reads, copies and hears it: a receipt breaks only between its groups of
// four, a reference never; a selection copies the code alone, and a screen reader spells it out.
export function Code({ value, testId, reference }: { value: string; testId: string; reference?: boolean }) {
  return (
    <span className={reference ? 'app-code app-code--ref' : 'app-code'} dir="ltr">
      <span aria-hidden="true" data-testid={testId}>
        {value}
      </span>
      <span className="app-u-visually-hidden app-code__spoken">{[...value.replace(/\W/g, '')].join(' ')}</span>
    </span>
  );
}
