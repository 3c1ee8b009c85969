import { summarizeIssues } from '../data-issue.js';
import { validateData } from '../validate-data.js';
import type { RateFraction, Programme } from './programme.js';
import { ProgrammeError, type ProgrammeIssue } from './programme-error.js';
import { ProgrammeSchema } from './programme-schema.js';
import { SME_SIZES } from './enterprise-size.js';

/**
 * Validates a programme (a JSON string, or JSON already parsed) and returns it typed. Checks the
 * structure with zod, then the invariants: unique item kinds, rates and shares of at most 100%,
 * size limits that grow from micro to medium, an end date after the start date.
 *
 * @throws {ProgrammeError} `programme/invalid`, with every issue and its JSON path.
 * @example
 * const vouchers = parseProgramme(await readFile('vouchers-2026.json', 'utf8'));
 * calculateSubsidy({ size: 'micro', items: [{ kind: 'basic-solution', cost: 12_000_000 }] }, vouchers);
 */
export function parseProgramme(json: unknown): Programme {
  return validateData(json, ProgrammeSchema, programmeInvariantIssues, invalidProgramme);
}

// A `programme/invalid` error quoting the first three issues. Made here rather than in
// ProgrammeError, so that bundles which never parse leave the issue summary out.
function invalidProgramme(issues: readonly ProgrammeIssue[]): ProgrammeError {
  return new ProgrammeError('programme/invalid', `Invalid programme: ${summarizeIssues(issues)}`, issues);
}

function programmeInvariantIssues(programme: Programme): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  const atMostOne = (fraction: RateFraction, path: string) => {
    if (fraction.numerator > fraction.denominator) issues.push({ path, message: 'must be at most 100% (numerator ≤ denominator)' });
  };

  const seen = new Set<string>();
  programme.items.forEach((item, index) => {
    if (seen.has(item.kind)) issues.push({ path: `items[${index}].kind`, message: `duplicate kind '${item.kind}'` });
    seen.add(item.kind);
    for (const [size, terms] of Object.entries(item.sizes)) {
      if (terms) atMostOne(terms.rate, `items[${index}].sizes.${size}.rate`);
    }
  });

  for (const [sector, { limits }] of Object.entries(programme.sizeClasses.sectors)) {
    for (let i = 1; i < SME_SIZES.length; i++) {
      const smaller = limits[SME_SIZES[i - 1]];
      const larger = limits[SME_SIZES[i]];
      for (const figure of ['employees', 'revenue', 'capital'] as const) {
        if (larger[figure] < smaller[figure]) {
          issues.push({
            path: `sizeClasses.sectors.${sector}.limits.${SME_SIZES[i]}.${figure}`,
            message: `must not be below the ${SME_SIZES[i - 1]} limit (${smaller[figure]})`,
          });
        }
      }
    }
  }

  const { womanOwned, manyFemaleWorkers } = programme.priority;
  atMostOne(womanOwned.minCapitalShare, 'priority.womanOwned.minCapitalShare');
  atMostOne(manyFemaleWorkers.minShareBelowThreshold, 'priority.manyFemaleWorkers.minShareBelowThreshold');
  atMostOne(manyFemaleWorkers.minShareFromThreshold, 'priority.manyFemaleWorkers.minShareFromThreshold');

  const { from, until } = programme.effective;
  if (until !== null && until < from) issues.push({ path: 'effective.until', message: `must not be before effective.from (${from})` });
  return issues;
}
