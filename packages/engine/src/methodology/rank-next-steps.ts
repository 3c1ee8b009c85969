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
 * closes more of P + S, then to the one that leaves its pillar closest to the level, then to
 * methodology order.
 */
export function rankNextSteps(index: MethodologyIndex, state: ScoredState, limit: number): NextStep[] {
  const target = state.level + 1;
  if (limit <= 0 || target > index.topLevel) return [];
  const threshold = index.thresholds[target - 1];
  const pointsShort = Math.max(0, threshold.abovePoints + 1 - state.total);

  const pillars = index.pillarIds.length;
  const deficit = new Int32Array(pillars);
  const short: number[] = []; // pillars below the target, by deficit ascending
  for (let p = 0; p < pillars; p++) {
    deficit[p] = Math.max(0, index.pillarLevelMin[p][target - 1] - state.pillarPoints[p]);
    if (deficit[p] === 0) continue;
    let at = short.length;
    short.push(p);
    for (; at > 0 && deficit[short[at - 1]] > deficit[p]; at--) short[at] = short[at - 1];
    short[at] = p;
  }
  const needed = Math.max(0, threshold.minPillars - (pillars - short.length));
  const chosen = new Uint8Array(pillars); // 1 for the `needed` cheapest short pillars
  let pillarsShort = 0;
  for (let i = 0; i < needed; i++) {
    chosen[short[i]] = 1;
    pillarsShort += deficit[short[i]];
  }
  const last = needed > 0 ? deficit[short[needed - 1]] : 0;
  const distance = Math.max(pointsShort, pillarsShort);

  // The best candidates so far, best first, in typed scratch arrays: no allocation and no
  // elements-kind changes per call. keys[3k…3k+2] = progress, points closed of P + S, deficit left.
  const kept = Math.min(limit, index.criteria.length);
  const { criterion: bestCriterion, to: bestTo, keys } = index.ranking;
  let count = 0;
  const { criteria, positions } = index;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i];
    const from = positions[i];
    let to = criterion.next[from];
    if (to > criterion.top) continue;
    // The smallest numerator that passes a band can pass the next ones too, but only over a
    // whole denominator below 100 (bands are whole percents apart).
    const denominator = index.denominators[i];
    if (criterion.ratio && denominator < 100 && denominator > 0 && Number.isInteger(denominator)) {
      const scaled = ratioNumerator(criterion, to, denominator) * 100;
      while (to < criterion.top && scaled > criterion.above[to] * denominator) to++;
    }
    const gain = criterion.pointsAt[to] - criterion.pointsAt[from];

    const newPointsShort = Math.max(0, pointsShort - gain);
    let newPillarsShort = pillarsShort;
    let rest = Infinity;
    const d = deficit[criterion.pillar];
    if (d > 0 && needed > 0) {
      rest = Math.max(0, d - gain);
      const inChosen = chosen[criterion.pillar] === 1;
      if (rest === 0) newPillarsShort = pillarsShort - (inChosen ? d : last);
      else if (inChosen) newPillarsShort = pillarsShort - gain;
      else if (rest < last) newPillarsShort = pillarsShort - last + rest;
    }
    const progress = distance - Math.max(newPointsShort, newPillarsShort);
    if (progress <= 0) continue;
    const closes = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);

    // Insertion into the sorted list; equal keys keep methodology order.
    let at = count;
    while (at > 0) {
      const k = (at - 1) * 3;
      if (keys[k] > progress || (keys[k] === progress && (keys[k + 1] > closes || (keys[k + 1] === closes && keys[k + 2] <= rest)))) break;
      at--;
    }
    if (at >= kept) continue;
    if (count < kept) count++;
    for (let j = count - 1; j > at; j--) {
      bestCriterion[j] = bestCriterion[j - 1];
      bestTo[j] = bestTo[j - 1];
      keys[j * 3] = keys[j * 3 - 3];
      keys[j * 3 + 1] = keys[j * 3 - 2];
      keys[j * 3 + 2] = keys[j * 3 - 1];
    }
    bestCriterion[at] = i;
    bestTo[at] = to;
    keys[at * 3] = progress;
    keys[at * 3 + 1] = closes;
    keys[at * 3 + 2] = rest;
  }
  const steps: NextStep[] = [];
  for (let k = 0; k < count; k++) steps.push(nextStep(index, bestCriterion[k], bestTo[k], keys[k * 3], target));
  return steps;
}

function nextStep(index: MethodologyIndex, i: number, to: number, progress: number, targetLevel: number): NextStep {
  const criterion = index.criteria[i];
  const from = index.positions[i];
  const criterionId = criterion.id;
  const pillarId = index.pillarIds[criterion.pillar];
  const points = criterion.pointsAt[to];
  const gain = points - criterion.pointsAt[from];
  // Object literals, not spreads: this runs for every scored assessment.
  if (!criterion.ratio) return { criterionId, pillarId, answer: to, points, gain, progress, targetLevel };
  // `to` may lie past the band aimed at (a small denominator jumps bands).
  const aim = criterion.next[from];
  const denominator = index.denominators[i];
  const answer = { numerator: ratioNumerator(criterion, aim, denominator), denominator: ratioDenominator(denominator) };
  return { criterionId, pillarId, answer, abovePercent: criterion.above[aim - 1], points, gain, progress, targetLevel };
}

// Over a zero ("none") or fractional denominator no whole numerator fits reliably: use 100.
function ratioDenominator(denominator: number): number {
  return Number.isInteger(denominator) && denominator > 0 ? denominator : 100;
}

/** The smallest whole numerator whose share of the denominator is above band `to`'s threshold. */
function ratioNumerator(criterion: IndexedCriterion, to: number, denominator: number): number {
  return Math.floor((criterion.above[to - 1] * ratioDenominator(denominator)) / 100) + 1;
}
