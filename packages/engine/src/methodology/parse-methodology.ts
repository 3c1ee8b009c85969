import * as z from 'zod/mini';
import { deepFreeze } from './deep-freeze.js';
import type { Methodology } from './methodology.js';
import { MethodologyError } from './methodology-error.js';
import { methodologyInvariantIssues } from './methodology-invariants.js';
import { MethodologySchema } from './methodology-schema.js';
import { schemaIssueMessage } from './schema-issue-message.js';

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
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw MethodologyError.invalid([{ path: '', message: `not JSON: ${(error as Error).message}` }]);
    }
  }
  const parsed = MethodologySchema.safeParse(data);
  if (!parsed.success) {
    throw MethodologyError.invalid(parsed.error.issues.map((issue) => ({ path: z.core.toDotPath(issue.path), message: schemaIssueMessage(issue) })));
  }
  const methodology: Methodology = parsed.data;
  const issues = methodologyInvariantIssues(methodology);
  if (issues.length > 0) throw MethodologyError.invalid(issues);
  return deepFreeze(methodology);
}
