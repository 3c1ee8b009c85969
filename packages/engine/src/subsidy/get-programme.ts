import { DEFAULT_PROGRAMME_ID, loadBundledProgramme } from './bundled-programmes.js';
import type { Programme } from './programme.js';
import { ProgrammeError } from './programme-error.js';

/**
 * A bundled subsidy programme by id, frozen (the test suite validates the bundled data).
 * `decree-80-2021` (Decree 80/2021/NĐ-CP Articles 5 and 11) is the default; load any other with
 * `parseProgramme`.
 *
 * @throws {ProgrammeError} `programme/not-found` for an id that is not bundled.
 * @example
 * const decree80 = getProgramme('decree-80-2021');
 * decree80.items.map((item) => item.kind); // ['dx-consulting', 'dx-solution', 'ip-consulting', 'technology-transfer-consulting']
 */
export function getProgramme(id: string = DEFAULT_PROGRAMME_ID): Programme {
  const programme = loadBundledProgramme(id);
  if (!programme) {
    throw new ProgrammeError('programme/not-found', `No bundled programme '${id}'`, [{ path: 'id', message: `unknown programme '${id}'` }]);
  }
  return programme;
}
