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
 * closes more of P + S, then to the one that leaves its pillar closest to the level, then to
 * methodology order.
 */
export function rankNextSteps(index: MethodologyIndex, state: ScoredState, limit: number): NextStep[] {
  const target = state.level + 1;
  if (limit <= 0 || target > index.topLevel) return [];
  const threshold = index.thresholds[target - 1];
  const pointsShort = Math.max(0, threshold.abovePoints + 1 - state.total);

  const pillars = index.pillarIds.length;
  const deficit: number[] = [];
  const short: number[] = []; // pillars below the target, by deficit ascending
  for (let p = 0; p < pillars; p++) {
    deficit.push(Math.max(0, index.pillarLevelMin[p][target - 1] - state.pillarPoints[p]));
    if (deficit[p] > 0) insertSorted(short, p, deficit);
  }
  const needed = Math.max(0, threshold.minPillars - (pillars - short.length));
  const chosen: boolean[] = deficit.map(() => false); // the `needed` cheapest short pillars
  let pillarsShort = 0;
  for (let i = 0; i < needed; i++) {
    chosen[short[i]] = true;
    pillarsShort += deficit[short[i]];
  }
  const last = needed > 0 ? deficit[short[needed - 1]] : 0;
  const distance = Math.max(pointsShort, pillarsShort);

  // The best `limit` candidates so far, best first, as parallel arrays: no allocation per criterion.
  const best: number[] = [];
  const bestTo: number[] = [];
  const bestProgress: number[] = [];
  const bestCloses: number[] = [];
  const bestRest: number[] = [];
  const { criteria, positions } = index;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i];
    const from = positions[i];
    let to = criterion.next[from];
    if (to > criterion.top) continue;
    // The smallest numerator that passes a band can pass the next one too, but only over a
    // whole denominator below 100 (bands are whole percents apart).
    const denominator = index.denominators[i];
    if (criterion.ratio && denominator < 100 && denominator > 0 && Number.isInteger(denominator)) {
      to = ratioPosition(criterion, ratioNumerator(criterion, to, denominator), denominator);
    }
    const gain = criterion.pointsAt[to] - criterion.pointsAt[from];

    const newPointsShort = Math.max(0, pointsShort - gain);
    let newPillarsShort = pillarsShort;
    let rest = Infinity;
    const d = deficit[criterion.pillar];
    if (d > 0 && needed > 0) {
      rest = Math.max(0, d - gain);
      const inChosen = chosen[criterion.pillar];
      if (rest === 0) newPillarsShort = pillarsShort - (inChosen ? d : last);
      else if (inChosen) newPillarsShort = pillarsShort - gain;
      else if (rest < last) newPillarsShort = pillarsShort - last + rest;
    }
    const progress = distance - Math.max(newPointsShort, newPillarsShort);
    if (progress <= 0) continue;
    const closes = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);

    // Insertion into the sorted short list; equal keys keep methodology order.
    let at = best.length;
    while (
      at > 0 &&
      (bestProgress[at - 1] < progress ||
        (bestProgress[at - 1] === progress && (bestCloses[at - 1] < closes || (bestCloses[at - 1] === closes && bestRest[at - 1] > rest))))
    ) {
      at--;
    }
    if (at >= limit) continue;
    const end = Math.min(best.length, limit - 1);
    for (let j = end; j > at; j--) {
      best[j] = best[j - 1];
      bestTo[j] = bestTo[j - 1];
      bestProgress[j] = bestProgress[j - 1];
      bestCloses[j] = bestCloses[j - 1];
      bestRest[j] = bestRest[j - 1];
    }
    best[at] = i;
    bestTo[at] = to;
    bestProgress[at] = progress;
    bestCloses[at] = closes;
    bestRest[at] = rest;
  }
  return best.map((i, rank) => nextStep(index, i, bestTo[rank], bestProgress[rank], target));
}

function insertSorted(short: number[], pillar: number, deficit: readonly number[]): void {
  let at = short.length;
  while (at > 0 && deficit[short[at - 1]] > deficit[pillar]) at--;
  short.splice(at, 0, pillar);
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
