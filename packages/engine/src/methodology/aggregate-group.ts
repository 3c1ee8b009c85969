import type { AssessmentResult, MethodologyRef, PillarResult } from './assessment-result.js';
import { getMethodology } from './get-methodology.js';
import { GroupError } from './group-error.js';
import type { Methodology } from './methodology.js';

/**
 * How members count: all alike (`'equal'`), or in proportion to each member's revenue (whole VND)
 * or headcount, given in the order of the members.
 */
export type GroupWeights = 'equal' | { readonly by: 'revenue' | 'headcount'; readonly values: readonly number[] };

/** Options of `aggregateGroup`. */
export interface AggregateGroupOptions {
  /** Default `'equal'`. */
  readonly weights?: GroupWeights;
  /** The methodology the members were scored with; default: the bundled one of that id. */
  readonly methodology?: Methodology;
}

/**
 * A corporation's index built from its members' results. **Provisional**: the official formula
 * is not public (see METHODOLOGY.md). Points are weighted means, rounded to 2 decimals; the
 * levels come from the exact weighted means through the methodology's own level rules.
 */
export interface GroupResult {
  readonly methodology: MethodologyRef;
  readonly members: number;
  readonly weighting: 'equal' | 'revenue' | 'headcount';
  /** Each member's share of the weight, in member order, rounded to 4 decimals. */
  readonly shares: readonly number[];
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
  readonly level: number;
  readonly pillars: readonly PillarResult[];
  /** Whether every member answered every criterion. */
  readonly complete: boolean;
  readonly provisional: true;
}

/**
 * Combines member companies' results into one corporation (group) result: the weighted mean of
 * their pillar points, with levels by the methodology's rules. Provisional: the official
 * aggregation formula of the 2021 corporation index is not public.
 *
 * @throws {GroupError} for no members, a member that is not a result of the methodology (or points
 * above a pillar's maximum), mixed methodologies, or unusable weights.
 * @example
 * const group = aggregateGroup([parentResult, subsidiaryResult], { weights: { by: 'headcount', values: [420, 85] } });
 * group.level;
 */
export function aggregateGroup(memberResults: readonly AssessmentResult[], options: AggregateGroupOptions = {}): GroupResult {
  if (!Array.isArray(memberResults)) throw new GroupError('group/bad-member', 'memberResults must be an array of scoreAssessment results.');
  if (memberResults.length === 0) throw new GroupError('group/empty', 'A group needs at least one member result.');
  memberResults.forEach((member, i) => {
    if (typeof member?.methodology !== 'object' || !Array.isArray(member.pillars)) throw new GroupError('group/bad-member', `Member ${i} is not a scoreAssessment result.`, i);
  });
  const ref = memberResults[0].methodology;
  const methodology = options.methodology ?? bundledMethodology(ref);
  memberResults.forEach((member, i) => checkMember(member, i, methodology));

  const weights = weightsOf(options.weights ?? 'equal', memberResults.length);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
  // Weighted sums kept exact (whole points × whole weights) so that a level boundary is never
  // crossed by a rounding error.
  const sums = methodology.pillars.map((_, p) => memberResults.reduce((sum, member, i) => sum + BigInt(member.pillars[p].points) * weights[i], 0n));
  const pillarLevels = methodology.pillars.map((pillar, p) => {
    let level = 0;
    for (const band of methodology.pillarLevelRule.bands) {
      if (sums[p] * 100n > BigInt(band.abovePercent * pillar.maxPoints) * totalWeight) level = band.level;
    }
    return level;
  });
  const total = sums.reduce((sum, value) => sum + value, 0n);
  let level = 0;
  for (const threshold of methodology.overallLevelRule.thresholds) {
    const reached = pillarLevels.filter((pillarLevel) => pillarLevel >= threshold.level).length;
    if (total > BigInt(threshold.abovePoints) * totalWeight && reached >= threshold.minPillars) level = threshold.level;
  }
  const mean = (sum: bigint) => Number(sum) / Number(totalWeight);
  const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
  return {
    methodology: { id: methodology.id, version: methodology.version },
    members: memberResults.length,
    weighting: options.weights === undefined || options.weights === 'equal' ? 'equal' : options.weights.by,
    shares: weights.map((weight) => round(Number(weight) / Number(totalWeight), 4)),
    points: round(mean(total), 2),
    maxPoints: methodology.maxPoints,
    percent: round((mean(total) * 100) / methodology.maxPoints, 2),
    level,
    pillars: methodology.pillars.map((pillar, p) => ({
      id: pillar.id,
      points: round(mean(sums[p]), 2),
      maxPoints: pillar.maxPoints,
      percent: round((mean(sums[p]) * 100) / pillar.maxPoints, 2),
      level: pillarLevels[p],
    })),
    complete: memberResults.every((member) => member.complete),
    provisional: true,
  };
}

function bundledMethodology(ref: MethodologyRef): Methodology {
  const methodology = getMethodology(ref.id);
  if (methodology.version !== ref.version) {
    throw new GroupError('group/mixed-methodologies', `Members were scored with '${ref.id}' ${ref.version}, but the bundled version is ${methodology.version}; pass that version as options.methodology.`);
  }
  return methodology;
}

function checkMember(member: AssessmentResult, i: number, methodology: Methodology): void {
  const { id, version } = member.methodology;
  if (id !== methodology.id || version !== methodology.version) {
    throw new GroupError('group/mixed-methodologies', `Member ${i} was scored with '${id}' ${version}, not '${methodology.id}' ${methodology.version}.`, i);
  }
  const fits =
    member.pillars.length === methodology.pillars.length &&
    methodology.pillars.every((pillar, p) => {
      const { id, points } = member.pillars[p] ?? {};
      return id === pillar.id && Number.isSafeInteger(points) && points >= 0 && points <= pillar.maxPoints;
    });
  if (!fits) throw new GroupError('group/bad-member', `Member ${i} is not a result of '${methodology.id}': its pillars or points do not match.`, i);
}

function weightsOf(weights: GroupWeights, members: number): bigint[] {
  if (weights === 'equal') return new Array<bigint>(members).fill(1n);
  const { by, values } = (typeof weights === 'object' && weights) || ({} as Partial<Exclude<GroupWeights, 'equal'>>);
  if ((by !== 'revenue' && by !== 'headcount') || !Array.isArray(values)) {
    throw new GroupError('group/bad-weights', `weights must be 'equal' or { by: 'revenue' | 'headcount', values: [one figure per member] }.`);
  }
  if (values.length !== members) throw new GroupError('group/bad-weights', `Expected ${members} ${by} figures, one per member, got ${values.length}.`);
  values.forEach((value, i) => {
    if (!Number.isSafeInteger(value) || value < 0) throw new GroupError('group/bad-weights', `The ${by} of member ${i} must be a whole number ≥ 0, got ${value}.`, i);
  });
  if (values.every((value) => value === 0)) throw new GroupError('group/bad-weights', `The ${by} figures are all 0: nothing to weight by.`);
  return values.map((value) => BigInt(value));
}
