import { DbiError } from '../dbi-error.js';
import type { MethodologyRef } from './assessment-result.js';

/**
 * `answer-code/malformed`: not an answer code, or a damaged one. `answer-code/other-methodology`
 * and `answer-code/other-version`: a code made for another methodology or another version of it.
 */
export type AnswerCodeErrorCode = 'answer-code/malformed' | 'answer-code/other-methodology' | 'answer-code/other-version';

/**
 * An answer code (`encodeAnswers`) that `decodeAnswers` cannot read for this methodology.
 * `found` is what the code says it was made for, when it says so.
 *
 * @example
 * try { decodeAnswers(dbi, location.hash.slice(1)); }
 * catch (error) { if (error instanceof AnswerCodeError && error.code === 'answer-code/other-version') showOldLinkNotice(error.found); }
 */
export class AnswerCodeError extends DbiError {
  declare readonly code: AnswerCodeErrorCode;
  readonly expected: MethodologyRef;
  readonly found?: MethodologyRef;

  constructor(code: AnswerCodeErrorCode, message: string, expected: MethodologyRef, found?: MethodologyRef) {
    super(code, message);
    this.expected = expected;
    this.found = found;
  }
}
