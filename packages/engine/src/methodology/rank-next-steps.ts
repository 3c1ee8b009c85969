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

  // Each pillar's deficit; then the `needed` smallest deficits are chosen, ties to the earlier
  // pillar: each short pillar is ranked among the short ones, counted without branches (which
  // pillars are short varies with the answers).
  const { pillarPoints, deficits: deficit, chosen, order, levelMin, topLevel } = plan;
  const pillars = pillarPoints.length;
  let shortCount = 0;
  for (let p = 0; p < pillars; p++) {
    const d = Math.max(0, levelMin[p * topLevel + target - 1] - pillarPoints[p]);
    deficit[p] = d;
    shortCount += Number(d > 0);
    // One number per pillar orders the short ones by deficit, then pillar; the others come last.
    order[p] = d > 0 ? d * pillars + p : Infinity;
  }
  const needed = Math.min(shortCount, Math.max(0, threshold.minPillars - (pillars - shortCount)));
  let pillarsShort = 0;
  let last = 0; // the largest chosen deficit
  for (let p = 0; p < pillars; p++) {
    let rank = 0;
    for (let q = 0; q < pillars; q++) rank += Number(order[q] < order[p]);
    chosen[p] = Number(rank < needed);
    pillarsShort += chosen[p] * deficit[p];
    last = Math.max(last, chosen[p] * deficit[p]);
  }

  const { start, positions, pointsAt, denominators, jumpsBelow, pillarFirst, slotGain, gainSlot, slotKeys, slotPillar, best, maxPoints, jumpers } = plan;
  const n = positions.length;
  const unit = (2 * maxPoints + 1) * (maxPoints + 2); // one point of progress (see `stepKey`)
  // Every candidate gets one whole number that orders it by the three keys and then by
  // methodology order (`stepKey × n + n - 1 - i`), so candidates can be offered in any order.
  best.reset(limit, unit * n - 1); // above it: progress ≥ 1
  // Within a pillar a key depends on the gain alone: one key per gain slot (slot 0 is no gain).
  let top = 1;
  for (let s = 1; s < slotKeys.length; s++) {
    slotKeys[s] = stepKey(plan, slotPillar[s], slotGain[s], pointsShort, pillarsShort, needed, last);
    if (slotKeys[s] > slotKeys[top]) top = s;
  }
  // Each slot walks its pillar in methodology order, so its keys fall as it goes and it stops
  // at the first that cannot be kept. The best slot goes first: it usually fills the selection,
  // and every other slot then stops at once. A ratio over a small denominator can jump bands,
  // so its step can be worth more than its slot says: when the answers have such ratios
  // (`jumpers`, counted while reading; nearly always none), every slot is walked to its end and
  // those steps are keyed one by one.
  for (let k = 1; k < slotKeys.length; k++) {
    const s = k === 1 ? top : k === top ? 1 : k;
    const p = slotPillar[s];
    const base = slotKeys[s] * n + n - 1;
    if (jumpers === 0 && !(base - pillarFirst[p] > best.threshold)) continue;
    for (let i = pillarFirst[p]; i < pillarFirst[p + 1]; i++) {
      const from = start[i] + positions[i];
      if (gainSlot[from] !== s) continue;
      if (jumpers > 0 && denominators[i] < jumpsBelow[i]) {
        const key = stepKey(plan, p, pointsAt[start[i] + stepTarget(plan, i, from)] - pointsAt[from], pointsShort, pillarsShort, needed, last);
        if (key * n + n - 1 - i > best.threshold) best.offer(i, key * n + n - 1 - i, key);
      } else if (base - i > best.threshold) best.offer(i, base - i, slotKeys[s]);
      else if (jumpers === 0) break;
    }
  }
  const steps: NextStep[] = new Array(best.count);
  for (let r = 0; r < steps.length; r++) steps[r] = nextStep(plan, best.items[r], Math.floor(best.values[r] / unit), target);
  return steps;
}

/**
 * A step's three ranking keys for `gain` in pillar `p`, in one whole number: its progress (how
 * much of the distance `max(P, S)` it closes), then the P + S it closes, then (only in a pillar
 * that counts toward S) how close it leaves the pillar to the level. Each stays within its
 * radix: progress and the pillar's rest are at most `maxPoints`, the closed part twice that.
 */
function stepKey(plan: ScoringPlan, p: number, gain: number, pointsShort: number, pillarsShort: number, needed: number, last: number): number {
  const { maxPoints } = plan;
  const d = plan.deficits[p];
  const counted = Number(d > 0 && needed > 0); // a step here can shorten S
  // The most a step here takes off S: its own deficit if chosen, else the largest chosen one
  // (`last`) it can displace by ending below it; nothing when the pillar does not count.
  const x = counted * (plan.chosen[p] === 1 ? d : last);
  const newPointsShort = Math.max(0, pointsShort - gain);
  const rest = Math.max(0, d - gain);
  const newPillarsShort = pillarsShort - x + Math.min(rest, x);
  const progress = Math.max(pointsShort, pillarsShort) - Math.max(newPointsShort, newPillarsShort);
  const closed = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);
  return (progress * (2 * maxPoints + 1) + closed) * (maxPoints + 2) + counted * (maxPoints + 1 - rest);
}

function nextStep(plan: ScoringPlan, i: number, progress: number, targetLevel: number): NextStep {
  const s = plan.start[i];
  const from = s + plan.positions[i];
  // Object literals, not spreads: this runs for every scored assessment. A step to a step or
  // option depends only on where it starts, its progress and the level: built once, shared.
  if (!plan.criteria[i].ratio) return ((plan.steps[from * (plan.topLevel + 1) + targetLevel] ??= [])[progress] ??= sharedStep(plan, from, progress, targetLevel));
  const { id: criterionId, pillarId } = plan.results[from];
  // The answer aims at the next band; it may be worth more (a small denominator jumps bands).
  const gain = plan.pointsAt[s + stepTarget(plan, i, from)] - plan.pointsAt[from];
  const aim = plan.next[from];
  const denominator = plan.denominators[i];
  const abovePercent = plan.above[s + aim - 1];
  const answer = { numerator: smallestNumerator(abovePercent, denominator), denominator: stepDenominator(denominator) };
  return { criterionId, pillarId, answer, abovePercent, points: plan.pointsAt[from] + gain, gain, progress, targetLevel };
}

/** The frozen step from position `from` of a step or option criterion to the next answer worth more. */
function sharedStep(plan: ScoringPlan, from: number, progress: number, targetLevel: number): NextStep {
  const { id: criterionId, pillarId } = plan.results[from];
  const gain = plan.slotGain[plan.gainSlot[from]];
  return Object.freeze({ criterionId, pillarId, answer: plan.next[from], points: plan.pointsAt[from] + gain, gain, progress, targetLevel });
}
