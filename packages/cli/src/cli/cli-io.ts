import type { Readable, Writable } from 'node:stream';

/**
 * Where a command reads and writes. `runCli` takes it as a parameter so that the whole CLI can be
 * driven in-process (by tests, or by another program) without touching `process`.
 */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** True when stderr is a terminal: only then does `score` draw a progress bar. */
  readonly stderrIsTty: boolean;
  /** The terminal's width in columns, when stderr is a terminal. */
  readonly stderrColumns?: number;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTty: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    cwd: process.cwd(),
  };
}
