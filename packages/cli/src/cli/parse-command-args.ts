import { parseArgs } from 'node:util';
import type { Command, OptionValues } from './command.js';
import { UsageError } from './cli-error.js';

/** What the command line asked of a command: its options and positionals, or its help. */
export type ParsedCommandArgs = { help: true } | { help: false; values: OptionValues; positionals: string[] };

/**
 * Parses a command's arguments with `util.parseArgs` (strict: an unknown option is an error),
 * and checks the number of positionals. Every problem is a {@link UsageError}.
 */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedCommandArgs {
  // parseArgs refuses keys present with the value undefined, so only set what the spec sets.
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, { type, short, multiple }]) => [name, { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) }]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs reports bad arguments as TypeErrors with an ERR_PARSE_ARGS_* code; anything else is a bug.
    if (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message);
    throw error;
  }
  const { help, ...values } = parsed.values;
  if (help) return { help: true };
  const [min, max] = command.positionals;
  const count = parsed.positionals.length;
  if (count < min) throw new UsageError(`${command.name}: missing argument (expected ${command.usage})`);
  if (count > max) throw new UsageError(`${command.name}: unexpected argument '${parsed.positionals[max]}'`);
  return { help: false, values, positionals: parsed.positionals };
}
