import { AnswerError } from './answer-error.js';
import type { Answers } from './answers.js';
import type { MethodologyIndex } from './methodology-index.js';

/** @throws {AnswerError} `unknown-criterion` for the first answer key that names no criterion. */
export function assertKnownIds(answers: Answers, index: MethodologyIndex): void {
  for (const id in answers) {
    if (!index.byId.has(id)) throw new AnswerError(id, 'unknown-criterion', `methodology '${index.methodology.id}' has no criterion '${id}'`);
  }
}
