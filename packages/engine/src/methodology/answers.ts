/**
 * A ratio criterion's two figures, both finite and ≥ 0, numerator ≤ denominator.
 * `{ numerator: 0, denominator: 0 }` means "none" and scores like 0 %.
 */
export interface RatioAnswer {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * One answer: for `ladder` the step (an integer, 0 = the gate's "No"), for `frequency` the option
 * (an integer, 0 = the gate's "No"), for `ratio` a {@link RatioAnswer}.
 */
export type Answer = number | RatioAnswer;

/**
 * A business's answers, keyed by criterion id (`'1.1.1'` …). A missing, `undefined` or `null`
 * answer scores 0 and is listed in the result's `missing`.
 *
 * @example
 * const answers: Answers = { '1.1.1': 4, '1.1.3': { numerator: 30_000_000, denominator: 100_000_000 }, '2.1.1': 3 };
 */
export type Answers = Readonly<Record<string, Answer | null | undefined>>;
