import type { Methodology } from './methodology.js';
import { MethodologyError } from './methodology-error.js';

/** Refuses what is not a methodology object, before anything reads it. */
export function assertMethodology(methodology: Methodology): void {
  if (typeof methodology !== 'object' || !Array.isArray(methodology?.pillars)) {
    throw new MethodologyError('methodology/invalid', 'expected a methodology from getMethodology or parseMethodology');
  }
}
