import type { DataIssue } from '../data-issue.js';
import { DbiError } from '../dbi-error.js';

/** One problem found in a programme file: where (a JSON path such as `items[1].sizes.micro.cap`) and what. */
export type ProgrammeIssue = DataIssue;

/**
 * A programme file that does not parse or breaks an invariant (`programme/invalid`), or a
 * programme id that is not bundled (`programme/not-found`). `issues` lists every problem found.
 *
 * @example
 * try { parseProgramme(json); }
 * catch (error) { if (error instanceof ProgrammeError) for (const i of error.issues) console.log(i.path, i.message); }
 */
export class ProgrammeError extends DbiError {
  readonly issues: readonly ProgrammeIssue[];
  declare readonly code: 'programme/invalid' | 'programme/not-found';

  constructor(code: 'programme/invalid' | 'programme/not-found', message: string, issues: readonly ProgrammeIssue[] = []) {
    super(code, message);
    this.issues = issues;
  }

}
