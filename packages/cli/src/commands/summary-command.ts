import type { Command } from '../cli/command.js';
import { ExitCode } from '../cli/exit-code.js';
import { OUT_OPTION } from '../cli/shared-options.js';
import { readChoice } from '../cli/read-choice.js';
import { detectInputFormat } from '../input/detect-input-format.js';
import { openInput } from '../input/open-input.js';
import { peekChunks } from '../input/peek-chunks.js';
import { assertDistinctOutput } from '../output/assert-distinct-output.js';
import { writeOutput } from '../output/write-output.js';
import { RowReporter } from '../output/row-reporter.js';
import { formatSummaryTable } from '../summary/format-summary-table.js';
import { readSummaryInputs } from '../summary/read-summary-inputs.js';
import { ResultSummary } from '../summary/result-summary.js';

/** `dbi-kit summary <results>`: counts per level and size class, mean per pillar. */
export const summaryCommand: Command = {
  name: 'summary',
  summary: 'summarise a results file of `dbi-kit score`: rows per level and size class, mean per pillar',
  usage: '[options] <results|->',
  description: 'Reads the CSV or NDJSON that `dbi-kit score` wrote (from a file, or `-` for standard input)\nand prints a table, or JSON with --format json. Memory stays constant whatever the file size.',
  options: {
    format: { type: 'string', value: '<table|json>', description: 'output format (default: table)' },
    out: OUT_OPTION,
  },
  examples: ['dbi-kit summary results.csv', 'dbi-kit summary --format json results.ndjson', 'dbi-kit score answers.csv | dbi-kit summary -'],
  positionals: [1, 1],
  async run(values, [path], io) {
    const format = readChoice(values, 'format', ['table', 'json'] as const);
    assertDistinctOutput(path, values.out as string | undefined, io);
    const input = await openInput(path, io);
    const chunks = await peekChunks(input.stream);
    const inputFormat = detectInputFormat(input.name, chunks.head);
    const summary = new ResultSummary();
    const reporter = new RowReporter(io.stderr, input.name);
    for await (const batch of readSummaryInputs(chunks, inputFormat, input.name)) {
      for (const record of batch) {
        if (record.error !== undefined) {
          reporter.fail(record.line, record.error);
        } else {
          summary.add(record.value);
          reporter.done += 1;
        }
      }
    }
    const report = summary.report();
    await writeOutput(values.out as string | undefined, io, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatSummaryTable(report));
    if (reporter.failed === 0) return ExitCode.ok;
    io.stderr.write(`${reporter.summary('read')}\n`);
    return ExitCode.failed;
  },
};
