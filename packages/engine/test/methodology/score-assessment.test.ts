import { describe, expect, it } from 'vitest';
import { AnswerError, criteriaOf, decodeAnswers, encodeAnswers, parseMethodology, scoreAssessment, type Answers, type AssessmentResult } from '@dbi-kit/engine';
import { bestAnswers, bestAnswersExcept, dbi, dbiCriteria } from './fixtures/dbi-answers.js';
import { tinyMethodology } from './fixtures/tiny-methodology.js';

const pillar = (result: AssessmentResult, id: string) => result.pillars.find((p) => p.id === id)!;

describe('scoreAssessment: golden fixtures (computed by hand)', () => {
  it("reproduces the source's worked example: customer experience 39/65 → level 3", () => {
    const answers: Answers = {
      '1.1.1': 5, //                                    5
      '1.1.2': 4, //                                    4
      '1.1.3': { numerator: 81, denominator: 100 }, //  81 % > 80 % → 5
      '1.1.4': { numerator: 3, denominator: 10 }, //    30 % > 20 % → 2
      '1.1.5': { numerator: 1, denominator: 2 }, //     50 % > 40 % → 3
      '1.1.6': { numerator: 0, denominator: 0 }, //     none → 0
      '1.1.7': 3, //                                    3
      '1.1.8': { numerator: 7, denominator: 10 }, //    70 % > 60 % → 4
      '1.1.9': 2, //                                    2        index 1.1: 5+4+5+2+3+0+3+4+2 = 28
      '1.2.1': 3, // weekly                             5
      '1.2.2': 2, // monthly                            3
      '1.2.3': 1, // less often than monthly            1
      '1.2.4': { numerator: 1, denominator: 4 }, //     25 % > 20 % → 2   index 1.2: 5+3+1+2 = 11
    };
    const result = scoreAssessment(dbi, answers);
    // 28 + 11 = 39 of 65 = 60 %: above 40 %, not above 60 % → level 3 ("Hình thành")
    expect(pillar(result, 'customer-experience')).toEqual({ id: 'customer-experience', points: 39, maxPoints: 65, percent: 60, level: 3 });
    // 39 > 20 points, but only one pillar is at level 1 or above (4 needed) → overall 0
    expect(result.points).toBe(39);
    expect(result.percent).toBe(12.19); // 39 / 320 = 12.1875 %
    expect(result.level).toBe(0);
    expect(result.missing).toHaveLength(60 - 13);
    expect(result.complete).toBe(false);
  });

  it('scores a perfect assessment 320/320, level 5, with nothing left to do', () => {
    const result = scoreAssessment(dbi, bestAnswers());
    expect(result).toMatchObject({ points: 320, maxPoints: 320, percent: 100, level: 5, missing: [], complete: true, nextSteps: [] });
    expect(result.pillars.map((p) => [p.points, p.level])).toEqual([[65, 5], [25, 5], [80, 5], [65, 5], [50, 5], [35, 5]]);
  });

  it('falls back to the highest level whose two conditions hold: 310 points with one pillar at level 4 is level 4', () => {
    // culture loses 5.2.3 and 5.2.4 (5 each): 40/50 = 80 %, not above 80 % → level 4.
    const result = scoreAssessment(dbi, bestAnswersExcept({ '5.2.3': 0, '5.2.4': 0 }));
    expect(result.points).toBe(310); // > 256, but only 5 pillars at level 5 (6 needed)
    expect(pillar(result, 'culture')).toMatchObject({ points: 40, percent: 80, level: 4 });
    expect(result.level).toBe(4); // 310 > 192 and all 6 pillars at level ≥ 4 (5 needed)
  });

  it('can leave a high total at level 0 when too few pillars are started', () => {
    // customer experience 65 + strategy 25 + infrastructure 80 = 170 points, three pillars at level 5,
    // three at 0: level 1 needs 4 pillars at ≥ 1 → 0.
    const full = Object.fromEntries(dbiCriteria.filter((c) => /^[123]\./.test(c.id)).map((c) => [c.id, bestAnswers()[c.id]]));
    expect(scoreAssessment(dbi, full)).toMatchObject({ points: 170, level: 0 });
    // 4.1.1 = 5 and 4.1.2 = 2: operations 7/65 = 10.77 % → level 1; now 4 pillars at ≥ 1 and 177 > 20 → level 1.
    const more = scoreAssessment(dbi, { ...full, '4.1.1': 5, '4.1.2': 2 });
    expect(pillar(more, 'operations')).toMatchObject({ points: 7, percent: 10.77, level: 1 });
    expect(more).toMatchObject({ points: 177, level: 1 });
  });

  it('puts a pillar at exactly 10 % at level 0 and applies every band boundary of the issue', () => {
    // Infrastructure (max 80) filled ladder by ladder: n points → n / 80.
    const ladders = dbiCriteria.filter((c) => c.id.startsWith('3.') && c.kind === 'ladder').map((c) => c.id);
    const withPoints = (n: number) => {
      const answers: Record<string, number> = {};
      for (const id of ladders) {
        answers[id] = Math.min(5, n);
        n -= answers[id];
      }
      return answers;
    };
    const levelAt = (n: number) => pillar(scoreAssessment(dbi, withPoints(n)), 'infrastructure-technology').level;
    // 8 = 10 % → 0; 9 > 10 % → 1; 16 = 20 % → 1; 17 → 2; 32 = 40 % → 2; 33 → 3; 48 = 60 % → 3; 49 → 4; 64 = 80 % → 4; 65 → 5
    expect([0, 8, 9, 16, 17, 32, 33, 48, 49, 64, 65, 70].map(levelAt)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('scores the strategy criterion 5 × its step, landing exactly on each band edge', () => {
    // step k → 5k of 25 = 20k %: exactly on the edges 20/40/60/80 %, so only step 5 (100 %) passes 80 %.
    const levels = [0, 1, 2, 3, 4, 5].map((step) => pillar(scoreAssessment(dbi, { '2.1.1': step }), 'strategy'));
    expect(levels.map((p) => [p.points, p.percent, p.level])).toEqual([[0, 0, 0], [5, 20, 1], [10, 40, 2], [15, 60, 3], [20, 80, 4], [25, 100, 5]]);
  });

  it('maps the 3-step frequency scale to 0, 1, 3 and 5 points', () => {
    const points = [0, 1, 2, 3].map((option) => scoreAssessment(dbi, { '1.2.1': option }).points);
    expect(points).toEqual([0, 1, 3, 5]);
  });

  it('bands ratios strictly above 0/20/40/60/80 %, exactly, whatever the float rounding', () => {
    const share = (numerator: number, denominator: number) => scoreAssessment(dbi, { '5.1.1': { numerator, denominator } }).points;
    expect(share(0, 0)).toBe(0); // none
    expect(share(0, 12)).toBe(0); // 0 %
    expect(share(1, 1000)).toBe(1); // 0.1 %
    expect(share(1, 5)).toBe(1); // exactly 20 %
    expect(share(7, 35)).toBe(1); // exactly 20 % again
    expect(share(21, 100)).toBe(2);
    expect(share(1, 3)).toBe(2); // 33.3 %
    expect(share(3, 5)).toBe(3); // exactly 60 %
    expect(share(4, 5)).toBe(4); // exactly 80 %
    expect(share(81, 100)).toBe(5);
    expect(share(12, 12)).toBe(5);
    expect(share(2.5e12, 2.5e12)).toBe(5); // money in whole VND
  });

  it('compares shares exactly: 7/100 is not above 7 %, though 7 / 100 × 100 is 7.000000000000001 in floats', () => {
    const json = tinyMethodology();
    (json.pillars[1].indices[0].criteria[0] as { bands: { abovePercent: number }[] }).bands[0].abovePercent = 7;
    const tiny = parseMethodology(json);
    const points = (numerator: number, denominator: number) => scoreAssessment(tiny, { '2.1.1': { numerator, denominator } }).points;
    expect([points(7, 100), points(8, 100), points(14, 200)]).toEqual([0, 1, 0]);
  });

  it('lists each criterion contribution with its pillar', () => {
    const result = scoreAssessment(dbi, { '2.1.1': 4, '6.1.7': { numerator: 1, denominator: 2 } });
    expect(result.criteria).toHaveLength(60);
    expect(result.criteria.find((c) => c.id === '2.1.1')).toEqual({ id: '2.1.1', pillarId: 'strategy', points: 20, maxPoints: 25 });
    expect(result.criteria.find((c) => c.id === '6.1.7')).toEqual({ id: '6.1.7', pillarId: 'data-assets', points: 3, maxPoints: 5 });
    expect(result.criteria.find((c) => c.id === '1.1.1')).toEqual({ id: '1.1.1', pillarId: 'customer-experience', points: 0, maxPoints: 5 });
  });

  it('treats absent, undefined and null answers as missing, scoring 0', () => {
    const result = scoreAssessment(dbi, { ...bestAnswers(), '1.1.1': undefined, '2.1.1': null });
    expect(result.missing).toEqual(['1.1.1', '2.1.1']);
    expect(result.points).toBe(320 - 5 - 25);
    expect(result.complete).toBe(false);
    expect(scoreAssessment(dbi, {})).toMatchObject({ points: 0, percent: 0, level: 0, complete: false });
  });

  it('names the methodology and version it used', () => {
    expect(scoreAssessment(dbi, {}).methodology).toEqual({ id: 'dbi-2021-sme', version: dbi.version });
  });

  it('scores any parsed methodology by its own rules and multipliers', () => {
    const tiny = parseMethodology(tinyMethodology());
    // ladder 2 + frequency option 1 (2 points × multiplier 2 = 4) = 6 of 14 = 42.86 % > 25 % → level 1;
    // ratio 1/2 = 50 %, not above 50 % → 1 point of 3 = 33.33 % → level 1. Total 7 > 3 with 1 pillar at ≥ 1 → 1;
    // level 2 needs > 10 points.
    const result = scoreAssessment(tiny, { '1.1.1': 2, '1.1.2': 1, '2.1.1': { numerator: 1, denominator: 2 } });
    expect(result.pillars.map((p) => [p.points, p.percent, p.level])).toEqual([[6, 42.86, 1], [1, 33.33, 1]]);
    expect(result).toMatchObject({ points: 7, maxPoints: 17, level: 1 });
  });
});

describe('scoreAssessment: refused answers', () => {
  const refusal = (answers: unknown) => {
    try {
      scoreAssessment(dbi, answers as Answers);
    } catch (error) {
      expect(error).toBeInstanceOf(AnswerError);
      const { criterionId, reason, code, message } = error as AnswerError;
      return { criterionId, reason, code, message };
    }
    throw new Error('expected an AnswerError');
  };

  it.each([
    [{ '9.9.9': 1 }, '9.9.9', 'unknown-criterion'],
    [{ '1.1.1': 1, toString: 2 }, 'toString', 'unknown-criterion'],
    [{ '1.1.1': '3' }, '1.1.1', 'wrong-shape'],
    [{ '1.1.1': { numerator: 1, denominator: 2 } }, '1.1.1', 'wrong-shape'],
    [{ '1.1.1': 6 }, '1.1.1', 'out-of-range'],
    [{ '1.1.1': -1 }, '1.1.1', 'out-of-range'],
    [{ '1.1.1': 2.5 }, '1.1.1', 'out-of-range'],
    [{ '1.1.1': NaN }, '1.1.1', 'out-of-range'],
    [{ '1.2.1': 4 }, '1.2.1', 'out-of-range'],
    [{ '1.1.3': 30 }, '1.1.3', 'wrong-shape'],
    [{ '1.1.3': [1, 2] }, '1.1.3', 'wrong-shape'],
    [{ '1.1.3': { numerator: '1', denominator: 2 } }, '1.1.3', 'wrong-shape'],
    [{ '1.1.3': { numerator: 1 } }, '1.1.3', 'wrong-shape'],
    [{ '1.1.3': { numerator: -1, denominator: 2 } }, '1.1.3', 'invalid-number'],
    [{ '1.1.3': { numerator: NaN, denominator: 2 } }, '1.1.3', 'invalid-number'],
    [{ '1.1.3': { numerator: 1, denominator: Infinity } }, '1.1.3', 'invalid-number'],
    [{ '1.1.3': { numerator: 3, denominator: 0 } }, '1.1.3', 'zero-denominator'],
    [{ '1.1.3': { numerator: 5, denominator: 4 } }, '1.1.3', 'ratio-above-one'],
  ])('%j → %s %s', (answers, criterionId, reason) => {
    expect(refusal(answers)).toMatchObject({ criterionId, reason, code: `answer/${reason}` });
  });

  it('says what was wrong in the message', () => {
    expect(refusal({ '1.1.1': 6 }).message).toBe("Answer to criterion '1.1.1': expected a whole number 0–5, got 6");
    expect(refusal({ '1.1.3': { numerator: 5, denominator: 4 } }).message).toBe("Answer to criterion '1.1.3': the numerator 5 is larger than the denominator 4");
    expect(refusal({ '9.9.9': 1 }).message).toBe("Answer to criterion '9.9.9': methodology 'dbi-2021-sme' has no criterion '9.9.9'");
  });

  it('refuses answers that are not an object of answers', () => {
    for (const answers of [null, 3, [1, 2], 'answers', new Map([['1.1.1', 5]])]) expect(refusal(answers).reason).toBe('wrong-shape');
  });
});

describe('scoreAssessment, encodeAnswers, decodeAnswers, criteriaOf: typed errors for wrong arguments', () => {
  const thrown = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return error as { name: string; code: string };
    }
    throw new Error('expected an error');
  };
  const notAMethodology = [null, undefined, {}, { pillars: 'x' }] as unknown as (typeof dbi)[];

  it('refuses something that is not a methodology with a DbiError methodology/invalid', () => {
    for (const m of notAMethodology) {
      for (const work of [() => scoreAssessment(m, {}), () => encodeAnswers(m, {}), () => decodeAnswers(m, 'x'), () => criteriaOf(m)]) {
        expect(thrown(work)).toMatchObject({ name: 'DbiError', code: 'methodology/invalid' });
      }
    }
  });

  it('refuses a bad nextSteps option with options/invalid, and accepts null options', () => {
    for (const nextSteps of [2.5, -1, NaN, Infinity, '3']) {
      expect(thrown(() => scoreAssessment(dbi, {}, { nextSteps } as never))).toMatchObject({ name: 'DbiError', code: 'options/invalid' });
    }
    expect(scoreAssessment(dbi, {}, null as never).nextSteps).toHaveLength(5);
  });

  it('refuses null answers to encode the same way scoring does', () => {
    expect(thrown(() => encodeAnswers(dbi, null as never))).toMatchObject({ name: 'AnswerError', code: 'answer/wrong-shape' });
  });
});
