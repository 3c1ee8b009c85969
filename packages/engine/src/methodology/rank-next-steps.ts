import type { NextStep } from './assessment-result.js';
import type { ScoringPlan } from './scoring-plan.js';

/**
 * Ranks the one-step answer improvements by how much of the distance to the next overall level
 * they close, and returns the best `limit`, best first. Reads the scoring just done from the
 * plan's scratch space: each criterion's position and ratio denominator, each pillar's points.
 *
 * The distance is the fewest extra points that could satisfy both conditions of the next level:
 * `max(P, S)`, where P is the points still missing to pass the total threshold and S the sum of
 * the k smallest pillar deficits (a pillar's deficit being the points it lacks to reach the
 * level, k the number of pillars still needed). Points added inside a short pillar count toward
 * both P and S, so a step there can beat a larger one elsewhere. Ties go to the step that
 * closes more of P + S, then to the one that leaves its pillar closest to the level, then to
 * methodology order.
 */
export function rankNextSteps(plan: ScoringPlan, total: number, level: number, limit: number): NextStep[] {
  const target = level + 1;
  if (!(limit > 0) || target > plan.topLevel) return [];
  const threshold = plan.index.thresholds[target - 1];
  const pointsShort = Math.max(0, threshold.abovePoints + 1 - total);

  // Each pillar's deficit, then the `needed` smallest deficits chosen, ties to the earlier
  // pillar: a few passes of a minimum over a handful of pillars.
  const { pillarPoints, deficits: deficit, chosen } = plan;
  const pillars = pillarPoints.length;
  let shortCount = 0;
  for (let p = 0; p < pillars; p++) {
    deficit[p] = Math.max(0, plan.index.pillarLevelMin[p][target - 1] - pillarPoints[p]);
    chosen[p] = 0;
    if (deficit[p] > 0) shortCount++;
  }
  const needed = Math.min(shortCount, Math.max(0, threshold.minPillars - (pillars - shortCount)));
  let pillarsShort = 0;
  let last = 0; // the largest chosen deficit
  for (let k = 0; k < needed; k++) {
    let pick = -1;
    for (let p = 0; p < pillars; p++) {
      if (deficit[p] > 0 && chosen[p] === 0 && (pick < 0 || deficit[p] < deficit[pick])) pick = p;
    }
    chosen[pick] = 1;
    pillarsShort += deficit[pick];
    last = deficit[pick];
  }

  const { start, pointsAt, gainAt, next, above, positions, denominators, pillarFirst, pillarMaxGain, best, rankState: state, stepKeys: keys } = plan;
  state[0] = pointsShort;
  state[1] = pillarsShort;
  state[2] = last;
  best.reset(limit);
  for (let p = 0; p < pillars; p++) {
    state[3] = deficit[p];
    state[4] = deficit[p] > 0 && needed > 0 ? 1 : 0; // whether a step here can shorten S
    state[5] = chosen[p];
    // Within a pillar a step's keys depend on its gain alone and never worsen as it grows, so
    // the steps that can still be kept are exactly those gaining at least `minGain`: most are
    // turned away by that one comparison, and a pillar where no step closes anything (minGain
    // Infinity) is not walked at all.
    const maxGain = pillarMaxGain[p];
    let minGain = smallestAdmittedGain(plan, 1, maxGain);
    const end = pillarFirst[p + 1];
    for (let i = pillarFirst[p]; i < end && minGain <= maxGain; i++) {
      const s = start[i];
      const from = positions[i];
      let gain = gainAt[s + from];
      if (gain === 0) continue; // at the top, or no higher answer is worth more
      let to = next[s + from];
      // The smallest numerator that passes a band can pass the next ones too, but only over a
      // whole denominator below 100 (bands are whole percents apart). Non-ratios have 0 here.
      const denominator = denominators[i];
      if (denominator > 0 && denominator < 100 && Number.isInteger(denominator)) {
        const scaled = ratioNumerator(plan, i, to, denominator) * 100;
        const { top } = plan.index.criteria[i];
        while (to < top && scaled > above[s + to] * denominator) to++;
        gain = pointsAt[s + to] - pointsAt[s + from];
      }
      if (gain < minGain) continue;
      stepKeys(plan, gain);
      best.offer(i, to, keys[0], keys[1], keys[2]);
      if (best.count === limit) minGain = smallestAdmittedGain(plan, minGain, maxGain);
    }
  }
  const steps: NextStep[] = [];
  for (let r = 0; r < best.count; r++) steps.push(nextStep(plan, best.item(r), best.value(r), best.first(r), target));
  return steps;
}

