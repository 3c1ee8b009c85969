import { AnswerError } from './answer-error.js';
import { answerPosition } from './answer-position.js';
import { assertKnownIds } from './assert-known-ids.js';
import type { Answers, RatioAnswer } from './answers.js';
import type { AssessmentResult, CriterionResult, PillarResult, ScoreOptions } from './assessment-result.js';
import type { Methodology } from './methodology.js';
import { indexMethodology, type MethodologyIndex } from './methodology-index.js';
import { rankNextSteps } from './rank-next-steps.js';

/**
 * Scores one business's answers: points and percent overall and per pillar, each pillar's level
 * and the overall level by the methodology's rules, each criterion's contribution, the missing
 * answers and the next steps toward the next level. Pure and deterministic: the same input gives
 * the same result in Node and in the browser.
 *
 * Missing answers (absent, `undefined` or `null`) score 0 and are listed in `missing`.
 *
 * @throws {AnswerError} for an unknown criterion id or an answer of the wrong shape or range.
 * @example
 * const dbi = getMethodology('dbi-2021-sme');
 * const result = scoreAssessment(dbi, { '1.1.1': 4, '2.1.1': 3, '1.1.5': { numerator: 2, denominator: 10 } });
 * result.points; // 4 + 15 + 1 = 20
 * result.level;  // 0
 */
export function scoreAssessment(methodology: Methodology, answers: Answers, options: ScoreOptions = {}): AssessmentResult {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new AnswerError('', 'wrong-shape', 'answers must be an object keyed by criterion id');
  }
  const index = indexMethodology(methodology);
  const { criteria, positions, denominators, pillarIds, pillarMax } = index;
  const pillarPoints: number[] = new Array(pillarIds.length).fill(0);
  const criterionResults: CriterionResult[] = new Array(criteria.length);
  const missing: string[] = [];
  let total = 0;
  let given = 0;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i];
    const answer = answers[criterion.id];
    let points = 0;
    if (answer === undefined || answer === null) {
      if (answer === null) given++;
      missing.push(criterion.id);
      positions[i] = 0;
      denominators[i] = 0;
    } else {
      given++;
      const position = answerPosition(criterion, answer);
      positions[i] = position;
      if (criterion.ratio) denominators[i] = (answer as RatioAnswer).denominator;
      points = criterion.pointsAt[position];
      pillarPoints[criterion.pillar] += points;
      total += points;
    }
    criterionResults[i] = { id: criterion.id, pillarId: pillarIds[criterion.pillar], points, maxPoints: criterion.maxPoints };
  }
  // Counting keys is cheaper than looking each one up; only a mismatch needs the slow search.
  let keys = 0;
  for (const _ in answers) keys++;
  if (keys !== given) assertKnownIds(answers, index);

  const pillarLevels = pillarPoints.map((points, p) => pillarLevel(index, p, points));
  const level = overallLevel(index, total, pillarLevels);
  const pillars: PillarResult[] = pillarPoints.map((points, p) => ({
    id: pillarIds[p],
    points,
    maxPoints: pillarMax[p],
    percent: percentOf(points, pillarMax[p]),
    level: pillarLevels[p],
  }));
  return {
    methodology: { id: methodology.id, version: methodology.version },
    points: total,
    maxPoints: methodology.maxPoints,
    percent: percentOf(total, methodology.maxPoints),
    level,
    pillars,
    criteria: criterionResults,
    missing,
    complete: missing.length === 0,
    nextSteps: rankNextSteps(index, { total, pillarPoints, level }, options.nextSteps ?? 5),
  };
}

/** The pillar's level: how many of its (rising) level minima its whole points reach. */
function pillarLevel(index: MethodologyIndex, pillar: number, points: number): number {
  const minima = index.pillarLevelMin[pillar];
  let level = 0;
  while (level < minima.length && points >= minima[level]) level++;
  return level;
}

/** The highest level whose total-points and pillar-count conditions both hold, else 0. */
function overallLevel(index: MethodologyIndex, total: number, pillarLevels: readonly number[]): number {
  for (let i = index.thresholds.length - 1; i >= 0; i--) {
    const { level, abovePoints, minPillars } = index.thresholds[i];
    if (total <= abovePoints) continue;
    let reached = 0;
    for (const pillar of pillarLevels) if (pillar >= level) reached++;
    if (reached >= minPillars) return level;
  }
  return 0;
}

/** Percent rounded once, to 2 decimals. */
function percentOf(points: number, maxPoints: number): number {
  return maxPoints === 0 ? 0 : Math.round((points * 10000) / maxPoints) / 100;
}
