import type { Criterion, Methodology } from './methodology.js';

/**
 * Every criterion of a methodology, in order (pillar by pillar, index by index).
 *
 * @example
 * criteriaOf(getMethodology('dbi-2021-sme')).length; // 60
 */
export function criteriaOf(methodology: Methodology): Criterion[] {
  return methodology.pillars.flatMap((pillar) => pillar.indices.flatMap((index) => index.criteria));
}
