import { describe, expect, it } from 'vitest';
import { aggregateGroup, GroupError, parseMethodology, scoreAssessment, type AssessmentResult } from '@dbi-kit/engine';
import { bestAnswers, dbi } from './fixtures/dbi-answers.js';
import { tinyMethodology } from './fixtures/tiny-methodology.js';

const full = scoreAssessment(dbi, bestAnswers()); // 320: every pillar at its maximum
const none = scoreAssessment(dbi, {}); // 0

describe('aggregateGroup (provisional)', () => {
  it('averages members equally by default and applies the level rules to the mean', () => {
    // (320 + 0) / 2 = 160; every pillar at 50 % → level 3; 160 > 128 with 6 pillars at ≥ 3, not > 192 → 3
    const group = aggregateGroup([full, none]);
    expect(group).toMatchObject({ members: 2, weighting: 'equal', shares: [0.5, 0.5], points: 160, maxPoints: 320, percent: 50, level: 3, complete: false, provisional: true });
    expect(group.pillars.map((p) => [p.id, p.points, p.percent, p.level])).toEqual([
      ['customer-experience', 32.5, 50, 3],
      ['strategy', 12.5, 50, 3],
      ['infrastructure-technology', 40, 50, 3],
      ['operations', 32.5, 50, 3],
      ['culture', 25, 50, 3],
      ['data-assets', 17.5, 50, 3],
    ]);
    expect(group.methodology).toEqual({ id: 'dbi-2021-sme', version: dbi.version });
  });

  it('weights by revenue or headcount', () => {
    // 3 : 1 → 0.75 × 320 = 240; pillars at 75 % → level 4; 240 > 192 with 6 pillars at ≥ 4, not > 256 → 4
    const byRevenue = aggregateGroup([full, none], { weights: { by: 'revenue', values: [3_000_000_000, 1_000_000_000] } });
    expect(byRevenue).toMatchObject({ weighting: 'revenue', shares: [0.75, 0.25], points: 240, percent: 75, level: 4 });
    // 1 : 3 → 80 points, pillars at 25 % → level 2; 80 > 64 with 6 pillars at ≥ 2 → 2
    const byHeadcount = aggregateGroup([full, none], { weights: { by: 'headcount', values: [10, 30] } });
    expect(byHeadcount).toMatchObject({ weighting: 'headcount', points: 80, level: 2 });
  });

  it('decides levels on the exact weighted mean, never on a float that drifted over a band edge', () => {
    // Three members with strategy at 5/25 = 20 % (level 1), weights 1 : 8 : 2. In floats,
    // 1/11·5 + 8/11·5 + 2/11·5 = 5.000000000000001, which would be "above 20 %" (level 2).
    const member = scoreAssessment(dbi, { '2.1.1': 1 });
    const group = aggregateGroup([member, member, member], { weights: { by: 'headcount', values: [1, 8, 2] } });
    expect(group.pillars.find((p) => p.id === 'strategy')).toMatchObject({ points: 5, percent: 20, level: 1 });
  });

  it('works with a parsed methodology passed in', () => {
    const tiny = parseMethodology(tinyMethodology());
    const a = scoreAssessment(tiny, { '1.1.1': 4, '1.1.2': 2, '2.1.1': { numerator: 1, denominator: 1 } }); // 14 + 3 = 17
    const b = scoreAssessment(tiny, {}); // 0
    // mean 8.5: pillar a 7/14 = 50 % (level 1: not above 50 %), pillar b 1.5/3 = 50 % (level 1); 8.5 > 3 with one pillar → 1
    expect(aggregateGroup([a, b], { methodology: tiny })).toMatchObject({ points: 8.5, level: 1 });
  });

  const refusal = (members: readonly AssessmentResult[], options?: Parameters<typeof aggregateGroup>[1]) => {
    try {
      aggregateGroup(members, options);
    } catch (error) {
      expect(error).toBeInstanceOf(GroupError);
      return error as GroupError;
    }
    throw new Error('expected a GroupError');
  };

  it('refuses what it cannot combine', () => {
    expect(refusal([]).code).toBe('group/empty');
    const other = { ...none, methodology: { id: 'dbi-2021-sme', version: '1999.1' } };
    expect(refusal([other]).code).toBe('group/mixed-methodologies');
    expect(refusal([full, other])).toMatchObject({ code: 'group/mixed-methodologies', memberIndex: 1 });
    expect(refusal([full, { ...none, pillars: none.pillars.slice(1) }])).toMatchObject({ code: 'group/bad-member', memberIndex: 1 });
    expect(refusal([full, none], { weights: { by: 'revenue', values: [1] } }).code).toBe('group/bad-weights');
    expect(refusal([full, none], { weights: { by: 'revenue', values: [1, -1] } })).toMatchObject({ code: 'group/bad-weights', memberIndex: 1 });
    expect(refusal([full, none], { weights: { by: 'headcount', values: [0.5, 2] } }).code).toBe('group/bad-weights');
    expect(refusal([full, none], { weights: { by: 'revenue', values: [0, 0] } }).message).toBe('The revenue figures are all 0: nothing to weight by.');
  });

  it('refuses input of the wrong shape with a GroupError, never a TypeError', () => {
    const anyInput = (value: unknown) => value as AssessmentResult[];
    const anyWeights = (value: unknown) => ({ weights: value }) as Parameters<typeof aggregateGroup>[1];
    expect(refusal(anyInput(null)).code).toBe('group/bad-member');
    expect(refusal(anyInput([null]))).toMatchObject({ code: 'group/bad-member', memberIndex: 0 });
    expect(refusal(anyInput([full, {}]))).toMatchObject({ code: 'group/bad-member', memberIndex: 1 });
    for (const weights of ['revenue', { by: 'revenue' }, { by: 'employees', values: [1, 2] }, { values: [1, 2] }]) {
      expect(refusal([full, none], anyWeights(weights)).code).toBe('group/bad-weights');
    }
  });

  it('refuses a member whose pillar points are above the pillar maximum', () => {
    const inflated = { ...full, pillars: full.pillars.map((pillar, p) => (p === 0 ? { ...pillar, points: 1065 } : pillar)) };
    expect(refusal([full, inflated])).toMatchObject({ code: 'group/bad-member', memberIndex: 1 });
  });
});
