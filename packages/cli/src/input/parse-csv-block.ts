import { parse } from 'csv-parse/sync';
import { CsvCells } from './csv-cells.js';
import { csvRecordOptions, type RecordDelimiter } from './csv-record-options.js';
import type { CsvDelimiter } from './detect-delimiter.js';
import type { InputRecord } from './input-record.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Whether every line break of the block is exactly the file's record delimiter, so that cutting
// at it is what csv-parse does: no CR at all for LF files, only CRLF pairs for CRLF files.
function hasOnlyRecordDelimiters(bytes: Uint8Array, recordDelimiter: RecordDelimiter): boolean {
  if (recordDelimiter === '\n') return bytes.indexOf(CR) === -1;
  if (recordDelimiter === '\r') return false;
  let crs = 0;
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) {
    if (bytes[at + 1] !== LF) return false;
    crs += 1;
  }
  let lfs = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) lfs += 1;
  return crs === lfs;
}

/**
 * Reads a block of whole CSV records (see `splitBlocks`) into records with their line numbers
 * in the file, exactly as {@link csvRecordOptions} reading the whole file would.
 *
 * csv-parse reads a block with quotes, odd line breaks or a byte-order mark. A block without
 * any (the usual export of a survey tool or a spreadsheet of codes and numbers) is cut at its
 * line breaks and delimiters with `String.split`, which for that text is the whole of RFC 4180
 * and about ten times faster than a general parser (csv-parse was a third of `score`'s time).
 * A property test holds the two paths to the same records.
 */
export function parseCsvBlock(bytes: Uint8Array, firstLine: number, delimiter: CsvDelimiter, recordDelimiter: RecordDelimiter): InputRecord<string[]>[] {
  const records: InputRecord<string[]>[] = [];
  forEachCsvRecord(bytes, firstLine, delimiter, recordDelimiter, (record) => records.push(record));
  return records;
}

/**
 * {@link parseCsvBlock} handing each record to `onRecord` as soon as it is read, so that a
 * caller that is done with a record before the next keeps only one alive (a block's worth of
 * records would outlive V8's young generation and make every collection a slow one).
 */
export function forEachCsvRecord(
  bytes: Uint8Array,
  firstLine: number,
  delimiter: CsvDelimiter,
  recordDelimiter: RecordDelimiter,
  onRecord: (record: InputRecord<string[]>) => void,
): void {
  if (!isPlainBlock(bytes, recordDelimiter)) {
    parse(bytes, csvRecordOptions(delimiter, onRecord, firstLine, recordDelimiter));
    return;
  }
  forEachPlainRecord(bytes, firstLine, recordDelimiter, (line, text, from, to) => onRecord({ line, value: text.slice(from, to).split(delimiter) }));
}

/**
 * {@link forEachCsvRecord} with each record's cells as {@link CsvCells} rather than strings:
 * one `CsvCells`, refilled for each record, so it is only valid until `onRecord` returns.
 */
export function forEachCsvCells(
  bytes: Uint8Array,
  firstLine: number,
  delimiter: CsvDelimiter,
  recordDelimiter: RecordDelimiter,
  onRecord: (record: InputRecord<CsvCells>) => void,
): void {
  const cells = new CsvCells();
  if (!isPlainBlock(bytes, recordDelimiter)) {
    const options = csvRecordOptions(delimiter, (record) => onRecord(record.error === undefined ? { line: record.line, value: cells.take(record.value) } : record), firstLine, recordDelimiter);
    parse(bytes, options);
    return;
  }
  forEachPlainRecord(bytes, firstLine, recordDelimiter, (line, text, from, to) => onRecord({ line, value: cells.cut(text, from, to, delimiter) }));
}

// Whether the block can be cut at its line breaks and delimiters (see forEachCsvRecord).
function isPlainBlock(bytes: Uint8Array, recordDelimiter: RecordDelimiter): boolean {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return !bom && bytes.indexOf(QUOTE) === -1 && hasOnlyRecordDelimiters(bytes, recordDelimiter);
}

// Each non-empty record of a plain block as a span [from, to) of its text.
function forEachPlainRecord(bytes: Uint8Array, firstLine: number, recordDelimiter: RecordDelimiter, onRecord: (line: number, text: string, from: number, to: number) => void): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  const step = recordDelimiter.length;
  for (let start = 0, line = firstLine; start < text.length; line++) {
    let end = text.indexOf(recordDelimiter, start);
    if (end === -1) end = text.length;
    // An empty line is skipped (csv-parse's skip_empty_lines).
    if (end > start) onRecord(line, text, start, end);
    start = end + step;
  }
}
