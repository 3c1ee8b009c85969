import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-code.js';

/** One option of a command, as `util.parseArgs` takes it plus what `--help` prints. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The placeholder shown in `--help`, e.g. `<file>`. String options only. */
  readonly value?: string;
  readonly description: string;
  readonly multiple?: boolean;
}

/** The values `util.parseArgs` produced for a command's options. */
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** A `dbi-kit` command: its help text and what it does. */
export interface Command {
  readonly name: string;
  /** One line, shown in `dbi-kit --help`. */
  readonly summary: string;
  /** The arguments after the command name, e.g. `[options] <input|->`. */
  readonly usage: string;
  /** Paragraphs shown under the usage line in `dbi-kit <command> --help`. */
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
  /** The number of positional arguments the command takes: [min, max]. */
  readonly positionals: readonly [number, number];
  run(values: OptionValues, positionals: string[], io: CliIo): Promise<ExitCode>;
}

/** Commands under a common word, e.g. `dbi-kit registry serve`. */
export interface CommandGroup {
  readonly name: string;
  readonly summary: string;
  readonly commands: readonly Command[];
}
