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
  const { start, pointsAt, gainAt, next, above, positions, denominators, pillarFirst, best } = plan;
  best.reset(limit);
  for (let p = 0; p < pillars; p++) {
    const d = deficit[p];
    const counted = d > 0 && needed > 0; // a step here can shorten S
    const inChosen = chosen[p] === 1;
    // With S ≥ P, a step that cannot shorten S closes nothing.
    if (pillarsShort >= pointsShort && !counted) continue;
    // Within a pillar the three keys depend on the gain alone, and most steps gain the same: they
    // are worked out again only when the gain changes. Once a key is refused, its equals later
    // in the pillar are too (the kept set only improves), so they are not offered.
    let keyedGain = -1;
    let open = false;
    let progress = 0;
    let closed = 0;
    let rest = Infinity;
    const end = pillarFirst[p + 1];
    for (let i = pillarFirst[p]; i < end; i++) {
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
        const { top } = plan.criteria[i];
        while (to < top && scaled > above[s + to] * denominator) to++;
        gain = pointsAt[s + to] - pointsAt[s + from];
      }

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
        open = progress > 0;
      }
      if (open) open = best.offer(i, to, progress, closed, rest);
    }
  }
  const steps: NextStep[] = [];
  const { slots } = best;
  for (let k = 0; k < best.count * 5; k += 5) steps.push(nextStep(plan, slots[k], slots[k + 1], slots[k + 2], target));
  return steps;
}

function nextStep(plan: ScoringPlan, i: number, to: number, progress: number, targetLevel: number): NextStep {
  const s = plan.start[i];
  const from = plan.positions[i];
  // The criterion's shared result at `to` holds its ids and points.
  const { id: criterionId, pillarId, points } = plan.results[s + to];
  const gain = points - plan.pointsAt[s + from];
  // Object literals, not spreads: this runs for every scored assessment.
  if (!plan.criteria[i].ratio) return { criterionId, pillarId, answer: to, points, gain, progress, targetLevel };
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
