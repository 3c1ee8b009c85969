import { resolve } from 'node:path';
import type { CliIo } from '../cli/cli-io.js';
import { UsageError } from '../cli/cli-error.js';

/**
 * Refuses `--out` naming the input file: the output would truncate the input while it is still
 * being read.
 */
export function assertDistinctOutput(input: string, out: string | undefined, io: CliIo): void {
  if (input === '-' || out === undefined || out === '-') return;
  if (resolve(io.cwd, input) === resolve(io.cwd, out)) throw new UsageError(`--out ${out} is the input file; write the results elsewhere`);
}
