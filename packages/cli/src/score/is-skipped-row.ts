/**
 * Rows that are not data: the template's label row and any note row (first cell starting with
 * `#`), and rows with nothing in them (spreadsheets export trailing `,,,,`).
 */
export function isSkippedRow(cells: readonly string[]): boolean {
  const first = cells[0] ?? '';
  // A bare id is the common case: decide on its first character without copying it.
  if (first.length > 0 && first.charCodeAt(0) > 32) return first.charCodeAt(0) === 35;
  if (first.trimStart().startsWith('#')) return true;
  return cells.every((cell) => cell.trim() === '');
}
