import type { InputRecord } from '../input/input-record.js';
import { RowError } from '../input/row-error.js';

/** Decodes a record, turning a {@link RowError} into an error record for that line. */
export function decodeRecord<T, U>(record: InputRecord<T>, decode: (value: T) => U): InputRecord<U> {
  if (record.error !== undefined) return record;
  try {
    return { line: record.line, value: decode(record.value) };
  } catch (error) {
    if (error instanceof RowError) return { line: record.line, error: error.message };
    throw error;
  }
}
