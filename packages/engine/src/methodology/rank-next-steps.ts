import type { NextStep } from './assessment-result.js';
import type { ScoringPlan } from './scoring-plan.js';
import { smallestNumerator, stepDenominator, stepTarget } from './step-target.js';

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
  const threshold = plan.thresholds[target - 1];
  const pointsShort = Math.max(0, threshold.abovePoints + 1 - total);

  // Each pillar's deficit, then the `needed` smallest deficits chosen, ties to the earlier
  // pillar: a few passes of a minimum over a handful of pillars.
  const { pillarPoints, deficits: deficit, chosen } = plan;
  const pillars = pillarPoints.length;
  let shortCount = 0;
  for (let p = 0; p < pillars; p++) {
    deficit[p] = Math.max(0, plan.pillarLevelMin[p][target - 1] - pillarPoints[p]);
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

  const distance = Math.max(pointsShort, pillarsShort);
  const { start, positions, gainAt, pointsAt, denominators, jumpsBelow, pillarFirst, best } = plan;
  best.reset(limit);
  for (let p = 0; p < pillars; p++) {
    const d = deficit[p];
    const counted = d > 0 && needed > 0; // a step here can shorten S
    const inChosen = chosen[p] === 1;
    // With S ≥ P, a step that cannot shorten S closes nothing.
    if (pillarsShort >= pointsShort && !counted) continue;
    // Within a pillar the three keys depend on the gain alone and never worsen as it grows, so
    // they are worked out again only when the gain changes, and once a gain is refused (the
    // kept set only improves) no gain up to it can be kept later in the pillar.
    let refused = 0;
    let keyedGain = 0;
    let progress = 0;
    let closed = 0;
    let rest = Infinity;
    const end = pillarFirst[p + 1];
    for (let i = pillarFirst[p]; i < end; i++) {
      const at = start[i] + positions[i];
      let gain = gainAt[at];
      // Only a ratio over a small denominator can jump bands: then its step is worked out in full.
      // That test first: it is nearly always false, while `gain > 0` varies with the answers.
      if (denominators[i] < jumpsBelow[i] && gain > 0) gain = pointsAt[start[i] + stepTarget(plan, i, at)] - pointsAt[at];
      if (gain <= refused) continue; // 0: at the top, or no higher answer is worth more
      if (gain !== keyedGain) {
        keyedGain = gain;
        const newPointsShort = Math.max(0, pointsShort - gain);
        let newPillarsShort = pillarsShort;
        if (counted) {
          rest = Math.max(0, d - gain);
          if (rest === 0) newPillarsShort = pillarsShort - (inChosen ? d : last);
          else if (inChosen) newPillarsShort = pillarsShort - gain;
          else if (rest < last) newPillarsShort = pillarsShort - last + rest;
        }
        progress = distance - Math.max(newPointsShort, newPillarsShort);
        closed = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);
      }
      if (!(progress > 0 && best.offer(i, gain, progress, closed, rest))) refused = gain;
    }
  }
  const steps: NextStep[] = new Array(best.count);
  const { slots } = best;
  for (let r = 0; r < steps.length; r++) steps[r] = nextStep(plan, slots[r * 5], slots[r * 5 + 1], slots[r * 5 + 2], target);
  return steps;
}

function nextStep(plan: ScoringPlan, i: number, gain: number, progress: number, targetLevel: number): NextStep {
  const s = plan.start[i];
  const from = s + plan.positions[i];
  const { id: criterionId, pillarId } = plan.results[from];
  const points = plan.pointsAt[from] + gain;
  const aim = plan.next[from];
  // Object literals, not spreads: this runs for every scored assessment.
  if (!plan.criteria[i].ratio) return { criterionId, pillarId, answer: aim, points, gain, progress, targetLevel };
  // The answer aims at the next band; it may be worth more (a small denominator jumps bands).
  const denominator = plan.denominators[i];
  const abovePercent = plan.above[s + aim - 1];
  const answer = { numerator: smallestNumerator(abovePercent, denominator), denominator: stepDenominator(denominator) };
  return { criterionId, pillarId, answer, abovePercent, points, gain, progress, targetLevel };
}
