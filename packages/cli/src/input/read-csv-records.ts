import { parse } from 'csv-parse';
import { csvRecordOptions } from './csv-record-options.js';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import type { InputRecord } from './input-record.js';

/** How to read a CSV stream. */
export interface ReadCsvOptions {
  /** The field delimiter; detected from `head` (the start of the file) when not given. */
  readonly delimiter?: CsvDelimiter;
  readonly head?: string;
}

/**
 * Streams the records of a CSV file (RFC 4180, UTF-8 with or without a BOM) as arrays of
 * cells, each with the line it starts on, one batch per input chunk. Empty lines are skipped.
 * A record that cannot be parsed (a stray quote) comes as an error and reading goes on.
 *
 * csv-parse is driven chunk by chunk and hands each record to `on_record` (see
 * {@link csvRecordOptions}), which collects it: handing records on a batch at a time, not one
 * promise per record, keeps a large file affordable.
 * Memory stays constant: one chunk and its records at a time.
 */
export async function* readCsvRecords(chunks: AsyncIterable<Buffer>, options: ReadCsvOptions = {}): AsyncGenerator<InputRecord<string[]>[]> {
  let batch: InputRecord<string[]>[] = [];
  let failure: Error | undefined;
  const parser = parse(csvRecordOptions(options.delimiter ?? detectDelimiter(options.head ?? ''), (record) => batch.push(record)));
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
