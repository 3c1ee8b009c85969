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
  const { pillarPoints, deficits: deficit, chosen, order, levelMin } = plan;
  const pillars = pillarPoints.length;
  const levels = plan.topLevel;
  let shortCount = 0;
  for (let p = 0; p < pillars; p++) {
    const d = Math.max(0, levelMin[p * levels + target - 1] - pillarPoints[p]);
    deficit[p] = d;
    shortCount += Number(d > 0);
    // One number per pillar orders the short ones by deficit, then pillar; others come last.
    order[p] = d > 0 ? d * pillars + p : Infinity;
  }
  const needed = Math.min(shortCount, Math.max(0, threshold.minPillars - (pillars - shortCount)));
  let pillarsShort = 0;
  let last = 0; // the largest chosen deficit
  for (let p = 0; p < pillars; p++) {
    let rank = 0;
    for (let q = 0; q < pillars; q++) rank += Number(order[q] < order[p]);
    const pick = Number(rank < needed);
    const d = deficit[p] * pick;
    chosen[p] = pick;
    pillarsShort += d;
    last = Math.max(last, d);
  }

  const { start, positions, gainAt, pointsAt, denominators, jumpsBelow, pillarFirst, pillarSlots, slotGain, gainSlot, slotKeys, slotPillar, ratios, jumps, best, keyUnit } = plan;
  const n = positions.length;
  // Every candidate gets one whole number that orders it by the three keys and then by
  // methodology order (`stepKey × n + n - 1 - i`), so candidates can be offered in any order.
  best.reset(limit, keyUnit * n - 1); // above it: progress ≥ 1
  // Within a pillar a key depends on the gain alone: one key per gain slot, the best noted.
  let top = 0;
  for (let p = 0; p < pillars; p++) {
    const d = deficit[p];
    const counted = Number(d > 0) & Number(needed > 0); // a step here can shorten S
    // What a step here takes off S at most: its own deficit if chosen, else it can displace the
    // largest chosen one (`last`); nothing when the pillar does not count.
    const x = counted * (chosen[p] === 1 ? d : last);
    for (let s = pillarSlots[p]; s < pillarSlots[p + 1]; s++) {
      slotKeys[s] = stepKey(plan, slotGain[s], pointsShort, pillarsShort, d, x, counted);
      if (slotKeys[s] > slotKeys[top]) top = s; // slot 0 (no gain) keeps key 0
    }
  }
  // A ratio over a small denominator can jump bands, so its step can be worth more than its
  // slot says: those few (counted while reading) are keyed one by one and left out of the walks.
  let jumpCount = 0;
  for (let r = 0; plan.jumpers > 0 && r < ratios.length; r++) {
    const i = ratios[r];
    const from = start[i] + positions[i];
    if (denominators[i] < jumpsBelow[i] && gainAt[from] > 0) {
      jumps[jumpCount++] = i;
      const p = slotPillar[gainSlot[from]];
      const d = deficit[p];
      const counted = Number(d > 0) & Number(needed > 0);
      const key = stepKey(plan, pointsAt[start[i] + stepTarget(plan, i, from)] - pointsAt[from], pointsShort, pillarsShort, d, counted * (chosen[p] === 1 ? d : last), counted);
      if (key * n + n - 1 - i > best.threshold) best.offer(i, key * n + n - 1 - i, Math.floor(key / keyUnit));
    }
  }
  // Then each gain slot walks its pillar in methodology order, so its keys fall as it goes and it
  // stops at the first that cannot be kept. The best slot goes first: it usually fills the
  // selection, and every other slot then stops at once.
  for (let k = 0; k < slotKeys.length; k++) {
    const s = k === 0 ? top : k === top ? 0 : k;
    const p = slotPillar[s];
    const base = slotKeys[s] * n + n - 1;
    if (!(base - pillarFirst[p] > best.threshold)) continue; // slot 0 too: its key is 0
    const progress = Math.floor(slotKeys[s] / keyUnit);
    const end = pillarFirst[p + 1];
    for (let i = pillarFirst[p]; i < end; i++) {
      if (gainSlot[start[i] + positions[i]] !== s || isJump(jumps, jumpCount, i)) continue;
      if (!(base - i > best.threshold)) break;
      best.offer(i, base - i, progress);
    }
  }
  const steps: NextStep[] = new Array(best.count);
  const { items, values } = best;
  for (let r = 0; r < steps.length; r++) steps[r] = nextStep(plan, items[r], values[r], target);
  return steps;
}

/** Whether criterion `i` is among the first `count` of `jumps` (nearly always none). */
function isJump(jumps: Int32Array, count: number, i: number): boolean {
  for (let j = 0; j < count; j++) if (jumps[j] === i) return true;
  return false;
}

/**
 * A step's three ranking keys, in one whole number: progress, then the P + S it closes, then
 * (only in a counted pillar) how close it leaves its pillar, each within its radix (progress
 * and the pillar's rest are at most `maxPoints`, the closed part at most twice that). `d` is
 * the pillar's deficit, `x` the most a step in it can take off S.
 */
function stepKey(plan: ScoringPlan, gain: number, pointsShort: number, pillarsShort: number, d: number, x: number, counted: number): number {
  const newPointsShort = Math.max(0, pointsShort - gain);
  const rest = Math.max(0, d - gain);
  // A chosen pillar (x = d) loses what the step covers of its deficit; another counted pillar
  // replaces the largest chosen deficit if it ends below it; an uncounted one (x = 0) changes nothing.
  const newPillarsShort = pillarsShort - x + Math.min(rest, x);
  const progress = Math.max(pointsShort, pillarsShort) - Math.max(newPointsShort, newPillarsShort);
  const closed = pointsShort - newPointsShort + (pillarsShort - newPillarsShort);
  const closeness = counted * (plan.restRadix - 1 - rest);
  return (progress * plan.closedRadix + closed) * plan.restRadix + closeness;
}

function nextStep(plan: ScoringPlan, i: number, progress: number, targetLevel: number): NextStep {
  const s = plan.start[i];
  const from = s + plan.positions[i];
  // Object literals, not spreads: this runs for every scored assessment. A step to a step or
  // option depends only on where it starts, its progress and the level: built once, shared.
  if (!plan.criteria[i].ratio) {
    const shared = (plan.steps[from * (plan.topLevel + 1) + targetLevel] ??= []);
    return (shared[progress] ??= sharedStep(plan, from, progress, targetLevel));
  }
  const { id: criterionId, pillarId } = plan.results[from];
  const gain = plan.pointsAt[s + stepTarget(plan, i, from)] - plan.pointsAt[from];
  const points = plan.pointsAt[from] + gain;
  // The answer aims at the next band; it may be worth more (a small denominator jumps bands).
  const aim = plan.next[from];
  const denominator = plan.denominators[i];
  const abovePercent = plan.above[s + aim - 1];
  const answer = { numerator: smallestNumerator(abovePercent, denominator), denominator: stepDenominator(denominator) };
  return { criterionId, pillarId, answer, abovePercent, points, gain, progress, targetLevel };
}

/** The frozen step from position `from` of a step or option criterion to the next answer worth more. */
function sharedStep(plan: ScoringPlan, from: number, progress: number, targetLevel: number): NextStep {
  const { id: criterionId, pillarId } = plan.results[from];
  const gain = plan.gainAt[from];
  return Object.freeze({ criterionId, pillarId, answer: plan.next[from], points: plan.pointsAt[from] + gain, gain, progress, targetLevel });
}
