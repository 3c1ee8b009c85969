import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxAnswer, scoreAssessment, type Answer, type Answers, type AssessmentResult, type NextStep, type PillarResult, type RatioAnswer } from '@dbi-kit/engine';
import { arbitraryAnswers, arbitraryCompleteAnswers } from './fixtures/arbitrary-answers.js';
import { dbi, dbiCriteria } from './fixtures/dbi-answers.js';
import { pillarDeficits } from './pillar-deficits.js';

// The ranking rule of METHODOLOGY.md ("Next steps") done the slow, plain way, so that the fast
// single-pass ranking can be checked against it: every criterion's one step is applied to a copy
// of the answers and rescored, the distance is recomputed from the rescored pillars, and all
// candidates are sorted (a stable sort keeps methodology order last).

/** What is still missing toward `target`: P (total points), S (the cheapest pillar deficits). */
function shortfall(pillars: readonly PillarResult[], target: number) {
  const { abovePoints, minPillars } = dbi.overallLevelRule.thresholds[target - 1];
  const percent = dbi.pillarLevelRule.bands[target - 1].abovePercent;
  const total = pillars.reduce((sum, p) => sum + p.points, 0);
  const deficits = pillarDeficits(pillars, percent);
  const short = deficits.filter((d) => d > 0).sort((a, b) => a - b);
  const needed = Math.max(0, minPillars - (pillars.length - short.length));
  return { points: Math.max(0, abovePoints + 1 - total), pillars: short.slice(0, needed).reduce((a, b) => a + b, 0), deficits, needed };
}

/** The points of each answer `0 … top` of a criterion (for a ratio, of each band, 0 first). */
function scale(i: number): number[] {
  const c = dbiCriteria[i];
  const m = c.multiplier;
  if (c.kind === 'ladder') return c.steps.map((_, step) => step * m);
  if (c.kind === 'frequency') return c.options.map((option) => option.points * m);
  return [0, ...c.bands.map((band) => band.points * m)];
}

/** The one step of criterion `i`: the lowest answer worth more than now, or undefined at the top. */
function stepAnswer(i: number, answers: Answers, current: number): { answer: Answer; abovePercent?: number } | undefined {
  const aim = scale(i).findIndex((points) => points > current);
  if (aim < 0) return undefined;
  const c = dbiCriteria[i];
  if (c.kind !== 'ratio') return { answer: aim };
  // The smallest whole numerator above the band, over the business's own whole denominator (else 100).
  const own = (answers[c.id] as RatioAnswer | null | undefined)?.denominator;
  const denominator = own !== undefined && Number.isInteger(own) && own > 0 ? own : 100;
  const abovePercent = c.bands[aim - 1].abovePercent;
  return { answer: { numerator: Math.floor((abovePercent * denominator) / 100) + 1, denominator }, abovePercent };
}

function referenceNextSteps(answers: Answers, result: AssessmentResult, limit: number): NextStep[] {
  const targetLevel = result.level + 1;
  if (limit <= 0 || targetLevel >= dbi.levels.length) return [];
  const before = shortfall(result.pillars, targetLevel);
  const candidates: { step: NextStep; closed: number; rest: number }[] = [];
  dbiCriteria.forEach((criterion, i) => {
    const current = result.criteria[i].points;
    const step = stepAnswer(i, answers, current);
    if (!step) return;
    const after = scoreAssessment(dbi, { ...answers, [criterion.id]: step.answer }, { nextSteps: 0 });
    const later = shortfall(after.pillars, targetLevel);
    const progress = Math.max(before.points, before.pillars) - Math.max(later.points, later.pillars);
    if (progress <= 0) return;
    const points = after.criteria[i].points;
    const { pillarId } = result.criteria[i];
    const p = result.pillars.findIndex((pillar) => pillar.id === pillarId);
    // "Leaves its pillar closest to the level" weighs only a pillar that is short while pillars are still needed.
    const rest = before.deficits[p] > 0 && before.needed > 0 ? later.deficits[p] : Infinity;
    const common = { points, gain: points - current, progress, targetLevel };
    candidates.push({
      step:
        step.abovePercent === undefined
          ? { criterionId: criterion.id, pillarId, answer: step.answer, ...common }
          : { criterionId: criterion.id, pillarId, answer: step.answer, abovePercent: step.abovePercent, ...common },
      closed: before.points - later.points + (before.pillars - later.pillars),
      rest,
    });
  });
  candidates.sort((a, b) => b.step.progress - a.step.progress || b.closed - a.closed || (a.rest === b.rest ? 0 : a.rest < b.rest ? -1 : 1));
  return candidates.slice(0, limit).map((candidate) => candidate.step);
}

function expectReference(answers: Answers, limit?: number): void {
  const result = scoreAssessment(dbi, answers, limit === undefined ? undefined : { nextSteps: limit });
  const expected = referenceNextSteps(answers, result, limit ?? 5);
  expect(result.nextSteps).toStrictEqual(expected);
  // Same keys in the same order too: results are serialised.
  expect(JSON.stringify(result.nextSteps)).toBe(JSON.stringify(expected));
}

describe('nextSteps against a brute-force reference of the ranking rule', () => {
  it('agrees on incomplete answers (absent, null, ratios of every kind), any limit', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.integer({ min: 0, max: 62 }), (answers, limit) => expectReference(answers as Answers, limit)),
      { numRuns: 400 },
    );
  });

  it('agrees on complete answers with the default five steps', () => {
    fc.assert(
      fc.property(arbitraryCompleteAnswers, (answers) => expectReference(answers)),
      { numRuns: 400 },
    );
  });

  it('agrees on answers near the level boundaries (few, low answers)', () => {
    const low = fc.record(
      Object.fromEntries(
        dbiCriteria.map((criterion) => [
          criterion.id,
          criterion.kind === 'ratio'
            ? fc.integer({ min: 1, max: 12 }).chain((denominator) => fc.integer({ min: 0, max: denominator }).map((numerator) => ({ numerator, denominator })))
            : fc.integer({ min: 0, max: Math.min(2, maxAnswer(criterion) as number) }),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(low, fc.integer({ min: 1, max: 60 }), (answers, limit) => expectReference(answers as Answers, limit)),
      { numRuns: 400 },
    );
  });
});
