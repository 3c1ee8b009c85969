import { RowError } from './row-error.js';

// Plain digits with an optional decimal point. Thousands separators are refused rather than
// guessed: "1.500" is 1500 in a Vietnamese spreadsheet and 1.5 in an English one.
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Reads a numeric cell: `undefined` when blank, a number when it is plain digits, a
 * {@link RowError} naming the column otherwise.
 */
export function parseNumberCell(text: string | undefined, column: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  // Most cells are bare whole numbers: check them without a regular expression or a copy.
  if (isDigits(text)) return Number(text);
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!NUMBER.test(trimmed)) throw new RowError(`"${text}" is not a number (write plain digits, e.g. 1500000000 or 0.5)`, column);
  return Number(trimmed);
}

