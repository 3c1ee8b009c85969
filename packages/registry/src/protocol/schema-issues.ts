import type { z } from 'zod/mini';
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

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * English prose for a zod issue. zod/mini ships no messages (its default is "Invalid input"),
 * and loading a zod locale would be a global side effect, so the few kinds we meet are worded here.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `Expected at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `Expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `Expected at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `Expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `Expected ${issue.values.length === 1 ? list(issue.values) : `one of ${list(issue.values)}`}`;
    case 'invalid_format':
      return `Expected the ${issue.format} format`;
    case 'unrecognized_keys':
      return `Unknown field(s) ${issue.keys.join(', ')}`;
    default:
      return 'Invalid value';
  }
}

/** zod's issues as registry issues. */
export function toRegistryIssues(error: z.core.$ZodError): RegistryIssue[] {
  return error.issues.map((issue) => ({ field: formatJsonPath(issue.path), message: describeIssue(issue) }));
}
