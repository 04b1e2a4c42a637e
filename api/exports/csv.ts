// CSV as Excel reads it: UTF-8 with a byte-order mark (else Excel shows Urdu as mojibake), CRLF, RFC 4180 quoting.
export const BOM = '\uFEFF';
export type Cell = string | number | null | undefined;

/** One field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with ' (OWASP). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function toCsv(rows: Cell[][]): string {
  return BOM + rows.map(csvLine).join('');
}
