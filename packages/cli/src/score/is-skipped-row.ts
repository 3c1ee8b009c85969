import type { CsvCells } from '../input/csv-cells.js';

/**
 * Rows that are not data: the template's label row and any note row (first cell starting with
 * `#`), and rows with nothing in them (spreadsheets export trailing `,,,,`).
 */
export function isSkippedRow(cells: CsvCells): boolean {
  // A bare id is the common case: decide on its first character without copying it.
  if (cells.count > 0 && cells.ends[0] > cells.starts[0]) {
    const code = cells.text.charCodeAt(cells.starts[0]);
    if (code > 32) return code === 35;
  }
  if (cells.cell(0).trimStart().startsWith('#')) return true;
  for (let i = 0; i < cells.count; i++) if (cells.cell(i).trim() !== '') return false;
  return true;
}
