import { ratioPosition } from './answer-position.js';
import type { NextStep } from './assessment-result.js';
import type { IndexedCriterion, MethodologyIndex } from './methodology-index.js';

/**
 * What `rankNextSteps` needs from one scoring: the totals, plus each criterion's position and
 * (ratios) denominator left in `index.positions` and `index.denominators`.
 */
export interface ScoredState {
  readonly total: number;
  readonly pillarPoints: readonly number[];
  readonly level: number;
}

/**
 * Ranks the one-step answer improvements by how much of the distance to the next overall level
 * they close, and returns the best `limit`, best first.
 *
 * The distance is the fewest extra points that could satisfy both conditions of the next level:
 * `max(P, S)`, where P is the points still missing to pass the total threshold and S the sum of
 * the k smallest pillar deficits (a pillar's deficit being the points it lacks to reach the
 * level, k the number of pillars still needed). Points added inside a short pillar count toward
 * both P and S, so a step there can beat a larger one elsewhere. Ties go to the step that
 * closes more of P + S, then to methodology order.
 */
export function rankNextSteps(index: MethodologyIndex, state: ScoredState, limit: number): NextStep[] {
  const target = state.level + 1;
  if (limit <= 0 || target > index.topLevel) return [];
  const threshold = index.thresholds[target - 1];
  const pointsShort = Math.max(0, threshold.abovePoints + 1 - state.total);

  const pillars = index.pillarIds.length;
  const deficit: number[] = new Array(pillars);
  const short: number[] = []; // pillars below the target, by deficit ascending
  for (let p = 0; p < pillars; p++) {
    deficit[p] = Math.max(0, index.pillarLevelMin[p][target - 1] - state.pillarPoints[p]);
    if (deficit[p] > 0) insertSorted(short, p, deficit);
  }
  const needed = Math.max(0, threshold.minPillars - (pillars - short.length));
  const rank: number[] = new Array(pillars).fill(pillars);
  short.forEach((p, position) => (rank[p] = position));
  let pillarsShort = 0;
  for (let i = 0; i < needed; i++) pillarsShort += deficit[short[i]];
  const last = needed > 0 ? deficit[short[needed - 1]] : 0;
  const distance = Math.max(pointsShort, pillarsShort);

  const best: NextStep[] = [];
  const combined: number[] = [];
  const { criteria, positions } = index;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i];
    const from = positions[i];
    let to = from + 1;
    while (to <= criterion.top && criterion.pointsAt[to] <= criterion.pointsAt[from]) to++;
    if (to > criterion.top) continue;
    let ratio: RatioTarget | undefined;
    if (criterion.ratio) {
      ratio = ratioTarget(criterion, to, index.denominators[i]);
      to = ratio.position;
    }
    const gain = criterion.pointsAt[to] - criterion.pointsAt[from];

    const newPointsShort = Math.max(0, pointsShort - gain);
    let newPillarsShort = pillarsShort;
    const d = deficit[criterion.pillar];
    if (d > 0 && needed > 0) {
      const inChosen = rank[criterion.pillar] < needed;
      const rest = Math.max(0, d - gain);
      if (rest === 0) newPillarsShort = pillarsShort - (inChosen ? d : last);
      else if (inChosen) newPillarsShort = pillarsShort - gain;
      else if (rest < last) newPillarsShort = pillarsShort - last + rest;
    }
    const progress = distance - Math.max(newPointsShort, newPillarsShort);
    if (progress <= 0) continue;
    const closes = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);

    // Keep `best` sorted and at most `limit` long; equal keys keep methodology order.
    let at = best.length;
    while (at > 0 && (best[at - 1].progress < progress || (best[at - 1].progress === progress && combined[at - 1] < closes))) at--;
    if (at >= limit) continue;
    const step = { criterionId: criterion.id, pillarId: index.pillarIds[criterion.pillar], points: criterion.pointsAt[to], gain, progress, targetLevel: target };
    best.splice(at, 0, ratio ? { ...step, answer: ratio.answer, abovePercent: ratio.abovePercent } : { ...step, answer: to });
    combined.splice(at, 0, closes);
    if (best.length > limit) {
      best.pop();
      combined.pop();
    }
  }
  return best;
}

function insertSorted(short: number[], pillar: number, deficit: readonly number[]): void {
  let at = short.length;
  while (at > 0 && deficit[short[at - 1]] > deficit[pillar]) at--;
  short.splice(at, 0, pillar);
}

interface RatioTarget {
  readonly answer: { numerator: number; denominator: number };
  readonly abovePercent: number;
  readonly position: number;
}

/**
 * The smallest whole numerator that lifts a ratio to band `to`, over the business's own
 * denominator, and the position it really reaches (a small denominator can jump several bands).
 */
function ratioTarget(criterion: IndexedCriterion, to: number, denominator: number): RatioTarget {
  // Over a zero ("none") or fractional denominator no whole numerator fits reliably: use 100.
  const over = Number.isInteger(denominator) && denominator > 0 ? denominator : 100;
  const abovePercent = criterion.above[to - 1];
  const numerator = Math.floor((abovePercent * over) / 100) + 1;
  return { answer: { numerator, denominator: over }, abovePercent, position: ratioPosition(criterion, numerator, over) };
}
