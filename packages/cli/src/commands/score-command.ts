import { availableParallelism } from 'node:os';
import type { Command } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';
import { METHODOLOGY_OPTION, OUT_OPTION, PROGRAMME_OPTION } from '../cli/shared-options.js';
import { readChoice } from '../cli/read-choice.js';
import { loadMethodology } from '../data/load-methodology.js';
import { loadProgramme } from '../data/load-programme.js';
import { countBytes } from '../input/count-bytes.js';
import { detectDelimiter, type CsvDelimiter } from '../input/detect-delimiter.js';
import { detectInputFormat } from '../input/detect-input-format.js';
import { detectRecordDelimiter } from '../input/detect-record-delimiter.js';
import { openInput } from '../input/open-input.js';
import { parseCsvBlock } from '../input/parse-csv-block.js';
import { peekChunks } from '../input/peek-chunks.js';
import { splitBlocks, type InputBlock } from '../input/split-blocks.js';
import { assertDistinctOutput } from '../output/assert-distinct-output.js';
import { LineWriter } from '../output/line-writer.js';
import { ProgressBar } from '../output/progress-bar.js';
import { RowReporter } from '../output/row-reporter.js';
import { createCsvRowDecoder } from '../score/csv-row-decoder.js';
import { scoreCsvHeader } from '../score/format-score-row.js';
import type { ScoreSettings } from '../score/score-block.js';
import { scoreBlocksInOrder } from '../score/score-blocks-in-order.js';

// Blocks of about 1 MiB (some 2,500 rows of the full template): big enough that handing one to
// a worker costs nothing next to scoring it, small enough that the blocks in flight (two per
// worker) stay a few MiB.
const BLOCK_BYTES = 1 << 18;
// Beyond four workers the single thread that reads, cuts and writes becomes the limit, and each
// worker costs some 10 MB.
const MAX_DEFAULT_WORKERS = 4;

const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t' };

function readWorkers(text: string | undefined): number {
  if (text === undefined) return Math.min(availableParallelism(), MAX_DEFAULT_WORKERS);
  if (!/^\d{1,2}$/.test(text)) throw new UsageError(`--workers must be a whole number from 0 to 99, not '${text}'`);
  return Number(text);
}

function readDelimiter(text: string | undefined): CsvDelimiter | undefined {
  if (text === undefined) return undefined;
  const delimiter = DELIMITERS[text];
  if (!delimiter) throw new UsageError(`--delimiter must be , ; or tab, not '${text}'`);
  return delimiter;
}

