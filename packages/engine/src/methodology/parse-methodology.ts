import { deepFreeze } from '../deep-freeze.js';
import { validateData } from '../validate-data.js';
import type { Methodology } from './methodology.js';
import { summarizeIssues } from '../data-issue.js';
import { MethodologyError, type MethodologyIssue } from './methodology-error.js';
import { methodologyInvariantIssues } from './methodology-invariants.js';
import { MethodologySchema } from './methodology-schema.js';

/**
 * Validates a methodology (a JSON string, or JSON already parsed) and returns it typed and
 * frozen. Checks the structure with zod, then the invariants: unique ids, every criterion
 * numbered under its index, stated maxima equal to the sum of their parts, complete and rising
 * level rules, scales that never lose points as an answer improves, provisional marks with a
 * reason, and nothing provisional in an `official` methodology.
 *
 * @throws {MethodologyError} `methodology/invalid`, listing every issue with its JSON path.
 * @example
 * const variant = parseMethodology(await readFile('province-variant.json', 'utf8'));
 * scoreAssessment(variant, answers);
 */
export function parseMethodology(json: unknown): Methodology {
  const methodology: Methodology = validateData(json, MethodologySchema, methodologyInvariantIssues, invalidMethodology);
  return deepFreeze(methodology);
}

// A `methodology/invalid` error quoting the first three issues. Made here rather than in
// MethodologyError, so that bundles which never parse leave the issue summary out.
function invalidMethodology(issues: readonly MethodologyIssue[]): MethodologyError {
  return new MethodologyError('methodology/invalid', `Invalid methodology: ${summarizeIssues(issues)}`, issues);
}
