import { parse, type CsvError, type Info } from 'csv-parse';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import type { InputRecord } from './input-record.js';

/** How to read a CSV stream. */
export interface ReadCsvOptions {
  /** The field delimiter; detected from `head` (the start of the file) when not given. */
  readonly delimiter?: CsvDelimiter;
  readonly head?: string;
}

// csv-parse counts the line a record *ends* on; a quoted field may span lines, and the user
// wants the line the record starts on.
function newlinesIn(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (!cell.includes('\n')) continue;
    for (const char of cell) if (char === '\n') count += 1;
  }
  return count;
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
        const line = (error as unknown as Info).lines;
        batch.push({ line: lastLine + 1, error: `malformed CSV: a quote opened here is never closed, so lines ${lastLine + 1}–${line} (the rest of the file) could not be read` });
      } else {
        batch.push({ line: (error as unknown as Info).lines, error: `malformed CSV: ${error.message.replace(/ at line \d+.*$/s, '')}` });
      }
      return undefined;
    },
    on_record: (cells: string[], context) => {
      lastLine = context.lines;
      batch.push({ line: context.lines - newlinesIn(cells), value: cells });
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
