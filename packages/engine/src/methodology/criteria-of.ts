import { assertMethodology } from './assert-methodology.js';
import type { Criterion, Methodology } from './methodology.js';

/**
 * Every criterion of a methodology, in order (pillar by pillar, index by index).
 *
 * @throws {DbiError} `methodology/invalid` when `methodology` is not a methodology object.
 *
 * @example
 * criteriaOf(getMethodology('dbi-2021-sme')).length; // 60
 */
export function criteriaOf(methodology: Methodology): Criterion[] {
  assertMethodology(methodology);
  return methodology.pillars.flatMap((pillar) => pillar.indices.flatMap((index) => index.criteria));
}
