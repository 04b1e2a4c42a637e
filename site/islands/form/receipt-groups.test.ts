import { describe, expect, it } from 'vitest';
import { receiptGroups, spelledReceipt } from './receipt-groups.ts';

describe('a receipt read aloud', () => {
  it('comes in four groups of four, whatever separators it was typed with', () => {
    expect(receiptGroups('7241093385510246')).toEqual(['7241', '0933', '8551', '0246']);
    expect(receiptGroups('7241 0933-8551·0246')).toEqual(['7241', '0933', '8551', '0246']);
    expect(receiptGroups('')).toEqual([]);
  });

  it('is spelled a digit at a time with a pause between groups, for a screen reader', () => {
    expect(spelledReceipt('7241093385510246')).toBe('7 2 4 1, 0 9 3 3, 8 5 5 1, 0 2 4 6');
  });
});
