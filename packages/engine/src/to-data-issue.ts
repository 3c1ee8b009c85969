import type * as z from 'zod/mini';
import type { DataIssue } from './data-issue.js';

// zod/mini ships no messages ("Invalid input") unless a locale is configured globally, which a
// library must not do to its host. The issue's own fields say enough to write one line.
/** A zod issue as a {@link DataIssue}: its path, and one line of English saying what was expected. */
export function toDataIssue(issue: z.core.$ZodIssue): DataIssue {
  return { path: formatPath(issue.path), message: describe(issue) };
}

/** `['items', 1, 'cap']` → `items[1].cap`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}`;
    case 'too_small':
      return bound(issue.origin, issue.inclusive ? 'at least' : 'more than', issue.minimum);
    case 'too_big':
      return bound(issue.origin, issue.inclusive ? 'at most' : 'less than', issue.maximum);
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
    case 'invalid_format':
      // Every pattern of the engine's schemas carries its own message, e.g. 'expected a date YYYY-MM-DD'.
      return issue.message !== 'Invalid input' ? issue.message : `expected ${issue.format}`;
    default:
      return issue.message;
  }
}

function bound(origin: string, relation: string, limit: number | bigint): string {
  if (origin === 'string') return Number(limit) === 1 && relation === 'at least' ? 'must not be empty' : `must have ${relation} ${limit} characters`;
  if (origin === 'array') return `must have ${relation} ${limit} item${Number(limit) === 1 ? '' : 's'}`;
  return `must be ${relation} ${limit}`;
}
