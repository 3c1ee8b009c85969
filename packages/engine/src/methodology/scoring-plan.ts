import type { CriterionResult, MethodologyRef, NextStep, PillarResult } from './assessment-result.js';
import type { Methodology, OverallLevelThreshold } from './methodology.js';
import { assertMethodology } from './assert-methodology.js';
import { percentOf } from './percent-of.js';
import { TopK } from './top-k.js';

/**
 * What checking an answer needs of its criterion: the criterion's scale as positions `0 … top`
 * (the step or option itself, or for a ratio the number of bands its share is above).
 */
export interface PlanCriterion {
  readonly id: string;
  readonly ratio: boolean;
  /** The highest position: the top step or option, or the number of ratio bands. */
  readonly top: number;
  /** Ratio only: position `b` needs a share above `above[b - 1]` percent. */
  readonly above: readonly number[];
  /**
   * Ratio only: at `2f + e`, the position of a share whose whole percent is `f` (0…100), with
   * `e` 1 when the share is above `f` %, 0 when it is exactly `f` %.
   */
  readonly bandTable: Uint8Array;
}

/**
 * A methodology compiled once, so that scoring, encoding and decoding never walk the tree again.
 * Per-criterion figures sit in flat typed arrays: criterion `i` (methodology order) has its
 * positions `0 … top` at `start[i] + position`. The parts of a result that depend only on the
 * methodology are built once and frozen, so results share them instead of allocating them: each
 * criterion's result at each position, each pillar's result at each whole number of points (on
 * first use), the methodology reference.
 */
export interface ScoringPlan {
  readonly criteria: readonly PlanCriterion[];
  readonly ids: readonly string[];
  /** Each criterion id's number `i`. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly start: Int32Array;
  /** At `start[i] + position`: its points (multiplier applied)… */
  readonly pointsAt: Float64Array;
  /** …the first higher position worth more points (`top + 1` when none)… */
  readonly next: Int32Array;
  /**
   * …and the slot of the gain of reaching it among its pillar's distinct gains (0: no gain, at
   * the top), so that ranking works a key out once per gain, not per criterion. Each slot has
   * its gain in `slotGain` and its pillar in `slotPillar`…
   */
  readonly gainSlot: Int32Array;
  readonly slotGain: Float64Array;
  readonly slotPillar: Int32Array;
  /** …the criterion's result, frozen… */
  readonly results: readonly CriterionResult[];
  /** …and for a ratio, at `start[i] + b`, the percent band `b + 1` must be above. */
  readonly above: Float64Array;
  /**
   * Criterion `i`'s denominators below which one step can jump bands (0 when none can): the
   * smallest numerator above band `a` is at most `a % + 1/D`, so it passes the next band, `g`
   * percent higher, only when `1/D > g %`, i.e. `D < 100 / g` for `g` the closest bands' gap.
   */
  readonly jumpsBelow: Float64Array;
  readonly pillarIds: readonly string[];
  readonly pillarMax: readonly number[];
  /** At `pillar × topLevel + level - 1`: the fewest whole points that put the pillar at that level. */
  readonly levelMin: Float64Array;
  /** Pillar `p`'s criteria are `pillarFirst[p] … pillarFirst[p + 1] - 1`. */
  readonly pillarFirst: Int32Array;
  readonly thresholds: readonly OverallLevelThreshold[];
  readonly topLevel: number;
  readonly maxPoints: number;
  readonly methodologyRef: MethodologyRef;
  /** `[position × (topLevel + 1) + target level][progress]`: a step to a step or option, frozen, built on first use. */
  readonly steps: NextStep[][];
  /** `[pillar][points]`: the pillar's frozen result, built on first use. */
  readonly pillarResults: (PillarResult | undefined)[][];
  /** Scratch space of one scoring call: each criterion's position (-1 while unanswered)… */
  readonly positions: Int32Array;
  /** …each ratio's denominator (0 when unanswered), each pillar's points… */
  readonly denominators: Float64Array;
  readonly pillarPoints: Float64Array;
  /** …the pillars' deficits to the next level, their order (short ones by deficit) and which of them the distance counts… */
  readonly deficits: Float64Array;
  readonly order: Float64Array;
  readonly chosen: Uint8Array;
  /** …each gain slot's ranking key, how many answered ratios can jump bands (see `readAnswers`)… */
  readonly slotKeys: Float64Array;
  jumpers: number;
  /** …and the next steps being selected. */
  readonly best: TopK;
}

// Methodologies are frozen, so a plan keyed by identity can never go stale.
const plans = new WeakMap<Methodology, ScoringPlan>();

/**
 * The scoring plan of a methodology, compiled on first use and cached for its lifetime.
 *
 * @throws {DbiError} `methodology/invalid` when `methodology` is not a methodology object.
 */
export function scoringPlan(methodology: Methodology): ScoringPlan {
  let plan = plans.get(methodology);
  if (!plan) plans.set(methodology, (plan = compilePlan(methodology)));
  return plan;
}

/**
 * Lays a methodology out flat for scoring.
 *
 * @throws {DbiError} `methodology/invalid` when `methodology` is not a methodology object.
 */
