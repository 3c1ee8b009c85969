import { AnswerError } from './answer-error.js';
import type { Answers } from './answers.js';

/** Refuses answers that are not a plain object keyed by criterion id (`null`, an array, a `Map`). */
export function assertAnswersObject(answers: Answers): void {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers) || answers instanceof Map) {
    throw new AnswerError('', 'wrong-shape', 'answers must be a plain object keyed by criterion id');
  }
}
