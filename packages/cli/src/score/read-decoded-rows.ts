import type { Methodology } from '@dbi-kit/engine';
import type { Readable } from 'node:stream';
import { CliInputError } from '../cli/cli-error.js';
import type { CsvDelimiter } from '../input/detect-delimiter.js';
import type { InputFormat } from '../input/detect-input-format.js';
import type { InputRecord } from '../input/input-record.js';
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
function isSkipped(cells: readonly string[]): boolean {
  if (cells[0]?.trimStart().startsWith('#')) return true;
  return cells.every((cell) => cell.trim() === '');
}

function decodeWith<T>(record: InputRecord<T>, decode: (value: T) => DecodedRow): InputRecord<DecodedRow> {
  if (record.error !== undefined) return record;
  try {
    return { line: record.line, value: decode(record.value) };
  } catch (error) {
    if (error instanceof RowError) return { line: record.line, error: error.message };
    throw error;
  }
}

async function* fromCsv(stream: Readable, methodology: Methodology, source: string, delimiter: CsvDelimiter | undefined): AsyncGenerator<InputRecord<DecodedRow>> {
  let decoder: CsvRowDecoder | undefined;
  for await (const record of readCsvRecords(stream, { delimiter })) {
    if (!decoder) {
      if (record.error !== undefined) throw new CliInputError(`line ${record.line}: the header cannot be read: ${record.error}`, source);
      decoder = createCsvRowDecoder(record.value, methodology, source);
      continue;
    }
    if (record.error === undefined && isSkipped(record.value)) continue;
    yield decodeWith(record, decoder);
  }
}

async function* fromNdjson(stream: Readable): AsyncGenerator<InputRecord<DecodedRow>> {
  for await (const record of readNdjsonRecords(stream)) yield decodeWith(record, decodeJsonRow);
}

/**
 * Streams an input's rows decoded and ready to score, each with its line. A CSV's header is
 * checked against the methodology before the first row (a {@link CliInputError} if it cannot
 * work); a bad row is yielded as an error and the stream goes on.
 */
export function readDecodedRows(
  stream: Readable,
  format: InputFormat,
  methodology: Methodology,
  source: string,
  delimiter?: CsvDelimiter,
): AsyncGenerator<InputRecord<DecodedRow>> {
  return format === 'csv' ? fromCsv(stream, methodology, source, delimiter) : fromNdjson(stream);
}
