import type { Programme } from './programme.js';
import { ProgrammeError } from './programme-error.js';

/** Refuses what is not a programme object, before anything reads it. */
export function assertProgramme(programme: Programme): void {
  if (typeof programme !== 'object' || !Array.isArray(programme?.items) || typeof programme.sizeClasses !== 'object') {
    throw new ProgrammeError('programme/invalid', 'expected a programme from getProgramme or parseProgramme');
  }
}
