import decree80 from './programmes/decree-80-2021.json';
import type { Programme } from './programme.js';
import { parseProgramme } from './parse-programme.js';

/** The id of the programme `calculateSubsidy` and `classifyEnterprise` use by default. */
export const DEFAULT_PROGRAMME_ID = 'decree-80-2021';

// Raw JSON per id; each is validated on first use, then frozen and kept, because callers share it.
const sources: Readonly<Record<string, unknown>> = { [DEFAULT_PROGRAMME_ID]: decree80 };
const parsed = new Map<string, Programme>();

/** The ids of the bundled programmes, in a stable order. */
export const bundledProgrammeIds = (): readonly string[] => Object.keys(sources);

/** The bundled programme with this id, validated and frozen; `undefined` when there is none. */
export function loadBundledProgramme(id: string): Programme | undefined {
  if (!Object.hasOwn(sources, id)) return undefined;
  let programme = parsed.get(id);
  if (!programme) {
    programme = deepFreeze(parseProgramme(sources[id]));
    parsed.set(id, programme);
  }
  return programme;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
