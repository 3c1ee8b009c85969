import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, scoreAssessment, type Answer, type Answers } from '@dbi-kit/engine';
import { arbitraryAnswer, arbitraryAnswers, arbitraryCompleteAnswers } from './fixtures/arbitrary-answers.js';
import { dbi, dbiCriteria } from './fixtures/dbi-answers.js';
import { pillarDeficits } from './pillar-deficits.js';

// An independent reading of the level rules, with percents compared as fractions:
// pillar level L when points / max > p_L (p = 10, 20, 40, 60, 80 %); overall level the highest L
// with total > t_L (20, 64, 128, 192, 256) and at least k_L (4, 4, 4, 5, 6) pillars at ≥ L.
function referenceLevels(pillarPoints: number[], maxima: number[]) {
  const pillarLevels = pillarPoints.map((points, p) => [10, 20, 40, 60, 80].filter((percent) => points * 100 > percent * maxima[p]).length);
  const total = pillarPoints.reduce((a, b) => a + b, 0);
  const rules = [[20, 4], [64, 4], [128, 4], [192, 5], [256, 6]];
  let level = 0;
  rules.forEach(([above, pillars], i) => {
    if (total > above && pillarLevels.filter((l) => l >= i + 1).length >= pillars) level = i + 1;
  });
  return { pillarLevels, level };
}

// The distance to a level as the issue describes next steps, computed by brute force: the fewest
// points that could pass both its total and its pillar-count conditions.
function referenceDistance(pillars: readonly { points: number; maxPoints: number }[], target: number): number {
  const [above, needed] = [[20, 4], [64, 4], [128, 4], [192, 5], [256, 6]][target - 1];
  const percent = [10, 20, 40, 60, 80][target - 1];
  const total = pillars.reduce((sum, p) => sum + p.points, 0);
  const deficits = pillarDeficits(pillars, percent);
  const short = deficits.filter((d) => d > 0).sort((a, b) => a - b);
  const missingPillars = Math.max(0, needed - (pillars.length - short.length));
  const pillarPoints = short.slice(0, missingPillars).reduce((a, b) => a + b, 0);
  return Math.max(Math.max(0, above + 1 - total), pillarPoints);
}

/** A strictly better answer than `answer` (or any answer when it is missing), when one exists. */
function betterAnswer(criterionIndex: number, answer: Answer | null | undefined, pick: number): Answer | undefined {
  const criterion = dbiCriteria[criterionIndex];
  if (criterion.kind === 'ratio') {
    if (answer === null || answer === undefined) return { numerator: pick % 7, denominator: 6 + (pick % 7) };
    const { numerator, denominator } = answer as { numerator: number; denominator: number };
    if (denominator === 0) return { numerator: 1, denominator: 1 + (pick % 9) };
    if (numerator >= denominator) return undefined;
    // Clamped: in floating point, n + (d - n) * 1 can come out a hair above d, which is not an answer.
    return { numerator: Math.min(denominator, numerator + (denominator - numerator) * ((1 + (pick % 10)) / 10)), denominator };
  }
  const top = criterion.kind === 'ladder' ? criterion.steps.length - 1 : criterion.options.length - 1;
  const from = typeof answer === 'number' ? answer : -1;
  return from >= top ? undefined : from + 1 + (pick % (top - from));
}

describe('scoreAssessment properties', () => {
  it('keeps every figure within its range and adds up', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = scoreAssessment(dbi, answers as Answers);
        expect(result.points).toBeGreaterThanOrEqual(0);
        expect(result.points).toBeLessThanOrEqual(320);
        expect(result.percent).toBeGreaterThanOrEqual(0);
        expect(result.percent).toBeLessThanOrEqual(100);
        for (const pillar of result.pillars) {
          expect(pillar.points).toBeGreaterThanOrEqual(0);
          expect(pillar.points).toBeLessThanOrEqual(pillar.maxPoints);
        }
        for (const criterion of result.criteria) expect(criterion.points).toBeLessThanOrEqual(criterion.maxPoints);
        expect(result.pillars.reduce((sum, p) => sum + p.points, 0)).toBe(result.points);
        expect(result.criteria.reduce((sum, c) => sum + c.points, 0)).toBe(result.points);
        const answered = dbiCriteria.filter((c) => answers[c.id] !== undefined && answers[c.id] !== null).length;
        expect(result.missing).toHaveLength(60 - answered);
        expect(result.complete).toBe(answered === 60);
      }),
    );
  });

  it('agrees with an independent reading of the level rules', () => {
    fc.assert(
      fc.property(arbitraryCompleteAnswers, (answers) => {
        const result = scoreAssessment(dbi, answers);
        const reference = referenceLevels(result.pillars.map((p) => p.points), result.pillars.map((p) => p.maxPoints));
        expect(result.pillars.map((p) => p.level)).toEqual(reference.pillarLevels);
        expect(result.level).toBe(reference.level);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same answers, even copied, give the same result', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const first = scoreAssessment(dbi, answers as Answers);
        expect(scoreAssessment(dbi, JSON.parse(JSON.stringify(answers)) as Answers)).toEqual(first);
        expect(scoreAssessment(dbi, answers as Answers)).toEqual(first);
      }),
    );
  });

  it('never lowers points, a pillar level or the overall level when one answer improves', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.nat(59), fc.nat(), (answers, i, pick) => {
        const id = dbiCriteria[i].id;
        const better = betterAnswer(i, answers[id], pick);
        fc.pre(better !== undefined);
        const before = scoreAssessment(dbi, answers as Answers);
        const after = scoreAssessment(dbi, { ...answers, [id]: better } as Answers);
        expect(after.points).toBeGreaterThanOrEqual(before.points);
        after.pillars.forEach((pillar, p) => expect(pillar.level).toBeGreaterThanOrEqual(before.pillars[p].level));
        expect(after.level).toBeGreaterThanOrEqual(before.level);
      }),
      { numRuns: 500 },
    );
  });

  it('suggests next steps that really gain what they say, best first', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = scoreAssessment(dbi, answers as Answers, { nextSteps: 8 });
        result.nextSteps.forEach((step, rank) => {
          if (rank > 0) expect(step.progress).toBeLessThanOrEqual(result.nextSteps[rank - 1].progress);
          expect(step.targetLevel).toBe(result.level + 1);
          const after = scoreAssessment(dbi, { ...answers, [step.criterionId]: step.answer } as Answers);
          expect(after.points - result.points).toBe(step.gain);
          expect(after.criteria.find((c) => c.id === step.criterionId)?.points).toBe(step.points);
          expect(after.level).toBeGreaterThanOrEqual(result.level);
          expect(referenceDistance(result.pillars, step.targetLevel) - referenceDistance(after.pillars, step.targetLevel)).toBe(step.progress);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('encodeAnswers / decodeAnswers properties', () => {
  const answered = (answers: Record<string, unknown>) => Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== null && answer !== undefined));

  it('round-trips any valid answers through a URL-safe string', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const code = encodeAnswers(dbi, answers as Answers);
        expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
        expect(decodeAnswers(dbi, code)).toEqual(answered(answers));
      }),
    );
  });

  it('round-trips every answer of every criterion', () => {
    fc.assert(
      fc.property(fc.nat(59).chain((i) => fc.tuple(fc.constant(i), arbitraryAnswer(dbiCriteria[i]))), ([i, answer]) => {
        const answers = { [dbiCriteria[i].id]: answer };
        expect(decodeAnswers(dbi, encodeAnswers(dbi, answers))).toEqual(answers);
      }),
    );
  });
});
