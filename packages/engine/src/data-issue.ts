/** One problem in a data file (a methodology or a programme): where, as a JSON path such as `items[1].cap`, and what. */
export interface DataIssue {
  readonly path: string;
  readonly message: string;
}

/** The first three issues quoted in one line, e.g. `title.vi: must not be empty; id: … (and 2 more)`. */
export function summarizeIssues(issues: readonly DataIssue[]): string {
  const quoted = issues.slice(0, 3).map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
  return `${quoted.join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`;
}
