import { AnswerError } from './answer-error.js';
import type { Answers } from './answers.js';
import type { ScoringPlan } from './scoring-plan.js';

/** @throws {AnswerError} `unknown-criterion` for the first answer key that names no criterion. */
export function assertKnownIds(answers: Answers, plan: ScoringPlan): void {
  for (const id in answers) {
    if (!plan.numbers.has(id)) throw new AnswerError(id, 'unknown-criterion', `methodology '${plan.methodologyRef.id}' has no criterion '${id}'`);
  }
}
