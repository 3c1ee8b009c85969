import { DbiError } from '@dbi-kit/engine';
import type { Command } from '../cli/command.js';
import { UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';
import { METHODOLOGY_OPTION, OUT_OPTION, PROGRAMME_OPTION } from '../cli/shared-options.js';
import { readChoice } from '../cli/read-choice.js';
import { loadMethodology } from '../data/load-methodology.js';
import { loadProgramme } from '../data/load-programme.js';
import type { CsvDelimiter } from '../input/detect-delimiter.js';
import { detectInputFormat } from '../input/detect-input-format.js';
import { openInput } from '../input/open-input.js';
import { countBytes } from '../input/count-bytes.js';
import { peekChunks } from '../input/peek-chunks.js';
import { assertDistinctOutput } from '../output/assert-distinct-output.js';
import { LineWriter } from '../output/line-writer.js';
import { ProgressBar } from '../output/progress-bar.js';
import { RowReporter } from '../output/row-reporter.js';
import { formatScoreCsvLine, formatScoreJsonLine, scoreCsvHeader } from '../score/format-score-row.js';
import { readDecodedRows } from '../score/read-decoded-rows.js';
import { scoreDecodedRow } from '../score/score-decoded-row.js';

const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t' };

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
    'no-size': { type: 'boolean', description: 'leave the size column empty (skips classifying each row: about a third less time)' },
    'no-progress': { type: 'boolean', description: 'no progress bar, even on a terminal' },
  },
  examples: [
    'dbi-kit score answers.csv --out results.csv',
    'dbi-kit score answers.ndjson --format ndjson > results.ndjson',
    'cat answers.csv | dbi-kit score - | dbi-kit summary -',
  ],
  positionals: [1, 1],
  async run(values, [path], io) {
    const outFormat = readChoice(values, 'format', ['csv', 'ndjson'] as const);
    const delimiter = readDelimiter(values.delimiter as string | undefined);
    const methodology = await loadMethodology(values.methodology as string | undefined, io);
    const programme = values['no-size'] ? undefined : await loadProgramme(values.programme as string | undefined, io);
    assertDistinctOutput(path, values.out as string | undefined, io);
    const input = await openInput(path, io);
    const peeked = await peekChunks(input.stream);
    const inputFormat = values['input-format'] === undefined ? detectInputFormat(input.name, peeked.head) : readChoice(values, 'input-format', ['csv', 'ndjson'] as const);

    const progress = io.stderrIsTty && !values['no-progress'] ? new ProgressBar(io.stderr, input.size, io.stderrColumns) : undefined;
    let bytes = 0;
    const chunks = progress ? countBytes(peeked.chunks, (count) => (bytes += count)) : peeked.chunks;
    const batches = readDecodedRows({ head: peeked.head, chunks }, inputFormat, methodology, input.name, delimiter)[Symbol.asyncIterator]();
    // The first batch starts with the header, read and checked against the methodology: a wrong
    // file fails here, before any output is written.
    let next = await batches.next();

    const writer = LineWriter.open(values.out as string | undefined, io);
    const format = outFormat === 'csv' ? formatScoreCsvLine : formatScoreJsonLine;
    if (outFormat === 'csv') writer.write(scoreCsvHeader(methodology.pillars.map((pillar) => pillar.id)));
    const reporter = new RowReporter(io.stderr, input.name);
    try {
      for (; !next.done; next = await batches.next()) {
        for (const record of next.value) {
          let line: string | undefined;
          if (record.error === undefined) {
            try {
              line = format(scoreDecodedRow(record.value, record.line, methodology, programme));
            } catch (error) {
              // The engine's typed errors (a bad answer, a bad profile figure) fail the row; anything else is a bug.
              if (!(error instanceof DbiError)) throw error;
              progress?.clear();
              reporter.fail(record.line, error.message);
            }
          } else {
            progress?.clear();
            reporter.fail(record.line, record.error);
          }
          if (line === undefined) continue;
          reporter.done += 1;
          const full = writer.write(line);
          if (full) await full;
        }
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
