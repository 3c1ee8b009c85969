import { criterionMaxPoints } from './criterion-max-points.js';
import type { Criterion, Methodology, OverallLevelThreshold } from './methodology.js';

/** A criterion prepared for scoring: its scale as positions `0 … top`, each worth `pointsAt[position]`. */
export interface IndexedCriterion {
  readonly id: string;
  readonly criterion: Criterion;
  /** The position of its pillar in `methodology.pillars`. */
  readonly pillar: number;
  readonly ratio: boolean;
  readonly maxPoints: number;
  /** The highest position: the top step or option, or the number of ratio bands. */
  readonly top: number;
  /** Points (multiplier applied) at each position; position 0 of a ratio is "0 % or none". */
  readonly pointsAt: readonly number[];
  /** Ratio only: position `b` needs a share above `above[b - 1]` percent. */
  readonly above: readonly number[];
  /** `next[position]`: the first higher position worth more points (`top + 1` when none). */
  readonly next: Int32Array;
}

/** A methodology pre-indexed once, so that scoring never walks the tree again. */
export interface MethodologyIndex {
  readonly methodology: Methodology;
  readonly criteria: readonly IndexedCriterion[];
  readonly byId: ReadonlyMap<string, IndexedCriterion>;
  readonly pillarIds: readonly string[];
  readonly pillarMax: readonly number[];
  /** `[pillar][level - 1]`: the fewest whole points that put the pillar at that level. */
  readonly pillarLevelMin: readonly (readonly number[])[];
  readonly thresholds: readonly OverallLevelThreshold[];
  readonly topLevel: number;
}

// Methodologies are frozen, so an index keyed by identity can never go stale.
const cache = new WeakMap<Methodology, MethodologyIndex>();

/** The index of a methodology, built on first use and cached for the methodology's lifetime. */
export function indexMethodology(methodology: Methodology): MethodologyIndex {
  let index = cache.get(methodology);
  if (!index) {
    index = buildIndex(methodology);
    cache.set(methodology, index);
  }
  return index;
}

function buildIndex(methodology: Methodology): MethodologyIndex {
  const criteria: IndexedCriterion[] = [];
  methodology.pillars.forEach((pillar, position) => {
    for (const index of pillar.indices) for (const criterion of index.criteria) criteria.push(indexCriterion(criterion, position));
  });
  return {
    methodology,
    criteria,
    byId: new Map(criteria.map((criterion) => [criterion.id, criterion])),
    pillarIds: methodology.pillars.map((pillar) => pillar.id),
    pillarMax: methodology.pillars.map((pillar) => pillar.maxPoints),
    // Points p reach a band when p / max > above %, i.e. p > above × max / 100: for whole p,
    // p ≥ floor(above × max / 100) + 1. Exact, because above and max are whole numbers.
    pillarLevelMin: methodology.pillars.map((pillar) =>
      methodology.pillarLevelRule.bands.map((band) => Math.floor((band.abovePercent * pillar.maxPoints) / 100) + 1),
    ),
    thresholds: methodology.overallLevelRule.thresholds,
    topLevel: methodology.levels.length - 1,
  };
}

function indexCriterion(criterion: Criterion, pillar: number): IndexedCriterion {
  const m = criterion.multiplier;
  const ratio = criterion.kind === 'ratio';
  const pointsAt =
    criterion.kind === 'ladder'
      ? criterion.steps.map((_, step) => step * m)
      : criterion.kind === 'frequency'
        ? criterion.options.map((option) => option.points * m)
        : [0, ...criterion.bands.map((band) => band.points * m)];
  const next = new Int32Array(pointsAt.length);
  for (let from = 0; from < pointsAt.length; from++) {
    let to = from + 1;
    while (to < pointsAt.length && pointsAt[to] <= pointsAt[from]) to++;
    next[from] = to;
  }
  return {
    id: criterion.id,
    criterion,
    pillar,
    ratio,
    maxPoints: criterionMaxPoints(criterion),
    top: pointsAt.length - 1,
    pointsAt,
    above: criterion.kind === 'ratio' ? criterion.bands.map((band) => band.abovePercent) : [],
    next,
  };
}
