import type { CsvError, Info, Options } from 'csv-parse';
import type { CsvDelimiter } from './detect-delimiter.js';
import type { InputRecord } from './input-record.js';

/** A CSV file's record delimiter: LF, CRLF or (old Mac files) CR. */
export type RecordDelimiter = '\n' | '\r\n' | '\r';

// csv-parse counts the line a record *ends* on, and inside a quoted field it counts CR and LF
// apart, so a CRLF there is two lines. The user wants the line a record starts on, as an
// editor numbers it: count each field's line breaks (CRLF as one) and the surplus CRLFs.
function lineBreaksIn(cells: readonly string[]): { breaks: number; surplus: number } {
  let breaks = 0;
  let surplus = 0;
  for (const cell of cells) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === 13 && cell.charCodeAt(i + 1) === 10) {
        surplus += 1;
        breaks += 1;
        i += 1;
      } else if (code === 10 || code === 13) {
        breaks += 1;
      }
    }
  }
  return { breaks, surplus };
}

/**
 * The csv-parse options every CSV reader of the CLI uses, with `on_record` and `on_skip` handing
 * each record (or the error of a record that cannot be split into fields) to `push` with the
 * line it starts on. `firstLine` is the line the text starts on: 1 for a whole file, later for a
 * block of one (see `parseCsvBlock`). Records are never returned to csv-parse (`on_record` gives
 * `null`), so nothing goes through its stream machinery.
 */
export function csvRecordOptions(delimiter: CsvDelimiter, push: (record: InputRecord<string[]>) => void, firstLine = 1, recordDelimiter?: RecordDelimiter): Options {
  const offset = firstLine - 1;
  let lastLine = 0;
  // How many lines csv-parse has counted twice so far (CRLFs inside quoted fields).
  let surplus = 0;
  return {
    delimiter,
    // Given for a block of a file, so that it is read like the file's first line decided.
    ...(recordDelimiter === undefined ? {} : { record_delimiter: recordDelimiter }),
    bom: true,
    relax_column_count: true,
    // A stray quote inside a field (`SAMPLE "Co" Ltd`) is kept as text. Strict quoting would
    // stay "inside quotes" after it and swallow every later row into one broken field.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return undefined;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
        push({ line: offset + lastLine + 1, error: 'malformed CSV: a quote opened on this line is never closed, so the rest of the file could not be read' });
      } else {
        push({ line: offset + (error as unknown as Info).lines - surplus, error: `malformed CSV: ${error.message.replace(/ at line \d+.*$/s, '')}` });
      }
      return undefined;
    },
    on_record: (cells: string[], context) => {
      const breaks = lineBreaksIn(cells);
      surplus += breaks.surplus;
      lastLine = context.lines - surplus;
      push({ line: offset + lastLine - breaks.breaks, value: cells });
      return null;
    },
  };
}
