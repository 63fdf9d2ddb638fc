export type CsvValue = string | number | boolean | null | undefined;

/**
 * Cells a spreadsheet would run as a formula (CSV injection, OWASP): "=",
 * "+", "-", "@", and tab or carriage return, which some programs skip before
 * looking for one. Article text can start with any of them ("-- Reuters",
 * "+3%"), and a desk opens the log in a spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a double quote or a
 * line break, with inner quotes doubled. Text that a spreadsheet would take
 * as a formula gets a leading apostrophe, which spreadsheets show as text and
 * hide; numbers and booleans are ours and are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF line ends as RFC 4180 says, ending with one. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
