import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

// zod/mini ships no locale (every message is "Invalid input" unless the schema set one), and
// loading one globally would change other packages' messages; so say what is wrong from the
// issue's own fields.
/** A short English message for one zod issue: what was expected at its path. */
export function schemaIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`;
    case 'too_small':
      return bound(issue.origin, issue.inclusive ? 'at least' : 'more than', issue.minimum);
    case 'too_big':
      return bound(issue.origin, issue.inclusive ? 'at most' : 'less than', issue.maximum);
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
    case 'invalid_format':
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
