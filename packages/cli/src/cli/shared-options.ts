import { DEFAULT_METHODOLOGY_ID } from '../data/load-methodology.js';
import type { OptionSpec } from './command.js';

/** `--out <file>`: where a command writes instead of standard output. */
export const OUT_OPTION: OptionSpec = { type: 'string', short: 'o', value: '<file>', description: 'write to a file instead of standard output' };

/** `--programme`: the subsidy programme whose size limits and rates apply. */
export const PROGRAMME_OPTION: OptionSpec = { type: 'string', value: '<id|file.json>', description: 'subsidy programme: a bundled id or a JSON file (default: decree-80-2021)' };

/** `--format text|json` of the commands about one business. */
export const TEXT_FORMAT_OPTION: OptionSpec = { type: 'string', value: '<text|json>', description: 'output format (default: text)' };

/** `--methodology`: a bundled methodology id or a JSON file. */
export const METHODOLOGY_OPTION: OptionSpec = {
  type: 'string',
  short: 'm',
  value: '<id|file.json>',
  description: `methodology: a bundled id or a JSON file (default: ${DEFAULT_METHODOLOGY_ID})`,
};
