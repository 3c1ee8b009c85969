import type * as z from 'zod/mini';

// zod/mini ships no messages ("Invalid input") unless a locale is configured globally, which a
// library must not do to its host. The issue's own fields say enough to write one line.

/** One line of English for a zod issue, e.g. `unknown key 'capbasis'`, `expected one of a, b`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'expected a whole number' : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
    case 'too_small':
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'expected a date YYYY-MM-DD';
      if (issue.format === 'url') return 'expected an http(s) URL';
      return issue.format === 'regex' ? issue.message : `expected ${issue.format}`;
    default:
      return issue.message;
  }
}
