import { DbiError } from '@dbi-kit/engine';

/**
 * One input row cannot be used: a cell is not a number, an answer is out of range, a field is
 * missing. `score` reports it with the row's line number and goes on with the next row.
 */
export class RowError extends DbiError {
  /** The column (CSV) or field (NDJSON) at fault, when one is. */
  readonly column: string | undefined;
  readonly reason: string;

  constructor(reason: string, column?: string, options?: { cause?: unknown }) {
    super('cli/row', column === undefined ? reason : `${column}: ${reason}`, options);
    this.column = column;
    this.reason = reason;
  }
}
