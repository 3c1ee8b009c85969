import type { Writable } from 'node:stream';
import { formatCount } from './format-count.js';

/**
 * Counts rows done and failed while a command streams an input, and reports each failure on
 * stderr as `<file>:<line>: <reason>`, the form editors and `grep` understand.
 */
export class RowReporter {
  readonly #stderr: Writable;
  readonly #source: string;
  done = 0;
  failed = 0;

  constructor(stderr: Writable, source: string) {
    this.#stderr = stderr;
    this.#source = source === '-' ? 'stdin' : source;
  }

  fail(line: number, reason: string): void {
    this.failed += 1;
    this.#stderr.write(`${this.#source}:${line}: ${reason}\n`);
  }

  /** The closing line, e.g. `98,765 scored, 3 failed`. */
  summary(verb: string): string {
    return `${formatCount(this.done)} ${verb}, ${formatCount(this.failed)} failed`;
  }
}
