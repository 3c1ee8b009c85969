import { bundledProgrammeIds, loadBundledProgramme } from './bundled-programmes.js';
import type { Programme } from './programme.js';

/** What a picker needs to show a programme. */
export type ProgrammeSummary = Pick<Programme, 'id' | 'version' | 'title' | 'status' | 'effective'>;

/**
 * The bundled programmes, one summary each (id, version, title, status, effective dates).
 *
 * @example
 * listProgrammes().map((p) => p.id); // ['decree-80-2021']
 */
export function listProgrammes(): ProgrammeSummary[] {
  return bundledProgrammeIds().map((id) => {
    const { version, title, status, effective } = loadBundledProgramme(id)!;
    return { id, version, title, status, effective };
  });
}
