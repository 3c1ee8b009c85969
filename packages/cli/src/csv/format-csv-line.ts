// RFC 4180: a field is quoted when it holds a delimiter, a quote, CR or LF, and quotes inside
// are doubled. Leading or trailing spaces are quoted too, so that no reader trims them away.
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;
// Spreadsheet programs run a cell starting with one of these as a formula; text that came from
// the input (a business's id) must not execute in the reader's spreadsheet.
const FORMULA_START = /^[=+\-@]/;

/**
 * One CSV field, quoted only when it has to be. Text that would start a spreadsheet formula
 * gets a leading `'`; numbers are written as they are.
 */
export function formatCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its line ending (`\n`). */
export function formatCsvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(formatCsvCell).join(',')}\n`;
}
