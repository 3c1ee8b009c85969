import { describe, expect, it } from 'vitest';
import { criteriaOf, getMethodology, listMethodologies, maxAnswer, MethodologyError, minAnswer, parseMethodology, scoreAssessment } from '@dbi-kit/engine';
import { tinyMethodology } from './fixtures/tiny-methodology.js';

describe('getMethodology / listMethodologies', () => {
  it('lists and returns the bundled methodologies, always the same frozen object', () => {
    expect(listMethodologies()).toEqual(['dbi-2021-sme']);
    const dbi = getMethodology('dbi-2021-sme');
    expect(getMethodology('dbi-2021-sme')).toBe(dbi);
    expect(Object.isFrozen(dbi.pillars[2].indices[1].criteria[0])).toBe(true);
  });

  it('throws a typed error naming the unknown id and the bundled ones', () => {
    expect(() => getMethodology('dbi-2023-sme')).toThrow(MethodologyError);
    expect(() => getMethodology('dbi-2023-sme')).toThrow("No bundled methodology 'dbi-2023-sme'. Bundled: dbi-2021-sme.");
    expect(() => getMethodology('toString')).toThrow(expect.objectContaining({ code: 'methodology/not-found' }));
  });
});

describe('criteriaOf', () => {
  it('lists every criterion in pillar and index order', () => {
    const tiny = parseMethodology(tinyMethodology());
    expect(criteriaOf(tiny).map((criterion) => criterion.id)).toEqual(['1.1.1', '1.1.2', '2.1.1']);
  });
});

describe('maxAnswer / minAnswer', () => {
  const [ladder, frequency, ratio] = criteriaOf(parseMethodology(tinyMethodology()));

  it('gives the best and worst answer of each kind', () => {
    expect([maxAnswer(ladder), maxAnswer(frequency), maxAnswer(ratio)]).toEqual([4, 2, { numerator: 1, denominator: 1 }]);
    expect([minAnswer(ladder), minAnswer(frequency), minAnswer(ratio)]).toEqual([0, 0, { numerator: 0, denominator: 0 }]);
  });

  it('gives answers that score the maximum and zero', () => {
    const tiny = parseMethodology(tinyMethodology());
    const best = Object.fromEntries(criteriaOf(tiny).map((c) => [c.id, maxAnswer(c)]));
    const worst = Object.fromEntries(criteriaOf(tiny).map((c) => [c.id, minAnswer(c)]));
    expect(scoreAssessment(tiny, best).points).toBe(17);
    expect(scoreAssessment(tiny, worst)).toMatchObject({ points: 0, complete: true });
  });
});
