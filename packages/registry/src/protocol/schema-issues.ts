import type { z } from 'zod';
import type { RegistryIssue } from '../errors/registry-errors.js';

/** `['plans', 0, 'price']` → `plans[0].price`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** zod's issues as registry issues. */
export function toRegistryIssues(error: z.ZodError): RegistryIssue[] {
  return error.issues.map((issue) => ({ field: formatJsonPath(issue.path), message: issue.message }));
}
