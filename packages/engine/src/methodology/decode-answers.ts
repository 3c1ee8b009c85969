import { AnswerCodeError } from './answer-code-error.js';
import { decodeFigure, HEADER_SEPARATOR, RATIO_SEPARATOR, TOKEN_SEPARATOR } from './answer-code-format.js';
import { answerPosition } from './answer-position.js';
import type { Answer, Answers } from './answers.js';
import { assertMethodology } from './assert-methodology.js';
import type { Methodology } from './methodology.js';
import { scoringPlan } from './scoring-plan.js';

/**
 * Unpacks a string made by `encodeAnswers` into answers (unanswered criteria are left out).
 *
 * @throws {AnswerCodeError} when the code is damaged (`answer-code/malformed`) or was made for
 *   another methodology or another version of it.
 * @throws {AnswerError} when a decoded answer does not fit its criterion.
 * @throws {DbiError} `methodology/invalid` when `methodology` is not a methodology object.
 * @example
 * const answers = decodeAnswers(getMethodology('dbi-2021-sme'), location.hash.slice(1));
 */
export function decodeAnswers(methodology: Methodology, code: string): Answers {
  assertMethodology(methodology);
  const expected = { id: methodology.id, version: methodology.version };
  const malformed = (why: string) => new AnswerCodeError('answer-code/malformed', `Not an answer code for '${expected.id}' ${expected.version}: ${why}`, expected);
  if (typeof code !== 'string') throw malformed('expected a string');
  const parts = code.trim().split(HEADER_SEPARATOR);
  if (parts.length !== 3) throw malformed(`expected 'id${HEADER_SEPARATOR}version${HEADER_SEPARATOR}answers'`);
  const [id, version, payload] = parts;
  const found = { id, version };
  if (id !== expected.id) {
    throw new AnswerCodeError('answer-code/other-methodology', `This answer code is for methodology '${id}', not '${expected.id}'.`, expected, found);
  }
  if (version !== expected.version) {
    throw new AnswerCodeError('answer-code/other-version', `This answer code is for '${id}' version ${version}, not ${expected.version}.`, expected, found);
  }
  const { criteria } = scoringPlan(methodology);
  const tokens = payload.split(TOKEN_SEPARATOR);
  if (tokens.length !== criteria.length) throw malformed(`expected ${criteria.length} answers, found ${tokens.length}`);

  const answers: Record<string, Answer> = {};
  criteria.forEach((criterion, i) => {
    const token = tokens[i];
    if (token === '') return;
    let answer: Answer;
    if (criterion.ratio) {
      const figures = token.split(RATIO_SEPARATOR);
      const [numerator, denominator] = figures.map(decodeFigure);
      if (figures.length !== 2 || Number.isNaN(numerator) || Number.isNaN(denominator)) throw malformed(`bad ratio '${token}' for criterion '${criterion.id}'`);
      answer = { numerator, denominator };
    } else {
      if (!/^[0-9a-z]+$/.test(token)) throw malformed(`bad answer '${token}' for criterion '${criterion.id}'`);
      answer = parseInt(token, 36);
    }
    answerPosition(criterion, answer);
    answers[criterion.id] = answer;
  });
  return answers;
}