export function compilePlan(methodology: Methodology): ScoringPlan {
  assertMethodology(methodology);
  const { pillars } = methodology;
  const criteria: PlanCriterion[] = [];
  const pillarFirst = new Int32Array(pillars.length + 1);
  // Per position, grown as criteria are met: points, next, gain slot, result, band.
  const pointsAt: number[] = [];
  const next: number[] = [];
  const gainSlot: number[] = [];
  const slotGain = [0];
  const slotPillar = [0];
  const results: CriterionResult[] = [];
  const above: number[] = [];
  const start: number[] = [];
  const jumpsBelow: number[] = [];
  pillars.forEach((pillar, p) => {
    pillarFirst[p] = criteria.length;
    for (const { criteria: list } of pillar.indices) {
      for (const criterion of list) {
        const m = criterion.multiplier;
        const ratio = criterion.kind === 'ratio';
        const bands = ratio ? criterion.bands.map((band) => band.abovePercent) : [];
        const points =
          criterion.kind === 'ladder'
            ? criterion.steps.map((_, step) => step * m)
            : criterion.kind === 'frequency'
              ? criterion.options.map((option) => option.points * m)
              : [0, ...criterion.bands.map((band) => band.points * m)];
        const top = points.length - 1;
        const s = pointsAt.length;
        start.push(s);
        criteria.push({ id: criterion.id, ratio, top, above: bands, bandTable: bandTable(bands) });
        jumpsBelow.push(100 / Math.min(...bands.slice(1).map((a, b) => a - bands[b])));
        points.forEach((at, from) => {
          let to = from + 1;
          while (to <= top && points[to] <= at) to++;
          pointsAt.push(at);
          next.push(to);
          const gain = to <= top ? points[to] - at : 0;
          let slot = gain && slotGain.findIndex((g, k) => g === gain && slotPillar[k] === p);
          if (slot < 0) {
            slot = slotGain.length;
            slotGain.push(gain);
            slotPillar.push(p);
          }
          gainSlot.push(slot);
          results.push(Object.freeze({ id: criterion.id, pillarId: pillar.id, points: at, maxPoints: points[top] }));
          above[s + from] = bands[from] ?? 0;
        });
      }
    }
  });
  const n = criteria.length;
  const pillarCount = pillars.length;
  pillarFirst[pillarCount] = n;
  return {
    criteria,
    ids: criteria.map((criterion) => criterion.id),
    numbers: new Map(criteria.map((criterion, i) => [criterion.id, i])),
    start: Int32Array.from(start),
    pointsAt: Float64Array.from(pointsAt),
    next: Int32Array.from(next),
    gainSlot: Int32Array.from(gainSlot),
    slotGain: Float64Array.from(slotGain),
    slotPillar: Int32Array.from(slotPillar),
    results,
    above: Float64Array.from(above),
    jumpsBelow: Float64Array.from(jumpsBelow),
    pillarIds: pillars.map((pillar) => pillar.id),
    pillarMax: pillars.map((pillar) => pillar.maxPoints),
    // Points p reach a band when p / max > above %, i.e. p > above × max / 100: for whole p,
    // p ≥ floor(above × max / 100) + 1. Exact, because above and max are whole numbers.
    levelMin: Float64Array.from(pillars.flatMap((pillar) => methodology.pillarLevelRule.bands.map((band) => Math.floor((band.abovePercent * pillar.maxPoints) / 100) + 1))),
    pillarFirst,
    thresholds: methodology.overallLevelRule.thresholds,
    topLevel: methodology.levels.length - 1,
    maxPoints: methodology.maxPoints,
    methodologyRef: Object.freeze({ id: methodology.id, version: methodology.version }),
    pillarResults: pillars.map(() => []),
    // Sized up front: assigned far ahead of its length, an empty array would become a slow hash table.
    steps: new Array(results.length * methodology.levels.length),
    positions: new Int32Array(n),
    denominators: new Float64Array(n),
    pillarPoints: new Float64Array(pillarCount),
    deficits: new Float64Array(pillarCount),
    order: new Float64Array(pillarCount),
    chosen: new Uint8Array(pillarCount),
    slotKeys: new Float64Array(slotGain.length),
    jumpers: 0,
    best: new TopK(n),
  };
}

/** The positions of every whole percent, exact or exceeded, over rising band edges (see `PlanCriterion.bandTable`). */
function bandTable(bands: readonly number[]): Uint8Array {
  const table = new Uint8Array(bands.length && 202);
  for (let f = 0; 2 * f < table.length; f++) {
    for (const edge of bands) {
      table[2 * f] += Number(f > edge);
      table[2 * f + 1] += Number(f >= edge);
    }
  }
  return table;
}

/** A pillar's result at `points` (a whole number: points and multipliers are), shared and frozen. */
export function pillarResult(plan: ScoringPlan, pillar: number, points: number): PillarResult {
  const maxPoints = plan.pillarMax[pillar];
  return (plan.pillarResults[pillar][points] ??= Object.freeze({ id: plan.pillarIds[pillar], points, maxPoints, percent: percentOf(points, maxPoints), level: pillarLevel(plan, pillar, points) }));
}

/** The pillar's level: how many of its (rising) level minima its points reach. */
function pillarLevel(plan: ScoringPlan, pillar: number, points: number): number {
  const { levelMin, topLevel } = plan;
  let level = 0;
  while (level < topLevel && points >= levelMin[pillar * topLevel + level]) level++;
  return level;
}
