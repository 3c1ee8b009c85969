import type { BuildProblem } from './registry-source.js';

/** The latest time a `Date` can hold, in seconds (8.64e15 ms). */
const MAX_SECONDS = 8_640_000_000_000;

/**
 * `$SOURCE_DATE_EPOCH` (reproducible builds): a whole number of seconds since 1970, as ms.
 * `undefined` when it is unset or empty; anything else that is not such a number is added to
 * `problems` (file `environment`, field `SOURCE_DATE_EPOCH`) and gives `undefined`.
 */
export function readSourceDateEpoch(value: string | undefined, problems: BuildProblem[]): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value) && Number(value) <= MAX_SECONDS) return Number(value) * 1000;
  problems.push({ file: 'environment', field: 'SOURCE_DATE_EPOCH', message: `Expected a whole number of seconds since 1970-01-01T00:00:00Z, got ${JSON.stringify(value)}` });
  return undefined;
}
