// The small pure pieces: CSV quoting, delimiter detection, number cells, the progress bar.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatCsvCell, formatCsvLine } from '../src/csv/format-csv-line.js';
import { detectDelimiter } from '../src/input/detect-delimiter.js';
import { parseNumberCell } from '../src/input/parse-number-cell.js';
import { RowError } from '../src/input/row-error.js';
import { ProgressBar } from '../src/output/progress-bar.js';

describe('formatCsvCell', () => {
  it('quotes only what needs it and doubles inner quotes', () => {
    expect(formatCsvLine(['plain', 12.5, undefined, 'a,b', 'say "hi"', 'two\nlines', ' padded'])).toBe('plain,12.5,,"a,b","say ""hi""","two\nlines"," padded"\n');
  });

  it('defuses text that a spreadsheet would run as a formula, not numbers', () => {
    expect(formatCsvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(formatCsvCell('+84 90')).toBe("'+84 90");
    expect(formatCsvCell(-5)).toBe('-5');
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter of the header line, ignoring quoted text and later lines', () => {
    expect(detectDelimiter('id,name,1.1.1\n')).toBe(',');
    expect(detectDelimiter('id;"a, b, c";1.1.1\nx,y,z,w,v')).toBe(';');
    expect(detectDelimiter('id\tname\t1.1.1')).toBe('\t');
    expect(detectDelimiter('id')).toBe(',');
  });
});

describe('parseNumberCell', () => {
  it('reads plain numbers and blanks', () => {
    expect(parseNumberCell('1500000000', 'revenue')).toBe(1_500_000_000);
    expect(parseNumberCell(' 12.5 ', 'employees')).toBe(12.5);
    expect(parseNumberCell('', 'revenue')).toBeUndefined();
    expect(parseNumberCell('   ', 'revenue')).toBeUndefined();
  });

  it('refuses thousands separators and words, naming the column', () => {
    for (const text of ['1.500.000', '1,500', 'ten', '1e9']) {
      expect(() => parseNumberCell(text, 'revenue')).toThrow(RowError);
      expect(() => parseNumberCell(text, 'revenue')).toThrow(`revenue: "${text}" is not a number`);
    }
  });
});

describe('ProgressBar', () => {
  function sink() {
    const writes: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (writes.push(String(chunk)), done()) });
    return { stream, writes };
  }

  it('redraws one line in place with the share of bytes read, then erases it', () => {
    const { stream, writes } = sink();
    // A clock that only moves when told: started at 1 s, first drawn 2 s later.
    let now = 1_000;
    const bar = new ProgressBar(stream, 1000, 80, () => now);
    now += 2_000;
    bar.update({ rows: 1234, failed: 2, bytes: 250 });
    expect(writes).toHaveLength(1);
    const erase = '\r\x1b[2K';
    expect(writes[0].startsWith(erase)).toBe(true);
    // 1,234 rows in 2 s: 617 rows/s.
    expect(writes[0].slice(erase.length)).toBe(`[${'#'.repeat(8)}${'-'.repeat(22)}]  25% 1,234 rows, 2 failed, 617/s`);
    now += 50;
    bar.update({ rows: 1300, failed: 2, bytes: 260 }); // within 100 ms: not redrawn
    expect(writes).toHaveLength(1);
    now += 100;
    bar.update({ rows: 1300, failed: 2, bytes: 260 });
    expect(writes).toHaveLength(2);
    bar.clear();
    expect(writes[2]).toBe('\r\x1b[2K');
  });

  it('shows rows and rate only when the size is unknown (a pipe)', () => {
    const { stream, writes } = sink();
    new ProgressBar(stream, undefined).update({ rows: 10, failed: 0, bytes: 5 });
    expect(writes[0]).toMatch(/^\r.\[2K10 rows, [\d,]+\/s$/);
  });
});
