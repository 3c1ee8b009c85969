/** One pillar of a scored row. */
export interface ScoreRowPillar {
  readonly id: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly level: number;
}

/**
 * One scored input row as `score` writes it (and `summary` reads it back): the engine's result
 * reduced to the figures a data team tabulates, plus the row's id and line.
 */
export interface ScoreRow {
  /** The row's `id` cell, or `line <n>` when the row has none. */
  readonly id: string;
  /** The line of the input the row starts on. */
  readonly line: number;
  readonly points: number;
  readonly maxPoints: number;
  /** 0–100, exact; rounded to two decimals only when written. */
  readonly percent: number;
  readonly level: number;
  readonly pillars: readonly ScoreRowPillar[];
  /** How many criteria had no answer (they score 0). */
  readonly missing: number;
  /** The Decree 80/2021 size class, when the row has the profile fields to decide it. */
  readonly size: string | undefined;
}
