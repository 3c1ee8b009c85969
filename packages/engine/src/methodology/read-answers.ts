import { answerPosition, tryAnswerPosition } from './answer-position.js';
import { AnswerError } from './answer-error.js';
import type { Answers, RatioAnswer } from './answers.js';
import { assertKnownIds } from './assert-known-ids.js';
import type { ScoringPlan } from './scoring-plan.js';

/**
 * Checks every answer and leaves its position in `plan.positions` (-1 for unanswered: absent,
 * `undefined` or `null`), each answered ratio's denominator in `plan.denominators`, and in
 * `plan.jumpers` how many of those are small enough for one step to jump bands (see `stepTarget`).
 *
 * @throws {AnswerError} for the first refused answer in methodology order, then for the first
 * key that names no criterion: the same error whatever order the keys come in.
 */
export function readAnswers(plan: ScoringPlan, answers: Answers): void {
  const { ids, numbers, positions, denominators, criteria, jumpsBelow } = plan;
  const n = ids.length;
  for (let i = 0; i < n; i++) positions[i] = -1; // a loop: `fill` is a call into the runtime
  // Walking the keys with for…in and reading `answers[id]` is V8's fast path (its enumeration
  // cache gives each value's slot); looking the 60 ids up by name is about 4 times slower. Keys
  // in methodology order are found where expected, others cost one Map lookup each.
  let expected = 0;
  let jumpers = 0;
  for (const id in answers) {
    const answer = answers[id];
    const i = expected < n && ids[expected] === id ? expected : (numbers.get(id) ?? -1);
    if (i < 0) refuse(plan, answers);
    expected = i + 1;
    if (answer === undefined || answer === null) continue;
    const criterion = criteria[i];
    const position = tryAnswerPosition(criterion, answer);
    if (position < 0) refuse(plan, answers);
    positions[i] = position;
    if (criterion.ratio) {
      const { denominator } = answer as RatioAnswer;
      denominators[i] = denominator;
      jumpers += Number(denominator > 0 && denominator < jumpsBelow[i]);
    }
  }
  plan.jumpers = jumpers;
}

/** Throws the error the answers deserve, searching in the documented order. */
function refuse(plan: ScoringPlan, answers: Answers): never {
  for (const criterion of plan.criteria) {
    const answer = answers[criterion.id];
    if (answer !== undefined && answer !== null) answerPosition(criterion, answer);
  }
  assertKnownIds(answers, plan);
  // Reachable only when reading an answer twice gives two different values (a getter).
  throw new AnswerError('', 'wrong-shape', 'the answers changed while they were read');
}
