import type { OptionValues } from './command.js';
import { UsageError } from './cli-error.js';

/** Reads an option that takes one of a few words (`--format csv|ndjson`); the first is the default. */
export function readChoice<T extends string>(values: OptionValues, option: string, allowed: readonly T[]): T {
  const value = (values[option] as string | undefined) ?? allowed[0];
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option} must be ${allowed.join(' or ')}, not '${value}'`);
  return value as T;
}
