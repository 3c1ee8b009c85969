import { DbiError } from '../dbi-error.js';
import type { Methodology } from './methodology.js';

/**
 * Refuses what is not a methodology object, before anything reads it. A plain `DbiError` with
 * the code `methodology/invalid`: `MethodologyError` and its issue list belong to the parsers,
 * which bundles that only score never load.
 */
export function assertMethodology(methodology: Methodology): void {
  if (!Array.isArray(methodology?.pillars)) throw new DbiError('methodology/invalid', 'not a methodology (see getMethodology)');
}
