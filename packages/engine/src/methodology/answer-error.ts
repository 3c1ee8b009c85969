import { DbiError } from '../dbi-error.js';

/**
 * Why an answer was refused:
 * - `unknown-criterion`: the methodology has no criterion with that id;
 * - `wrong-shape`: not the shape the criterion's kind takes (an integer for `ladder` and
 *   `frequency`, `{ numerator, denominator }` for `ratio`);
 * - `out-of-range`: a step or option that is not an integer of the criterion's scale;
 * - `invalid-number`: a ratio figure that is negative, NaN or infinite;
 * - `zero-denominator`: a non-zero numerator over a zero denominator;
 * - `ratio-above-one`: a numerator larger than its denominator (a share above 100 %).
 */
export type AnswerErrorReason =
  | 'unknown-criterion'
  | 'wrong-shape'
  | 'out-of-range'
  | 'invalid-number'
  | 'zero-denominator'
  | 'ratio-above-one';

/**
 * An answer the engine refuses, naming the criterion and the reason. `code` is
 * `answer/<reason>`.
 *
 * @example
 * try { scoreAssessment(m, { '1.1.1': 9 }); }
 * catch (error) { if (error instanceof AnswerError) console.log(error.criterionId, error.reason); } // '1.1.1' 'out-of-range'
 */
export class AnswerError extends DbiError {
  declare readonly code: `answer/${AnswerErrorReason}`;
  readonly criterionId: string;
  readonly reason: AnswerErrorReason;

  constructor(criterionId: string, reason: AnswerErrorReason, detail: string) {
    super(`answer/${reason}`, `Answer to criterion '${criterionId}': ${detail}`);
    this.criterionId = criterionId;
    this.reason = reason;
  }
}
