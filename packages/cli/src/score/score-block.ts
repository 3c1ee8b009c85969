import { DbiError, type Methodology, type Programme } from '@dbi-kit/engine';
import type { RecordDelimiter } from '../input/csv-record-options.js';
import type { CsvDelimiter } from '../input/detect-delimiter.js';
import type { InputRecord } from '../input/input-record.js';
import { forEachCsvCells } from '../input/parse-csv-block.js';
import { parseNdjsonLine } from '../input/read-ndjson-records.js';
import type { InputBlock } from '../input/split-blocks.js';
import { createCsvRowDecoder } from './csv-row-decoder.js';
import type { DecodedRow } from './decoded-row.js';
import { formatScoreCsvLine, formatScoreJsonLine } from './format-score-row.js';
import { decodeJsonRow } from './json-row-decoder.js';
import { decodeRecord } from './decode-record.js';
import { isSkippedRow } from './is-skipped-row.js';
import { scoreDecodedRow } from './score-decoded-row.js';

/**
 * Everything needed to score a block of an input, in any thread: plain data, so that it can be
 * handed to a worker (`structuredClone`-able).
 */
export interface ScoreSettings {
  readonly methodology: Methodology;
  /** Whose limits decide the size column; none leaves it empty (`--no-size`). */
  readonly programme: Programme | undefined;
  readonly output: 'csv' | 'ndjson';
  readonly input:
    | { readonly format: 'ndjson' }
    | { readonly format: 'csv'; readonly header: readonly string[]; readonly delimiter: CsvDelimiter; readonly recordDelimiter: RecordDelimiter; readonly source: string };
}

/** What scoring a block gave: the output lines, the rows that failed and how many were scored. */
export interface BlockResult {
  /** The result lines of the scored rows, in input order, each ending in `\n`. */
  readonly text: string;
  /** Each row that failed, in input order: its line and the reason. */
  readonly failures: readonly { readonly line: number; readonly reason: string }[];
  readonly scored: number;
}

/** Scores the rows of one block; see {@link createBlockScorer}. */
export type BlockScorer = (block: InputBlock) => BlockResult;

function readNdjsonBlock(block: InputBlock, onRow: (row: InputRecord<DecodedRow>) => void): void {
  let text = block.bytes.toString('utf8');
  if (block.firstLine === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (let start = 0, line = block.firstLine; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const record = parseNdjsonLine(text.slice(start, end), line);
    if (record) onRow(decodeRecord(record, decodeJsonRow));
    start = end + 1;
  }
}

/**
 * Makes the function that scores a block of rows (CSV without its header, or NDJSON lines; see
 * `splitBlocks`): read, decode, score and format each row, collecting the results as one text
 * and the failures (a row the reader, the decoder or the engine refused) with their lines. The
 * same function runs on the main thread and in the workers of `scoreBlocksInOrder`.
 */
export function createBlockScorer(settings: ScoreSettings): BlockScorer {
  const { methodology, programme, input } = settings;
  const format = settings.output === 'csv' ? formatScoreCsvLine : formatScoreJsonLine;
  // Each row is read, decoded, scored and formatted before the next is read (see forEachCsvCells):
  // the reader's cells and the decoder's answers are refilled for the next row.
  let read: (block: InputBlock, onRow: (row: InputRecord<DecodedRow>) => void) => void;
  if (input.format === 'csv') {
    const decode = createCsvRowDecoder(input.header, methodology, input.source);
    read = (block, onRow) =>
      forEachCsvCells(block.bytes, block.firstLine, input.delimiter, input.recordDelimiter, (record) => {
        if (record.error === undefined && isSkippedRow(record.value)) return;
        onRow(decodeRecord(record, decode));
      });
  } else {
    read = readNdjsonBlock;
  }

  return (block) => {
    let text = '';
    let scored = 0;
    const failures: { line: number; reason: string }[] = [];
    read(block, (row) => {
      if (row.error !== undefined) {
        failures.push({ line: row.line, reason: row.error });
        return;
      }
      try {
        text += format(scoreDecodedRow(row.value, row.line, methodology, programme));
        scored += 1;
      } catch (error) {
        // The engine's typed errors (a bad answer, a bad profile figure) fail the row; anything else is a bug.
        if (!(error instanceof DbiError)) throw error;
        failures.push({ line: row.line, reason: error.message });
      }
    });
    return { text, failures, scored };
  };
}
