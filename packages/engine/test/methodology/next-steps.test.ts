import { describe, expect, it } from 'vitest';
import { scoreAssessment, type Answers, type NextStep } from '@dbi-kit/engine';
import { bestAnswersExcept, dbi } from './fixtures/dbi-answers.js';

const ids = (steps: readonly NextStep[]) => steps.map((step) => step.criterionId);

describe('nextSteps', () => {
  it('works on the pillar-count rule when the points threshold is already passed', () => {
    // strategy 2.1.1 = 5 → 25 (level 5); customer experience 1.1.1 = 5, 1.1.2 = 2 → 7/65 = 10.8 % (level 1).
    // Total 32 > 20, but level 1 also needs 4 pillars at ≥ 1: two more. Points each pillar lacks for level 1
    // (the fewest whole points above 10 %): data 4 (of 35), culture 6 (of 50), operations 7, infrastructure 9.
    // Distance = max(0 points short, 4 + 6) = 10. One step in data or culture closes 1; a step in operations or
    // infrastructure closes nothing (they are not among the two cheapest), and neither does customer experience.
    // Ties go to the pillar left closest to the level: data (3 left) before culture (5 left).
    const answers: Answers = { '2.1.1': 5, '1.1.1': 5, '1.1.2': 2 };
    const result = scoreAssessment(dbi, answers);
    expect(result.level).toBe(0);
    expect(ids(result.nextSteps)).toEqual(['6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.1.5']);
    expect(result.nextSteps[0]).toEqual({
      criterionId: '6.1.1',
      pillarId: 'data-assets',
      // a ratio with no answer: the smallest share above 0 %, over 100
      answer: { numerator: 1, denominator: 100 },
      abovePercent: 0,
      points: 1,
      gain: 1,
      progress: 1,
      targetLevel: 1,
    });
    expect(result.nextSteps[1]).toEqual({ criterionId: '6.1.2', pillarId: 'data-assets', answer: 1, points: 1, gain: 1, progress: 1, targetLevel: 1 });
  });

  it('goes for points when the pillar rule already holds, biggest gain first', () => {
    // customer 14 (1.1.1 = 5, 1.1.2 = 5, 1.1.7 = 4), strategy 10 (2.1.1 = 2), infrastructure 9 (3.1.1 = 5,
    // 3.1.2 = 4), operations 7 (4.1.1 = 5, 4.1.2 = 2), culture 11 (5.2.3 = 5, 5.2.5 = 5, 5.2.4 = 1),
    // data 8 (6.1.2 = 5, 6.1.4 = 3). Total 59; 4 pillars at level 2 (14/65, 10/25, 11/50, 8/35 are above 20 %)
    // but level 2 needs more than 64 points: 6 short. Strategy 2 → 3 gains 5 of those 6; every other one-step
    // move gains 1, in methodology order (1.1.3, 1.1.4, … are unanswered ratios).
    const answers: Answers = {
      '1.1.1': 5, '1.1.2': 5, '1.1.7': 4, '2.1.1': 2, '3.1.1': 5, '3.1.2': 4, '4.1.1': 5, '4.1.2': 2,
      '5.2.3': 5, '5.2.5': 5, '5.2.4': 1, '6.1.2': 5, '6.1.4': 3,
    };
    const result = scoreAssessment(dbi, answers);
    expect(result).toMatchObject({ points: 59, level: 1 });
    expect(result.nextSteps[0]).toEqual({ criterionId: '2.1.1', pillarId: 'strategy', answer: 3, points: 15, gain: 5, progress: 5, targetLevel: 2 });
    expect(ids(result.nextSteps)).toEqual(['2.1.1', '1.1.3', '1.1.4', '1.1.5', '1.1.6']);
  });

  it('weighs points and pillars together: from almost nothing, the strategy step comes first', () => {
    // Only 1.1.5 = 3/20 (15 % → 1 point). Level 1 needs 21 points (20 short) and 4 pillars at ≥ 1: the four
    // cheapest deficits are strategy 3, data 4, customer experience 6 (7 − 1), culture 6 → 19. Distance 20.
    // 2.1.1 → 1 gives 5 points (15 short) and lifts strategy to level 1 (pillars 16 short): distance 16, so it
    // closes 4. Any other step gives 1 point and closes at most 1.
    const result = scoreAssessment(dbi, { '1.1.5': { numerator: 3, denominator: 20 } });
    expect(result.nextSteps[0]).toEqual({ criterionId: '2.1.1', pillarId: 'strategy', answer: 1, points: 5, gain: 5, progress: 4, targetLevel: 1 });
    expect(result.nextSteps.slice(1).every((step) => step.progress === 1)).toBe(true);
  });

  it('aims a ratio at the next band over the business’s own denominator', () => {
    // 1.1.5 at 3/20 = 15 % (1 point): the next band needs more than 20 % of 20 → 5/20.
    const answers = { '1.1.5': { numerator: 3, denominator: 20 } };
    const step = scoreAssessment(dbi, answers, { nextSteps: 60 }).nextSteps.find((s) => s.criterionId === '1.1.5');
    expect(step).toMatchObject({ answer: { numerator: 5, denominator: 20 }, abovePercent: 20, points: 2, gain: 1 });
  });

  it('reports the real gain when a small denominator jumps several bands', () => {
    // 1.1.5 at 0/2: the smallest share above 0 % of 2 is 1/2 = 50 %, which is worth 3 points, not 1.
    const answers = { '1.1.5': { numerator: 0, denominator: 2 } };
    const step = scoreAssessment(dbi, answers, { nextSteps: 60 }).nextSteps.find((s) => s.criterionId === '1.1.5');
    expect(step).toMatchObject({ answer: { numerator: 1, denominator: 2 }, abovePercent: 0, points: 3, gain: 3 });
  });

  it('shares one frozen step object for a step or option criterion; a ratio step is its own (its answer is the business’s)', () => {
    const first = scoreAssessment(dbi, { '1.1.1': 2, '1.1.5': { numerator: 3, denominator: 20 } }, { nextSteps: 60 }).nextSteps;
    const again = scoreAssessment(dbi, { '1.1.1': 2, '1.1.5': { numerator: 3, denominator: 20 } }, { nextSteps: 60 }).nextSteps;
    const ladder = first.find((step) => step.criterionId === '1.1.1');
    expect(ladder).toMatchObject({ answer: 3, points: 3, gain: 1 });
    expect(Object.isFrozen(ladder)).toBe(true);
    expect(again.find((step) => step.criterionId === '1.1.1')).toBe(ladder);
    const ratio = first.find((step) => step.criterionId === '1.1.5');
    expect(Object.isFrozen(ratio)).toBe(false);
    expect(again.find((step) => step.criterionId === '1.1.5')).not.toBe(ratio);
    expect(again.find((step) => step.criterionId === '1.1.5')).toEqual(ratio);
  });

  it('lists as many steps as asked, and none at the top level', () => {
    expect(scoreAssessment(dbi, {}, { nextSteps: 12 }).nextSteps).toHaveLength(12);
    expect(scoreAssessment(dbi, {}, { nextSteps: 0 }).nextSteps).toEqual([]);
    expect(scoreAssessment(dbi, bestAnswersExcept({})).nextSteps).toEqual([]);
  });
});
