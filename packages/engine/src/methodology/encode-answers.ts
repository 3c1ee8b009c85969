import { answerPosition } from './answer-position.js';
import type { Answers, RatioAnswer } from './answers.js';
import { assertAnswersObject } from './assert-answers-object.js';
import { assertKnownIds } from './assert-known-ids.js';
import { encodeFigure, HEADER_SEPARATOR, RATIO_SEPARATOR, TOKEN_SEPARATOR } from './answer-code-format.js';
import type { Methodology } from './methodology.js';
import { scoringPlan } from './scoring-plan.js';

/**
 * Packs answers into a compact, URL-safe string that names the methodology and its version,
 * e.g. for a resume link: `https://…/assessment#dbi-2021-sme~2021.1~4.3..`.
 * `decodeAnswers` reverses it.
 *
 * @throws {AnswerError} for the same bad answers `scoreAssessment` refuses.
 * @throws {DbiError} `methodology/invalid` when `methodology` is not a methodology object.
 * @example
 * const code = encodeAnswers(dbi, { '1.1.1': 4, '1.1.3': { numerator: 3, denominator: 10 } });
 * decodeAnswers(dbi, code); // { '1.1.1': 4, '1.1.3': { numerator: 3, denominator: 10 } }
 */
export function encodeAnswers(methodology: Methodology, answers: Answers): string {
  const plan = scoringPlan(methodology);
  assertAnswersObject(answers);
  assertKnownIds(answers, plan);
  const tokens = plan.criteria.map((criterion) => {
    const answer = answers[criterion.id];
    if (answer === undefined || answer === null) return '';
    answerPosition(criterion, answer);
    if (!criterion.ratio) return (answer as number).toString(36);
    const { numerator, denominator } = answer as RatioAnswer;
    return `${encodeFigure(numerator)}${RATIO_SEPARATOR}${encodeFigure(denominator)}`;
  });
  return [methodology.id, methodology.version, tokens.join(TOKEN_SEPARATOR)].join(HEADER_SEPARATOR);
}
