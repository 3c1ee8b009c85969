import { getProgramme, parseProgramme, type Programme } from '@dbi-kit/engine';
import type { CliIo } from '../cli/cli-io.js';
import { isFileSpec } from './is-file-spec.js';
import { readJsonFile } from './read-json-file.js';

/** A bundled subsidy programme by id (default `decree-80-2021`), or one read from a JSON file. */
export async function loadProgramme(spec: string | undefined, io: CliIo): Promise<Programme> {
  if (spec === undefined) return getProgramme();
  return isFileSpec(spec) ? parseProgramme(await readJsonFile(spec, io)) : getProgramme(spec);
}
