// The allocation-free reading of `score`'s rows, held to the string-based reading it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvCells } from '../src/input/csv-cells.js';
import { digitsValue } from '../src/input/digits-value.js';
import { forEachCsvCells, parseCsvBlock } from '../src/input/parse-csv-block.js';
import { isSkippedRow } from '../src/score/is-skipped-row.js';

// Cells of every kind the fast paths must tell apart: digits (short, 15, 16 and more, leading
// zeros), blanks, spaces, signs, decimals, letters, Vietnamese and fullwidth digits.
const cellText = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[0-9]{0,18}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9 .a+\-#]{0,5}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '  ', '007', '999999999999999', '9999999999999999', '12345678901234567', 'Hà Nội', '１２', '\u00a05', '#note') },
);

// The cells of a record the way the old code read them: split, then each cell as a string.
const splitCells = (cells: CsvCells) => Array.from({ length: cells.count }, (_, i) => cells.cell(i));

describe('digitsValue', () => {
  it('is Number() of 1 to 15 ASCII digits and -1 for anything else', () => {
    fc.assert(
      fc.property(cellText, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (cell, before, after) => {
        const text = `${before}${cell}${after}`;
        const value = digitsValue(text, before.length, before.length + cell.length);
        if (/^\d{1,15}$/.test(cell)) expect(value).toBe(Number(cell));
        else expect(value).toBe(-1);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads leading zeros and the largest exact run, and leaves longer runs to Number()', () => {
    expect(digitsValue('007', 0, 3)).toBe(7);
    expect(digitsValue('999999999999999', 0, 15)).toBe(999_999_999_999_999);
    expect(digitsValue('9999999999999999', 0, 16)).toBe(-1);
    expect(digitsValue('', 0, 0)).toBe(-1);
  });
});

describe('CsvCells', () => {
  it('cuts a record into the cells of String.split, each digit cell with its value', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ';', '\t'), (row, delimiter) => {
        const record = row.join(delimiter);
        const text = `xx\n${record}\nyy`;
        const cells = new CsvCells().cut(text, 3, 3 + record.length, delimiter);
        expect(splitCells(cells)).toEqual(record.split(delimiter));
        for (let i = 0; i < cells.count; i++) expect(cells.values[i]).toBe(digitsValue(cells.cell(i), 0, cells.cell(i).length));
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes cells already read, and grows for a record wider than any before', () => {
    const wide = Array.from({ length: 200 }, (_, i) => String(i));
    const cells = new CsvCells().take(['a,b', '', '12']);
    expect(splitCells(cells)).toEqual(['a,b', '', '12']);
    expect([...cells.values.subarray(0, 3)]).toEqual([-1, -1, 12]);
    expect(splitCells(cells.take(wide))).toEqual(wide);
    expect(splitCells(cells.cut(wide.join(','), 0, wide.join(',').length, ','))).toEqual(wide);
    expect(cells.values[199]).toBe(199);
  });
});

describe('forEachCsvCells', () => {
  const record = fc.array(fc.oneof(cellText, fc.constantFrom('"a,b"', '"x""y"', '"two\nlines"')), { minLength: 1, maxLength: 5 }).map((cells) => cells.join(','));
  it('gives the records, lines and errors of parseCsvBlock, with or without quotes', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const bytes = Buffer.from(`${rows.join(eol)}${eol}`);
        const seen: unknown[] = [];
        forEachCsvCells(bytes, 7, ',', eol, (r) => seen.push(r.error === undefined ? { line: r.line, value: splitCells(r.value) } : r));
        expect(seen).toEqual(parseCsvBlock(bytes, 7, ',', eol));
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('isSkippedRow', () => {
  // The rule as it was written for string cells.
  const skipped = (cells: string[]) => (cells[0] ?? '').trimStart().startsWith('#') || cells.every((cell) => cell.trim() === '');
  it('skips note rows and blank rows, and only those', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (row) => {
        expect(isSkippedRow(new CsvCells().take(row))).toBe(skipped(row));
      }),
      { numRuns: 2_000 },
    );
    expect(isSkippedRow(new CsvCells().take([' #label', 'x']))).toBe(true);
    expect(isSkippedRow(new CsvCells().take(['', ' ', '']))).toBe(true);
    expect(isSkippedRow(new CsvCells().take(['A1', '#']))).toBe(false);
  });
});
