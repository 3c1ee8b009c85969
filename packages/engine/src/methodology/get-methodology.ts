import dbi2021Sme from './data/dbi-2021-sme.json';
import { deepFreeze } from '../deep-freeze.js';
import type { Methodology } from './methodology.js';
import { MethodologyError } from './methodology-error.js';

// Bundled data is validated by the test suite with `parseMethodology` (schema and invariants),
// not again at run time: that keeps zod out of bundles that only score (see METHODOLOGY.md).
const bundled: Readonly<Record<string, Methodology>> = {
  'dbi-2021-sme': dbi2021Sme as unknown as Methodology,
};

/**
 * A methodology bundled with the engine, frozen. The same id always returns the same object.
 *
 * @throws {MethodologyError} `methodology/not-found` for an id that is not bundled.
 * @example
 * const dbi = getMethodology('dbi-2021-sme');
 * dbi.pillars.map((pillar) => pillar.title.vi);
 */
export function getMethodology(id: string): Methodology {
  if (!Object.hasOwn(bundled, id)) {
    throw new MethodologyError('methodology/not-found', `No bundled methodology '${id}'. Bundled: ${listMethodologies().join(', ')}.`);
  }
  return deepFreeze(bundled[id]);
}

/** The ids of the bundled methodologies, e.g. `['dbi-2021-sme']`. */
export function listMethodologies(): string[] {
  return Object.keys(bundled);
}
