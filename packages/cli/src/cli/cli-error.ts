import { DbiError } from '@dbi-kit/engine';

/**
 * The command line is wrong: an unknown command or option, a missing or malformed argument.
 * `dbi-kit` prints the message and the command's usage line, and exits 2.
 */
export class UsageError extends DbiError {
  constructor(message: string) {
    super('cli/usage', message);
  }
}

/**
 * The command line is fine but an input is not: a missing file, a CSV without the columns the
 * methodology needs, invalid JSON. `dbi-kit` prints the message and exits 1.
 */
export class CliInputError extends DbiError {
  /** The file (or `-` for standard input) the problem is in, when there is one. */
  readonly source: string | undefined;

  constructor(message: string, source?: string, options?: { cause?: unknown }) {
    super('cli/input', source === undefined ? message : `${source}: ${message}`, options);
    this.source = source;
  }
}