/**
 * The ranking keys of a step of `gain` points in the pillar described by `plan.rankState`
 * ([P, S, largest chosen deficit, the pillar's deficit, counted, chosen]), into `plan.stepKeys`:
 * the progress, the points it closes of P + S, and what its pillar still lacks (Infinity when
 * the pillar does not count).
 */
function stepKeys(plan: ScoringPlan, gain: number): void {
  const state = plan.rankState;
  const pointsShort = state[0];
  const pillarsShort = state[1];
  const last = state[2];
  const d = state[3];
  const counted = state[4];
  const inChosen = state[5];
  const newPointsShort = Math.max(0, pointsShort - gain);
  let newPillarsShort = pillarsShort;
  let rest = Infinity;
  if (counted === 1) {
    rest = Math.max(0, d - gain);
    if (rest === 0) newPillarsShort = pillarsShort - (inChosen === 1 ? d : last);
    else if (inChosen === 1) newPillarsShort = pillarsShort - gain;
    else if (rest < last) newPillarsShort = pillarsShort - last + rest;
  }
  const keys = plan.stepKeys;
  keys[0] = Math.max(pointsShort, pillarsShort) - Math.max(newPointsShort, newPillarsShort);
  keys[1] = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);
  keys[2] = rest;
}

/** Whether a step of `gain` points in the current pillar makes progress and would be kept now. */
function admitted(plan: ScoringPlan, gain: number): boolean {
  stepKeys(plan, gain);
  const keys = plan.stepKeys;
  return keys[0] > 0 && plan.best.admits(keys[0], keys[1], keys[2]);
}

/**
 * The smallest whole gain from `from` up to `maxGain` that `admitted` accepts, or Infinity.
 * Admission never turns false as the gain grows, so `from` itself is tried first (it usually
 * is the answer), then a binary search.
 */
function smallestAdmittedGain(plan: ScoringPlan, from: number, maxGain: number): number {
  if (admitted(plan, from)) return from;
  if (!admitted(plan, maxGain)) return Infinity;
  let low = from; // not admitted
  let high = maxGain; // admitted
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (admitted(plan, middle)) high = middle;
    else low = middle;
  }
  return high;
}

function nextStep(plan: ScoringPlan, i: number, to: number, progress: number, targetLevel: number): NextStep {
  const s = plan.start[i];
  const from = plan.positions[i];
  const criterionId = plan.ids[i];
  const pillarId = plan.pillarIds[plan.pillarOf[i]];
  const points = plan.pointsAt[s + to];
  const gain = points - plan.pointsAt[s + from];
  // Object literals, not spreads: this runs for every scored assessment.
  if (!plan.index.criteria[i].ratio) return { criterionId, pillarId, answer: to, points, gain, progress, targetLevel };
  // `to` may lie past the band aimed at (a small denominator jumps bands).
  const aim = plan.next[s + from];
  const denominator = plan.denominators[i];
  const answer = { numerator: ratioNumerator(plan, i, aim, denominator), denominator: ratioDenominator(denominator) };
  return { criterionId, pillarId, answer, abovePercent: plan.above[s + aim - 1], points, gain, progress, targetLevel };
}

// Over a zero ("none") or fractional denominator no whole numerator fits reliably: use 100.
function ratioDenominator(denominator: number): number {
  return Number.isInteger(denominator) && denominator > 0 ? denominator : 100;
}

/** The smallest whole numerator whose share of the denominator is above band `to`'s threshold. */
function ratioNumerator(plan: ScoringPlan, i: number, to: number, denominator: number): number {
  return Math.floor((plan.above[plan.start[i] + to - 1] * ratioDenominator(denominator)) / 100) + 1;
}
