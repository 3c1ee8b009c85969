import type { DataIssue } from '../data-issue.js';
import { DbiError } from '../dbi-error.js';

/** One problem in a methodology file: where (a JSON path such as `pillars[2].indices[0].criteria[3].id`) and what. */
export type MethodologyIssue = DataIssue;

/** `methodology/invalid`: the file breaks the schema or an invariant. `methodology/not-found`: no bundled methodology has that id. */
export type MethodologyErrorCode = 'methodology/invalid' | 'methodology/not-found';

/**
 * A methodology that does not parse or breaks an invariant, or an id that is not bundled.
 * `issues` lists every problem found, each with its JSON path.
 *
 * @example
 * try { parseMethodology(json); }
 * catch (error) { if (error instanceof MethodologyError) for (const i of error.issues) console.log(i.path, i.message); }
 */
export class MethodologyError extends DbiError {
  declare readonly code: MethodologyErrorCode;
  readonly issues: readonly MethodologyIssue[];

  constructor(code: MethodologyErrorCode, message: string, issues: readonly MethodologyIssue[] = []) {
    super(code, message);
    this.issues = issues;
  }

}
