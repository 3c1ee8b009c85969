import type { Methodology } from '@dbi-kit/engine';
import { CliInputError } from '../cli/cli-error.js';
import type { CsvDelimiter } from '../input/detect-delimiter.js';
import type { InputFormat } from '../input/detect-input-format.js';
import type { InputRecord } from '../input/input-record.js';
import type { PeekedChunks } from '../input/peek-chunks.js';
import { readCsvRecords } from '../input/read-csv-records.js';
import { readNdjsonRecords } from '../input/read-ndjson-records.js';
import { RowError } from '../input/row-error.js';
import { createCsvRowDecoder, type CsvRowDecoder } from './csv-row-decoder.js';
import type { DecodedRow } from './decoded-row.js';
import { decodeJsonRow } from './json-row-decoder.js';

/**
 * Rows that are not data: the template's label row and any note row (first cell starting with
 * `#`), and rows with nothing in them (spreadsheets export trailing `,,,,`).
 */
export function isSkippedRow(cells: readonly string[]): boolean {
  const first = cells[0] ?? '';
  // A bare id is the common case: decide on its first character without copying it.
  if (first.length > 0 && first.charCodeAt(0) > 32) return first.charCodeAt(0) === 35;
  if (first.trimStart().startsWith('#')) return true;
  return cells.every((cell) => cell.trim() === '');
}

/** Decodes a record, turning a {@link RowError} into an error record for that line. */
export function decodeRecord<T, U>(record: InputRecord<T>, decode: (value: T) => U): InputRecord<U> {
  if (record.error !== undefined) return record;
  try {
    return { line: record.line, value: decode(record.value) };
  } catch (error) {
    if (error instanceof RowError) return { line: record.line, error: error.message };
    throw error;
  }
}

async function* fromCsv(input: PeekedChunks, methodology: Methodology, source: string, delimiter: CsvDelimiter | undefined): AsyncGenerator<InputRecord<DecodedRow>[]> {
  let decoder: CsvRowDecoder | undefined;
  for await (const records of readCsvRecords(input.chunks, { delimiter, head: input.head })) {
    const batch: InputRecord<DecodedRow>[] = [];
    for (const record of records) {
      if (!decoder) {
        if (record.error !== undefined) throw new CliInputError(`line ${record.line}: the header cannot be read: ${record.error}`, source);
        decoder = createCsvRowDecoder(record.value, methodology, source);
        continue;
      }
      if (record.error === undefined && isSkippedRow(record.value)) continue;
      batch.push(decodeRecord(record, decoder));
    }
    yield batch;
  }
}

async function* fromNdjson(input: PeekedChunks): AsyncGenerator<InputRecord<DecodedRow>[]> {
  for await (const records of readNdjsonRecords(input.chunks)) yield records.map((record) => decodeRecord(record, decodeJsonRow));
}

/**
 * Streams an input's rows decoded and ready to score, in batches, each row with its line. A
 * CSV's header is checked against the methodology before the first row (a
 * {@link CliInputError} if it cannot work); a bad row comes as an error and the stream goes on.
 */
export function readDecodedRows(
  input: PeekedChunks,
  format: InputFormat,
  methodology: Methodology,
  source: string,
  delimiter?: CsvDelimiter,
): AsyncGenerator<InputRecord<DecodedRow>[]> {
  return format === 'csv' ? fromCsv(input, methodology, source, delimiter) : fromNdjson(input);
}
