import type { CliIo } from '../cli/cli-io.js';
import type { OptionSpec, OptionValues } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import { readJsonFile } from './read-json-file.js';

/** The options that describe one business to `classify` and `subsidy`. */
export const FIGURE_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  sector: { type: 'string', value: '<sector>', description: 'agriculture-forestry-fishery | industry-construction | trade-services' },
  employees: { type: 'string', value: '<n>', description: 'yearly average employees enrolled in social insurance' },
  revenue: { type: 'string', value: '<vnd>', description: 'total revenue of the year, whole VND' },
  capital: { type: 'string', value: '<vnd>', description: 'total capital (tổng nguồn vốn) of the year, whole VND' },
};

const NUMERIC = ['employees', 'revenue', 'capital'];

/** A number given on the command line: plain digits (underscores allowed as separators: 20_000_000_000). */
export function parseFlagNumber(text: string, option: string): number {
  const plain = text.replaceAll('_', '');
  if (!/^\d+(\.\d+)?$/.test(plain)) throw new UsageError(`--${option} must be a number in plain digits, not '${text}'`);
  return Number(plain);
}

/**
 * The business described by a JSON file (optional) and the figure flags, which win over the
 * file's fields. Values are passed on unchecked: the engine validates them and names the field.
 */
export async function readFigures(values: OptionValues, file: string | undefined, io: CliIo): Promise<Record<string, unknown>> {
  const base = file === undefined ? {} : await readJsonFile(file, io);
  if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new CliInputError('expected a JSON object', file);
  const figures: Record<string, unknown> = { ...base };
  for (const name of Object.keys(FIGURE_OPTIONS)) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    figures[name] = NUMERIC.includes(name) ? parseFlagNumber(value, name) : value;
  }
  return figures;
}
