import { digitsValue, MAX_EXACT_DIGITS } from './digits-value.js';

/**
 * The cells of one CSV record as spans of a text (`starts[i]`, `ends[i]`), not a string each,
 * with the value of each cell that is a whole number (`values[i]`, read in the same pass):
 * `score` reads most cells as numbers, so cutting a row of 90 cells into 90 strings and then
 * reading each again was a third of its time and most of its garbage.
 * One object serves every record of a block, refilled by {@link CsvCells.cut} or
 * {@link CsvCells.take}; a cell's text is copied out only when needed ({@link CsvCells.cell}).
 */
export class CsvCells {
  /** The text the spans point into. */
  text = '';
  /** How many cells the record has. */
  count = 0;
  /** Where each cell starts in {@link CsvCells.text}. */
  starts = new Int32Array(64);
  /** Where each cell ends (exclusive) in {@link CsvCells.text}. */
  ends = new Int32Array(64);
  /** {@link digitsValue} of each cell: its value when it is 1 to 15 digits, else -1. */
  values = new Float64Array(64);

  /**
   * Takes the record `text[from, to)` with its cells cut at `delimiter` (one character), as
   * `text.slice(from, to).split(delimiter)` would: for a record without quotes.
   */
  cut(text: string, from: number, to: number, delimiter: string): this {
    const code = delimiter.charCodeAt(0);
    this.text = text;
    let count = 0;
    let start = from;
    // The value of the digits so far; NaN once anything else was seen (NaN stays NaN).
    let value = 0;
    for (let at = from; at < to; at++) {
      const char = text.charCodeAt(at);
      if (char !== code) {
        const digit = char - 48;
        value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN;
        continue;
      }
      this.span(count++, start, at, value);
      start = at + 1;
      value = 0;
    }
    this.span(count++, start, to, value);
    this.count = count;
    return this;
  }

  /** Takes a record already cut into cells (by csv-parse, for a record with quotes). */
  take(cells: readonly string[]): this {
    this.text = cells.join('');
    let at = 0;
    for (let i = 0; i < cells.length; i++) {
      this.span(i, at, at + cells[i].length, digitsValue(cells[i], 0, cells[i].length));
      at += cells[i].length;
    }
    this.count = cells.length;
    return this;
  }

  /** The text of cell `i` (`''` past the last cell). */
  cell(i: number): string {
    return i < this.count ? this.text.slice(this.starts[i], this.ends[i]) : '';
  }

  private span(i: number, start: number, end: number, value: number): void {
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    // Blank, too long for an exact sum, or not all digits (NaN): no value.
    this.values[i] = end > start && end - start <= MAX_EXACT_DIGITS && value >= 0 ? value : -1;
  }

  // A record wider than any before (rare; a row of the wrong width is reported, not refused here).
  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const values = new Float64Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    values.set(this.values);
    this.starts = starts;
    this.ends = ends;
    this.values = values;
  }
}
