import { deepFreeze } from '../deep-freeze.js';
import decree80 from './programmes/decree-80-2021.json';
import type { Programme } from './programme.js';

/** The id of the programme `calculateSubsidy` and `classifyEnterprise` use by default. */
export const DEFAULT_PROGRAMME_ID = 'decree-80-2021';

// Bundled data is validated by the test suite with `parseProgramme` (schema and invariants),
// not again at run time, as for the bundled methodology: that keeps zod out of bundles that only
// classify and calculate (see the README's bundle sizes).
const bundled: Readonly<Record<string, Programme>> = { [DEFAULT_PROGRAMME_ID]: decree80 as unknown as Programme };

/** The ids of the bundled programmes, in a stable order. */
export const bundledProgrammeIds = (): readonly string[] => Object.keys(bundled);

/** The bundled programme with this id, frozen (callers share it); `undefined` when there is none. */
export function loadBundledProgramme(id: string): Programme | undefined {
  return Object.hasOwn(bundled, id) ? deepFreeze(bundled[id]) : undefined;
}
