import type { CriterionResult, MethodologyRef, PillarResult } from './assessment-result.js';
import type { Methodology } from './methodology.js';
import { indexMethodology, type MethodologyIndex } from './methodology-index.js';
import { percentOf } from './percent-of.js';
import { TopK } from './top-k.js';

/**
 * A methodology compiled once for scoring. Per-criterion figures sit in flat typed arrays:
 * criterion `i` (methodology order) has its positions `0 … top` at `start[i] + position`.
 * The parts of a result that depend only on the methodology are built once and frozen, so results
 * share them instead of allocating them: each criterion's result at each position, each pillar's
 * result at each whole number of points (on first use), the methodology reference.
 */
export interface ScoringPlan {
  readonly index: MethodologyIndex;
  readonly ids: readonly string[];
  /** Each criterion id's number `i`. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly pillarOf: Int32Array;
  readonly start: Int32Array;
  /** At `start[i] + position`: its points (multiplier applied)… */
  readonly pointsAt: Float64Array;
  /** …the first higher position worth more points (`top + 1` when none), and the gain of reaching it (0 at the top)… */
  readonly next: Int32Array;
  readonly gainAt: Float64Array;
  /** …the criterion's result, frozen… */
  readonly results: readonly CriterionResult[];
  /** …and for a ratio, at `start[i] + b`, the percent band `b + 1` must be above. */
  readonly above: Float64Array;
  readonly pillarIds: readonly string[];
  /** Pillar `p`'s criteria are `pillarFirst[p] … pillarFirst[p + 1] - 1`. */
  readonly pillarFirst: Int32Array;
  readonly topLevel: number;
  readonly maxPoints: number;
  readonly methodologyRef: MethodologyRef;
  /** `[pillar][points]`: the pillar's frozen result, built on first use. */
  readonly pillarResults: (PillarResult | undefined)[][];
  /** Scratch space of one scoring call: each criterion's position (-1 while unanswered)… */
  readonly positions: Int32Array;
  /** …each ratio's denominator (0 when unanswered), each pillar's points… */
  readonly denominators: Float64Array;
  readonly pillarPoints: Float64Array;
  /** …the pillars' deficits to the next level and which of them the distance counts… */
  readonly deficits: Float64Array;
  readonly chosen: Uint8Array;
  /** …and the next steps being selected. */
  readonly best: TopK;
}

// Methodologies are frozen, so a plan keyed by identity can never go stale.
const plans = new WeakMap<Methodology, ScoringPlan>();

/** The scoring plan of a methodology, compiled on first use and cached for its lifetime. */
export function scoringPlan(methodology: Methodology): ScoringPlan {
  let plan = plans.get(methodology);
  if (!plan) {
    plan = compilePlan(indexMethodology(methodology));
    plans.set(methodology, plan);
  }
  return plan;
}

/** Flattens a methodology index into a scoring plan. */
export function compilePlan(index: MethodologyIndex): ScoringPlan {
  const { criteria, pillarIds, methodology } = index;
  const n = criteria.length;
  const start = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    start[i] = size;
    size += criteria[i].top + 1;
  }
  const pointsAt = new Float64Array(size);
  const next = new Int32Array(size);
  const gainAt = new Float64Array(size);
  const above = new Float64Array(size);
  const results: CriterionResult[] = [];
  criteria.forEach(({ id, pillar, maxPoints, pointsAt: points, next: nextOf, above: bands }, i) => {
    points.forEach((at, position) => {
      pointsAt[start[i] + position] = at;
      next[start[i] + position] = nextOf[position];
      gainAt[start[i] + position] = nextOf[position] < points.length ? points[nextOf[position]] - at : 0;
      results.push(Object.freeze({ id, pillarId: pillarIds[pillar], points: at, maxPoints }));
    });
    bands.forEach((percent, band) => (above[start[i] + band] = percent));
  });
  const pillarFirst = new Int32Array(pillarIds.length + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) pillarFirst[criteria[i].pillar] = i;
  return {
    index,
    ids: criteria.map((criterion) => criterion.id),
    numbers: new Map(criteria.map((criterion, i) => [criterion.id, i])),
    pillarOf: Int32Array.from(criteria, (criterion) => criterion.pillar),
    start,
    pointsAt,
    next,
    gainAt,
    results,
    above,
    pillarIds,
    pillarFirst,
    topLevel: index.topLevel,
    maxPoints: methodology.maxPoints,
    methodologyRef: Object.freeze({ id: methodology.id, version: methodology.version }),
    pillarResults: pillarIds.map(() => []),
    positions: new Int32Array(n),
    denominators: new Float64Array(n),
    pillarPoints: new Float64Array(pillarIds.length),
    deficits: new Float64Array(pillarIds.length),
    chosen: new Uint8Array(pillarIds.length),
    best: new TopK(n),
  };
}

/** A pillar's result at `points` (a whole number: points and multipliers are), shared and frozen. */
export function pillarResult(plan: ScoringPlan, pillar: number, points: number): PillarResult {
  const cache = plan.pillarResults[pillar];
  let result = cache[points];
  if (result === undefined) {
    const maxPoints = plan.index.pillarMax[pillar];
    result = cache[points] = Object.freeze({ id: plan.pillarIds[pillar], points, maxPoints, percent: percentOf(points, maxPoints), level: pillarLevel(plan, pillar, points) });
  }
  return result;
}

/** The pillar's level: how many of its (rising) level minima its points reach. */
function pillarLevel(plan: ScoringPlan, pillar: number, points: number): number {
  const minima = plan.index.pillarLevelMin[pillar];
  let level = 0;
  while (level < minima.length && points >= minima[level]) level++;
  return level;
}
