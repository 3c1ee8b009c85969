import type { Answers } from '@dbi-kit/engine';

/** The profile figures of a row, as far as given (numbers already parsed). */
export interface RowProfile {
  readonly sector?: unknown;
  readonly employees?: unknown;
  readonly revenue?: unknown;
  readonly capital?: unknown;
}

/** One input row, decoded from CSV cells or an NDJSON object, ready to score. */
export interface DecodedRow {
  /** The row's id, when it has one. */
  readonly id: string | undefined;
  readonly answers: Answers;
  readonly profile: RowProfile;
}
