import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerError, scoreAssessment, type Answers } from '@dbi-kit/engine';
import { arbitraryAnswers } from './fixtures/arbitrary-answers.js';
import { dbi, dbiCriteria } from './fixtures/dbi-answers.js';

// Scoring walks the answers' own keys (fast when they come in methodology order); these check
// that nothing depends on that order, and that results may share their frozen parts.
const shuffled = (answers: Record<string, unknown>, seed: number) => {
  const entries = Object.entries(answers);
  for (let i = entries.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return Object.fromEntries(entries);
};

const errorOf = (answers: unknown) => {
  try {
    scoreAssessment(dbi, answers as Answers);
  } catch (error) {
    if (error instanceof AnswerError) return { criterionId: error.criterionId, reason: error.reason };
    throw error;
  }
  return undefined;
};

describe('scoreAssessment: the order of the answers’ keys', () => {
  it('gives the same result whatever order the keys come in', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.integer({ min: 1, max: 2 ** 30 }), (answers, seed) => {
        expect(scoreAssessment(dbi, shuffled(answers, seed) as Answers, { nextSteps: 8 })).toEqual(scoreAssessment(dbi, answers as Answers, { nextSteps: 8 }));
      }),
    );
  });

  it('refuses the first bad answer in methodology order, then the first unknown key, whatever the order', () => {
    const bad = [6, -1, '3', { numerator: 5, denominator: 4 }, [1]];
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(59), { minLength: 1, maxLength: 3 }), fc.nat(4), fc.boolean(), fc.integer({ min: 1, max: 2 ** 30 }), (broken, which, unknown, seed) => {
        const answers: Record<string, unknown> = Object.fromEntries(dbiCriteria.map((c) => [c.id, c.kind === 'ratio' ? { numerator: 1, denominator: 2 } : 1]));
        for (const i of broken) answers[dbiCriteria[i].id] = bad[which];
        if (unknown) answers['9.9.9'] = 1;
        const first = dbiCriteria[Math.min(...broken)].id;
        expect(errorOf(shuffled(answers, seed))?.criterionId).toBe(first);
      }),
    );
    expect(errorOf({ '1.1.1': 2, '8.8.8': 1, '9.9.9': 1 })).toEqual({ criterionId: '8.8.8', reason: 'unknown-criterion' });
  });
});

describe('scoreAssessment: shared result parts', () => {
  it('shares frozen criterion and pillar entries between results instead of copying them', () => {
    const first = scoreAssessment(dbi, { '1.1.1': 3 });
    const second = scoreAssessment(dbi, { '1.1.1': 3, '2.1.1': 1 });
    expect(second.criteria[0]).toBe(first.criteria[0]);
    expect(second.pillars[0]).toBe(first.pillars[0]);
    expect(Object.isFrozen(first.criteria[0]) && Object.isFrozen(first.pillars[0]) && Object.isFrozen(first.methodology)).toBe(true);
    // the arrays and the result itself are the caller's own
    expect(second.criteria).not.toBe(first.criteria);
    expect(Object.isFrozen(first) || Object.isFrozen(first.criteria)).toBe(false);
  });
});

describe('nextSteps: a partial selection', () => {
  it('lists the first k of the full ranking, for any k', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.integer({ min: 1, max: 12 }), (answers, k) => {
        const all = scoreAssessment(dbi, answers as Answers, { nextSteps: 60 }).nextSteps;
        expect(scoreAssessment(dbi, answers as Answers, { nextSteps: k }).nextSteps).toEqual(all.slice(0, k));
      }),
      { numRuns: 300 },
    );
  });
});
