import { receiptGroups, spelledReceipt } from './receipt-groups.ts';

/** The receipt large, in groups to read aloud; a screen reader hears it spelled a digit at a time instead. */
export function ReceiptNumber({ receipt }: { receipt: string }) {
  return (
    <p className="app-receipt">
      <span className="app-receipt__groups" dir="ltr" aria-hidden="true" data-testid="intake-receipt">
        {receiptGroups(receipt).map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: groups are positions in one fixed string (the same four digits may come twice).
          <span key={i} className="app-receipt__group">
            {g}
          </span>
        ))}
      </span>
      <span className="app-u-visually-hidden">{spelledReceipt(receipt)}</span>
    </p>
  );
}
