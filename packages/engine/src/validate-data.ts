import type * as z from 'zod/mini';
import type { DataIssue } from './data-issue.js';
import { toDataIssue } from './to-data-issue.js';

/**
 * Validates a data file (a JSON string, or JSON already parsed): its structure with the zod
 * schema, then the invariants a schema cannot express. Shared by `parseMethodology` and
 * `parseProgramme`, which differ only in their schema, invariants and error.
 *
 * @param invalid builds the error thrown with every issue found (the structure's, or else the invariants').
 */
export function validateData<T>(
  json: unknown,
  schema: z.ZodMiniType<T>,
  invariants: (data: T) => DataIssue[],
  invalid: (issues: readonly DataIssue[]) => Error,
): T {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw invalid([{ path: '', message: `not JSON: ${(error as Error).message}` }]);
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error.issues.map(toDataIssue));
  const issues = invariants(parsed.data);
  if (issues.length > 0) throw invalid(issues);
  return parsed.data;
}
