import { DbiError } from '../dbi-error.js';
import type { Answers } from './answers.js';
import { assertAnswersObject } from './assert-answers-object.js';
import type { AssessmentResult, CriterionResult, PillarResult, ScoreOptions } from './assessment-result.js';
import type { Methodology } from './methodology.js';
import { percentOf } from './percent-of.js';
import { rankNextSteps } from './rank-next-steps.js';
import { readAnswers } from './read-answers.js';
import { pillarResult, scoringPlan, type ScoringPlan } from './scoring-plan.js';

/**
 * Scores one business's answers: points and percent overall and per pillar, each pillar's level
 * and the overall level by the methodology's rules, each criterion's contribution, the missing
 * answers and the next steps toward the next level. Pure and deterministic: the same input gives
 * the same result in Node and in the browser.
 *
 * Missing answers (absent, `undefined` or `null`) score 0 and are listed in `missing`. The
 * result is plain data, partly frozen: the per-criterion and per-pillar entries, the next steps
 * of step and option criteria and `methodology` are shared between results that have the same values.
 *
 * @throws {AnswerError} for an unknown criterion id or an answer of the wrong shape or range (or
 * answers that are not a plain object, such as a `Map`).
 * @throws {DbiError} `methodology/invalid` when `methodology` is not a methodology object.
 * @throws {DbiError} `options/invalid` when `options.nextSteps` is not a whole number ≥ 0.
 * @example
 * const dbi = getMethodology('dbi-2021-sme');
 * const result = scoreAssessment(dbi, { '1.1.1': 4, '2.1.1': 3, '1.1.5': { numerator: 2, denominator: 10 } });
 * result.points; // 4 + 15 + 1 = 20
 * result.level;  // 0
 */
export function scoreAssessment(methodology: Methodology, answers: Answers, options: ScoreOptions = {}): AssessmentResult {
  assertAnswersObject(answers);
  const limit = options?.nextSteps ?? 5;
  if (!(Number.isInteger(limit) && limit >= 0)) throw new DbiError('options/invalid', `options.nextSteps must be a whole number ≥ 0, got ${String(limit)}`);
  const plan = scoringPlan(methodology);
  readAnswers(plan, answers);
  const { ids, start, pointsAt, results, positions, denominators, pillarFirst, pillarPoints } = plan;
  const criteria: CriterionResult[] = new Array(ids.length);
  const missing: string[] = [];
  let total = 0;
  // Pillar by pillar (their criteria are contiguous), summing in a local.
  for (let p = 0; p < pillarPoints.length; p++) {
    let sum = 0;
    const end = pillarFirst[p + 1];
    for (let i = pillarFirst[p]; i < end; i++) {
      let position = positions[i];
      if (position < 0) {
        missing.push(ids[i]);
        position = positions[i] = 0;
        denominators[i] = 0;
      }
      const at = start[i] + position;
      sum += pointsAt[at];
      criteria[i] = results[at];
    }
    pillarPoints[p] = sum;
    total += sum;
  }
  const pillars: PillarResult[] = new Array(pillarPoints.length);
  for (let p = 0; p < pillarPoints.length; p++) {
    pillars[p] = pillarResult(plan, p, pillarPoints[p]);
  }
  const level = overallLevel(plan, total, pillars);
  return {
    methodology: plan.methodologyRef,
    points: total,
    maxPoints: plan.maxPoints,
    percent: percentOf(total, plan.maxPoints),
    level,
    pillars,
    criteria,
    missing,
    complete: missing.length === 0,
    nextSteps: rankNextSteps(plan, total, level, limit),
  };
}

/** The highest level whose total-points and pillar-count conditions both hold, else 0. */
function overallLevel(plan: ScoringPlan, total: number, pillars: readonly PillarResult[]): number {
  const { thresholds } = plan;
  for (let i = thresholds.length - 1; i >= 0; i--) {
    const { level, abovePoints, minPillars } = thresholds[i];
    if (total <= abovePoints) continue;
    let reached = 0;
    // Counted without a branch: which pillars reach the level varies with the answers.
    for (let p = 0; p < pillars.length; p++) reached += Number(pillars[p].level >= level);
    if (reached >= minPillars) return level;
  }
  return 0;
}
