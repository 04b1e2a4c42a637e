// A receipt in groups of four, as it is shown, copied and read to a caller, and spelled one digit at a time for a
// screen reader (which would otherwise read "7241" as a number, seven thousand…).

const GROUP = 4;

/** The receipt's characters (spaces, dashes and dots a caller or a copy added are dropped) in groups of four. */
export function receiptGroups(receipt: string): string[] {
  const plain = receipt.replace(/[\s\-·.]/g, '');
  const out: string[] = [];
  for (let i = 0; i < plain.length; i += GROUP) out.push(plain.slice(i, i + GROUP));
  return out;
}

/** One character at a time, a pause (comma) between groups: "7 2 4 1, 0 9 3 3, …". */
export function spelledReceipt(receipt: string): string {
  return receiptGroups(receipt)
    .map((g) => [...g].join(' '))
    .join(', ');
}
