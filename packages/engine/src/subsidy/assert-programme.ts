import { DbiError } from '../dbi-error.js';
import type { Programme } from './programme.js';

/**
 * Refuses what is not a programme object, before anything reads it. A plain `DbiError` with the
 * code `programme/invalid`: `ProgrammeError` and its issue list belong to the parsers.
 */
export function assertProgramme(programme: Programme): void {
  if (!Array.isArray(programme?.items) || typeof programme.sizeClasses !== 'object') throw new DbiError('programme/invalid', 'not a programme (see getProgramme)');
}
