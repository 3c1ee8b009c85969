import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../cli/command.js';
import { ExitCode } from '../cli/exit-code.js';
import { METHODOLOGY_OPTION, OUT_OPTION } from '../cli/shared-options.js';
import { LANG_OPTION, readLang } from '../cli/lang-option.js';
import { formatCsvLine } from '../csv/format-csv-line.js';
import { loadMethodology } from '../data/load-methodology.js';
import { LineWriter } from '../output/line-writer.js';
import { templateColumns } from '../template/template-columns.js';
import { templateReadme } from '../template/template-readme.js';

// Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without one,
// Vietnamese labels come out garbled. `score` strips it again.
const BOM = '\uFEFF';

/** `template.csv` → `template.README.md`. */
function readmePathFor(out: string): string {
  return `${out.replace(/\.csv$/i, '')}.README.md`;
}

/** `dbi-kit template`: a CSV template for a methodology, and the README section explaining it. */
export const templateCommand: Command = {
  name: 'template',
  summary: 'write a CSV template to collect answers in, and a README section explaining each column',
  usage: '[options]',
  description:
    'Row 1: stable column names (id, name, sector, employees, revenue, capital, then one column per\ncriterion id; a ratio criterion has <id>.numerator and <id>.denominator). Row 2: human labels,\nstarting with #, which `score` skips. With --out, the README section is written beside the CSV\n(<name>.README.md) unless --readme says where.',
  options: {
    methodology: METHODOLOGY_OPTION,
    lang: LANG_OPTION,
    out: { ...OUT_OPTION, value: '<file.csv>' },
    readme: { type: 'string', value: '<file.md>', description: 'write the README section (Markdown) to this file' },
  },
  examples: ['dbi-kit template --out answers.csv', 'dbi-kit template --methodology dbi-2021-sme --lang en --out answers.csv', 'dbi-kit template --readme columns.md > answers.csv'],
  positionals: [0, 0],
  async run(values, _positionals, io) {
    const lang = readLang(values);
    const methodology = await loadMethodology(values.methodology as string | undefined, io);
    const columns = templateColumns(methodology);
    const labels = columns.map((column) => column.label[lang]);
    labels[0] = `# ${labels[0]}`;
    const out = values.out as string | undefined;
    const writer = LineWriter.open(out, io);
    await writer.write(BOM + formatCsvLine(columns.map((column) => column.name)) + formatCsvLine(labels));
    await writer.close();
    const readme = (values.readme as string | undefined) ?? (out !== undefined && out !== '-' ? readmePathFor(out) : undefined);
    if (readme !== undefined) await writeFile(resolve(io.cwd, readme), templateReadme(methodology, lang));
    if (out !== undefined && out !== '-') io.stderr.write(`Wrote ${out}${readme ? ` and ${readme}` : ''} (${columns.length} columns)\n`);
    return ExitCode.ok;
  },
};
