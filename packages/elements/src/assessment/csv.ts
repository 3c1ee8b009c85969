/** A cell of a CSV table. `undefined` and `null` become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

// A cell starting with one of these is run as a formula by spreadsheet programs, so text that
// came from a person (the business name) could otherwise execute in the reader's spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/u;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * An RFC 4180 CSV document (CRLF line ends) with a UTF-8 byte-order mark, which spreadsheet
 * programs need to read Vietnamese text correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
