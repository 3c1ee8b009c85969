import { getMethodology, parseMethodology, type Methodology } from '@dbi-kit/engine';
import type { CliIo } from '../cli/cli-io.js';
import { isFileSpec } from './is-file-spec.js';
import { readJsonFile } from './read-json-file.js';

/** The methodology `template` and `score` use unless told otherwise. */
export const DEFAULT_METHODOLOGY_ID = 'dbi-2021-sme';

/** A bundled methodology by id (default `dbi-2021-sme`), or one read from a JSON file and validated. */
export async function loadMethodology(spec: string | undefined, io: CliIo): Promise<Methodology> {
  if (spec === undefined) return getMethodology(DEFAULT_METHODOLOGY_ID);
  return isFileSpec(spec) ? parseMethodology(await readJsonFile(spec, io)) : getMethodology(spec);
}