/** `dbi-kit score`: scores every row of a CSV or NDJSON file, streaming. */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'score every business in a CSV or NDJSON file (streaming, constant memory)',
  usage: '[options] <input|->',
  description: [
    'Writes one result per input row: id, line, points, max_points, percent, level, each pillar\'s',
    'points and level, missing (unanswered criteria) and size (Decree 80/2021 size class, when the',
    'row has sector, employees and revenue or capital). A bad row is reported on stderr as',
    '<file>:<line>: <reason> and skipped; the others are still scored; the exit code is then 1.',
    'Input: a CSV laid out like `dbi-kit template` (row 2 of labels and any row starting with #',
    'is skipped), or NDJSON: {"id", "sector", "employees", "revenue", "capital", "answers": {...}}',
    'per line. The format comes from the extension (.csv, .ndjson, .jsonl) or the first character.',
  ].join('\n'),
  options: {
    methodology: METHODOLOGY_OPTION,
    format: { type: 'string', short: 'f', value: '<csv|ndjson>', description: 'output format (default: csv)' },
    out: OUT_OPTION,
    'input-format': { type: 'string', value: '<csv|ndjson>', description: 'input format (default: from the extension or content)' },
    delimiter: { type: 'string', value: '<,|;|tab>', description: 'CSV field delimiter (default: detected from the header)' },
    programme: PROGRAMME_OPTION,
    'no-size': { type: 'boolean', description: 'leave the size column empty (skips classifying each row)' },
    'no-progress': { type: 'boolean', description: 'no progress bar, even on a terminal' },
    workers: { type: 'string', value: '<n>', description: `worker threads that score (default: the number of CPU cores, at most ${MAX_DEFAULT_WORKERS}; 0: none)` },
  },
  examples: [
    'dbi-kit score answers.csv --out results.csv',
    'dbi-kit score answers.ndjson --format ndjson > results.ndjson',
    'cat answers.csv | dbi-kit score - | dbi-kit summary -',
  ],
  positionals: [1, 1],
  async run(values, [path], io) {
    const outFormat = readChoice(values, 'format', ['csv', 'ndjson'] as const);
    const givenDelimiter = readDelimiter(values.delimiter as string | undefined);
    const workers = readWorkers(values.workers as string | undefined);
    const methodology = await loadMethodology(values.methodology as string | undefined, io);
    const programme = values['no-size'] ? undefined : await loadProgramme(values.programme as string | undefined, io);
    assertDistinctOutput(path, values.out as string | undefined, io);
    const input = await openInput(path, io, BLOCK_BYTES);
    const peeked = await peekChunks(input.stream);
    const inputFormat = values['input-format'] === undefined ? detectInputFormat(input.name, peeked.head) : readChoice(values, 'input-format', ['csv', 'ndjson'] as const);

    const progress = io.stderrIsTty && !values['no-progress'] ? new ProgressBar(io.stderr, input.size, io.stderrColumns) : undefined;
    let bytes = 0;
    const chunks = progress ? countBytes(peeked.chunks, (count) => (bytes += count)) : peeked.chunks;
    let blocks: AsyncIterator<InputBlock>;
    let settings: ScoreSettings;
    if (inputFormat === 'csv') {
      const delimiter = givenDelimiter ?? detectDelimiter(peeked.head ?? '');
      const recordDelimiter = detectRecordDelimiter(peeked.head ?? '', delimiter);
      blocks = splitBlocks(chunks, { format: 'csv', blockBytes: BLOCK_BYTES, delimiter, recordDelimiter, headerFirst: true })[Symbol.asyncIterator]();
      // The header comes first, on its own, and is checked against the methodology here: a
      // wrong file fails before any output is written.
      const first = await blocks.next();
      const header = first.done ? undefined : parseCsvBlock(first.value.bytes, first.value.firstLine, delimiter, recordDelimiter)[0];
      if (header?.error !== undefined) throw new CliInputError(`line ${header.line}: the header cannot be read: ${header.error}`, input.name);
      if (header !== undefined) createCsvRowDecoder(header.value, methodology, input.name);
      settings = { methodology, programme, output: outFormat, input: { format: 'csv', header: header?.value ?? [], delimiter, recordDelimiter, source: input.name } };
    } else {
      blocks = splitBlocks(chunks, { format: 'ndjson', blockBytes: BLOCK_BYTES })[Symbol.asyncIterator]();
      settings = { methodology, programme, output: outFormat, input: { format: 'ndjson' } };
    }

    const writer = LineWriter.open(values.out as string | undefined, io);
    if (outFormat === 'csv') writer.write(scoreCsvHeader(methodology.pillars.map((pillar) => pillar.id)));
    const reporter = new RowReporter(io.stderr, input.name);
    try {
      for await (const block of scoreBlocksInOrder({ [Symbol.asyncIterator]: () => blocks }, settings, workers)) {
        if (block.failures.length > 0) progress?.clear();
        for (const failure of block.failures) reporter.fail(failure.line, failure.reason);
        reporter.done += block.scored;
        const full = writer.write(block.text);
        if (full) await full;
        progress?.update({ rows: reporter.done, failed: reporter.failed, bytes });
      }
    } finally {
      progress?.clear();
      await writer.close();
    }
    io.stderr.write(`${reporter.summary('scored')}\n`);
    return reporter.failed === 0 ? ExitCode.ok : ExitCode.failed;
  },
};
