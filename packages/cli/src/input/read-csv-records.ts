import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import type { InputRecord } from './input-record.js';
import { peekHead } from './peek-head.js';

/** How to read a CSV stream. */
export interface ReadCsvOptions {
  /** The field delimiter; detected from the header line when not given. */
  readonly delimiter?: CsvDelimiter;
}

type Parsed = { line: number; cells: string[] };

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
 * Streams the records of a CSV file (RFC 4180, UTF-8 with or without a BOM) as arrays of cells,
 * each with the line it starts on. Empty lines are skipped. A record that cannot be parsed (a
 * stray quote) is yielded as an error and reading goes on. Memory stays constant: the parser
 * pulls from the stream only as fast as the caller consumes records.
 */
export async function* readCsvRecords(stream: Readable, options: ReadCsvOptions = {}): AsyncGenerator<InputRecord<string[]>> {
  const head = await peekHead(stream);
  if (head === undefined) return;
  const skipped: { line: number; error: string }[] = [];
  const parser = parse({
    delimiter: options.delimiter ?? detectDelimiter(head),
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) skipped.push({ line: Number((error as { lines?: number }).lines ?? 0), error: `malformed CSV: ${error.message.replace(/ at line \d+.*$/s, '')}` });
      return undefined;
    },
    on_record: (cells: string[], context) => ({ line: context.lines - newlinesIn(cells), cells }) as unknown as string[],
  });
  stream.on('error', (error) => parser.destroy(error));
  stream.pipe(parser);
  for await (const record of parser as AsyncIterable<Parsed>) {
    while (skipped.length > 0 && skipped[0].line <= record.line) yield skipped.shift()!;
    yield { line: record.line, value: record.cells };
  }
  yield* skipped;
}
