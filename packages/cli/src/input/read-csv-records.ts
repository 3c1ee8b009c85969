import { parse, type CsvError, type Info } from 'csv-parse';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import type { InputRecord } from './input-record.js';

/** How to read a CSV stream. */
export interface ReadCsvOptions {
  /** The field delimiter; detected from `head` (the start of the file) when not given. */
  readonly delimiter?: CsvDelimiter;
  readonly head?: string;
}

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
 * Streams the records of a CSV file (RFC 4180, UTF-8 with or without a BOM) as arrays of
 * cells, each with the line it starts on, one batch per input chunk. Empty lines are skipped.
 * A record that cannot be parsed (a stray quote) comes as an error and reading goes on.
 *
 * csv-parse is driven chunk by chunk and hands each record to `on_record`, which collects it
 * and returns `null` so that nothing goes through the stream machinery: handing records on a
 * batch at a time, not one promise per record, is what makes a million rows affordable.
 * Memory stays constant: one chunk and its records at a time.
 */
export async function* readCsvRecords(chunks: AsyncIterable<Buffer>, options: ReadCsvOptions = {}): AsyncGenerator<InputRecord<string[]>[]> {
  let batch: InputRecord<string[]>[] = [];
  let failure: Error | undefined;
  let lastLine = 0;
  // How many lines csv-parse has counted twice so far (CRLFs inside quoted fields).
  let surplus = 0;
  const parser = parse({
    delimiter: options.delimiter ?? detectDelimiter(options.head ?? ''),
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
        batch.push({ line: lastLine + 1, error: 'malformed CSV: a quote opened on this line is never closed, so the rest of the file could not be read' });
      } else {
        batch.push({ line: (error as unknown as Info).lines - surplus, error: `malformed CSV: ${error.message.replace(/ at line \d+.*$/s, '')}` });
      }
      return undefined;
    },
    on_record: (cells: string[], context) => {
      const breaks = lineBreaksIn(cells);
      surplus += breaks.surplus;
      lastLine = context.lines - surplus;
      batch.push({ line: lastLine - breaks.breaks, value: cells });
      return null;
    },
  });
  parser.on('error', (error) => (failure = error));
  // Nothing is ever pushed to the readable side; let it end when the input does.
  parser.resume();
  const take = () => {
    if (failure) throw failure;
    const taken = batch;
    batch = [];
    return taken;
  };
  for await (const chunk of chunks) {
    parser.write(chunk);
    const taken = take();
    if (taken.length > 0) yield taken;
  }
  await new Promise<void>((done) => parser.end(done));
  const taken = take();
  if (taken.length > 0) yield taken;
}
