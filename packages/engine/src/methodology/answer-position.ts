import { AnswerError } from './answer-error.js';
import type { RatioAnswer } from './answers.js';
import type { PlanCriterion } from './scoring-plan.js';

/**
 * Checks one answer against its criterion and returns its position on the criterion's scale:
 * the step or option itself, or for a ratio the number of bands its share is above.
 *
 * @throws {AnswerError} for a wrong shape, an out-of-range step, a bad figure or a bad ratio.
 */
export function answerPosition(criterion: PlanCriterion, answer: unknown): number {
  const position = tryAnswerPosition(criterion, answer);
  if (position < 0) throw refusal(criterion, answer);
  return position;
}

/**
 * `answerPosition` without the throw: -1 for a refused answer. The scoring loop uses it so that a
 * refusal can be reported in methodology order, whatever order the answers' keys come in.
 */
export function tryAnswerPosition(criterion: PlanCriterion, answer: unknown): number {
  // Kept small so that it inlines into the scoring loop; every refusal is explained apart.
  if (!criterion.ratio) {
    if (typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= criterion.top) return answer;
  } else if (typeof answer === 'object' && answer !== null) {
    const { numerator, denominator } = answer as RatioAnswer;
    // `>= 0` and `< Infinity` are false for NaN and for non-numbers compared as numbers.
    if (typeof numerator === 'number' && typeof denominator === 'number' && numerator >= 0 && denominator < Infinity && numerator <= denominator) {
      return ratioPosition(criterion, numerator, denominator);
    }
  }
  return -1;
}

/** The number of bands a valid ratio's share is above (0 for 0 % and for 0/0). */
export function ratioPosition(criterion: PlanCriterion, numerator: number, denominator: number): number {
  // A share above b % means numerator / denominator > b / 100; cross-multiplied to stay exact.
  const scaled = numerator * 100;
  // Whole figures up to 10^12 (any denominator a business states, VND included): the whole
  // percent f and whether the share is above it are exact (a share that is not a whole percent
  // is at least 1/denominator from one, far more than the division's rounding), and one table
  // read gives the position.
  if (denominator > 0 && denominator <= 1e12 && Number.isInteger(numerator) && Number.isInteger(denominator)) {
    const whole = Math.floor(scaled / denominator);
    return criterion.bandTable[2 * whole + Number(whole * denominator !== scaled)];
  }
  // Others band by band, without an early exit, so the branch predictor has nothing to miss.
  let position = 0;
  for (let b = 0; b < criterion.top; b++) position += Number(scaled > criterion.above[b] * denominator);
  return position;
}

/** Why an answer that `answerPosition` refused is wrong. */
function refusal(criterion: PlanCriterion, answer: unknown): AnswerError {
  const { id, top } = criterion;
  if (!criterion.ratio) {
    return new AnswerError(id, typeof answer === 'number' ? 'out-of-range' : 'wrong-shape', `expected a whole number 0–${top}, got ${describe(answer)}`);
  }
  if (typeof answer !== 'object' || answer === null) return new AnswerError(id, 'wrong-shape', `expected { numerator, denominator }, got ${describe(answer)}`);
  const { numerator, denominator } = answer as RatioAnswer;
  if (typeof numerator !== 'number' || typeof denominator !== 'number') {
    return new AnswerError(id, 'wrong-shape', `expected numbers for numerator and denominator, got ${describe(numerator)} and ${describe(denominator)}`);
  }
  if (!(numerator >= 0 && denominator >= 0 && numerator < Infinity && denominator < Infinity)) {
    return new AnswerError(id, 'invalid-number', `numerator and denominator must be finite and ≥ 0, got ${numerator} and ${denominator}`);
  }
  return denominator === 0
    ? new AnswerError(id, 'zero-denominator', `a numerator of ${numerator} over a zero denominator`)
    : new AnswerError(id, 'ratio-above-one', `the numerator ${numerator} is larger than the denominator ${denominator}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return typeof value === 'number' ? String(value) : typeof value;
}
