import { describe, expect, it } from 'vitest';
import { getMethodology, parseMethodology } from '@dbi-kit/engine';
import { compilePlan, pillarResult, scoringPlan } from '../../src/methodology/scoring-plan.js';
import { tinyMethodology } from './fixtures/tiny-methodology.js';

// The tiny methodology with its frequency scale given a flat stretch (0, 2, 2, 5 points, ×2),
// so that one answer change can be worth nothing: ladder 1.1.1 (0–4), frequency 1.1.2, ratio 2.1.1
// (above 0 % → 1, above 50 % → 3).
function tiny() {
  const json = tinyMethodology();
  const frequency = json.pillars[0].indices[0].criteria[1] as { options: { text: { vi: string; en: string }; points: number }[] };
  frequency.options.splice(2, 0, { text: { vi: 'Đôi khi (vi)', en: 'At times' }, points: 2 });
  json.pillars[0].maxPoints = 14;
  return parseMethodology(json);
}

describe('compilePlan', () => {
  const plan = compilePlan(tiny());

  it('lays every position of every criterion out flat, in methodology order', () => {
    expect(plan.ids).toEqual(['1.1.1', '1.1.2', '2.1.1']);
    expect([...plan.start]).toEqual([0, 5, 9]);
    expect(plan.results.map((result) => result.pillarId)).toEqual([...Array(9).fill('pillar-a'), 'pillar-b', 'pillar-b', 'pillar-b']);
    expect([...plan.pointsAt]).toEqual([0, 1, 2, 3, 4, /* ×2 */ 0, 4, 4, 10, /* ratio */ 0, 1, 3]);
    expect([...plan.above.subarray(9, 11)]).toEqual([0, 50]);
    expect(plan.numbers.get('2.1.1')).toBe(2);
  });

  it('points each position at the next one worth more, with its gain, skipping flat stretches', () => {
    // frequency option 1 (4 points) → option 3 (10 points): option 2 is worth no more than option 1.
    expect([...plan.next.subarray(5, 9)]).toEqual([1, 3, 3, 4]);
    const gains = (from: number, to: number) => [...plan.gainSlot.subarray(from, to)].map((slot) => plan.slotGain[slot]);
    expect(gains(5, 9)).toEqual([4, 6, 6, 0]);
    expect(gains(0, 5)).toEqual([1, 1, 1, 1, 0]);
    expect(gains(9, 12)).toEqual([1, 2, 0]);
  });

  it('gives each pillar its own slot per distinct gain, and slot 0 to no gain', () => {
    // pillar-a: gains 1 (ladder), 4 and 6 (frequency); pillar-b: gains 1 and 2 (ratio).
    expect([...plan.slotGain]).toEqual([0, 1, 4, 6, 1, 2]);
    expect([...plan.slotPillar]).toEqual([0, 0, 0, 0, 1, 1]);
    expect([...plan.gainSlot]).toEqual([1, 1, 1, 1, 0, 2, 3, 3, 0, 4, 5, 0]);
  });

  it('knows below which denominator a ratio step can jump bands: 100 over the closest bands’ gap', () => {
    // Ratio 2.1.1 has bands above 0 % and 50 %: 1/1 passes both. Over 2 the smallest share above 0 % is
    // 1/2 = 50 %, not above 50 %. Non-ratios never jump.
    expect([...plan.jumpsBelow]).toEqual([0, 0, 2]);
    // dbi-2021-sme bands are 20 points apart.
    expect(scoringPlan(getMethodology('dbi-2021-sme')).jumpsBelow[4]).toBe(5);
  });

  it('knows where each pillar’s criteria are', () => {
    expect([...plan.pillarFirst]).toEqual([0, 2, 3]);
  });

  it('builds each criterion result once per position, frozen so that results can share it', () => {
    const result = plan.results[plan.start[1] + 3];
    expect(result).toEqual({ id: '1.1.2', pillarId: 'pillar-a', points: 10, maxPoints: 10 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(plan.results).toHaveLength(12);
  });

  it('compiles once per methodology object', () => {
    const methodology = tiny();
    expect(scoringPlan(methodology)).toBe(scoringPlan(methodology));
    expect(scoringPlan(methodology)).not.toBe(scoringPlan(tiny()));
  });
});

describe('pillarResult', () => {
  const plan = compilePlan(tiny());

  it('computes percent and level by the pillar rule (above 25 % → 1, above 50 % → 2)', () => {
    expect(pillarResult(plan, 0, 3)).toEqual({ id: 'pillar-a', points: 3, maxPoints: 14, percent: 21.43, level: 0 });
    expect(pillarResult(plan, 0, 4)).toMatchObject({ percent: 28.57, level: 1 });
    expect(pillarResult(plan, 0, 7)).toMatchObject({ percent: 50, level: 1 });
    expect(pillarResult(plan, 0, 8)).toMatchObject({ percent: 57.14, level: 2 });
    expect(pillarResult(plan, 1, 2)).toEqual({ id: 'pillar-b', points: 2, maxPoints: 3, percent: 66.67, level: 2 });
  });

  it('shares one frozen result per pillar and number of points', () => {
    expect(pillarResult(plan, 0, 5)).toBe(pillarResult(plan, 0, 5));
    expect(Object.isFrozen(pillarResult(plan, 0, 5))).toBe(true);
    expect(pillarResult(plan, 0, 2)).not.toBe(pillarResult(plan, 1, 2));
    expect(pillarResult(plan, 1, 0)).toEqual({ id: 'pillar-b', points: 0, maxPoints: 3, percent: 0, level: 0 });
  });
});
