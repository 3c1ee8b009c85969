// The lean (browser) variant of check-platform-filter.ts: the same rules without zod.
// test/filter-check.test.ts holds both to the same verdicts, values and fields.
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import { FieldIssue, arrayAt, ensure, naturalAt, objectAt, recordIdAt, runCheck, stringAt } from '../certificates/check-fields.js';
import { RegistryError } from '../errors/registry-errors.js';
import { booleanAt, oneOfAt, optionalField } from '../protocol/check-document-fields.js';
import { PLATFORM_SORTS, type PlatformFilter } from './platform-filter.js';

const FIELDS = ['q', 'category', 'pillar', 'maxMonthlyPrice', 'hasTrial', 'sort', 'offset', 'limit'];

/**
 * One value or a list of them. A bad list is reported as zod's union reports it: on the item
 * when every item is a string and `namesItems` (a wrong pattern or length does not abort zod's
 * parse of the list), otherwise on the field (a wrong type or an enum miss aborts it).
 */
const oneOrManyAt =
  <T>(item: (value: unknown, field: string) => T, namesItems: boolean) =>
  (value: unknown, field: string): T | T[] => {
    if (!Array.isArray(value)) return item(value, field);
    const result = runCheck(() => arrayAt(value, field, item));
    if (result.ok) return result.value;
    const named = namesItems && value.every((entry) => typeof entry === 'string');
    throw new FieldIssue(named ? result.issue.field : field, result.issue.message);
  };

/**
 * Checks a filter; a typo (`categories`), a wrong type or a negative offset throws a
 * `RegistryError` (`registry/invalid-argument`) naming the field, instead of being ignored.
 */
export function checkPlatformFilter(filter: unknown): PlatformFilter {
  const result = runCheck(() => {
    const fields = objectAt(filter ?? {}, '');
    const checked: PlatformFilter = {
      ...optionalField(fields, 'q', '', (value, field) => stringAt(value, field, { max: 200 })),
      ...optionalField(fields, 'category', '', oneOrManyAt(recordIdAt, true)),
      ...optionalField(fields, 'pillar', '', oneOrManyAt(oneOfAt(DBI_PILLAR_IDS), false)),
      ...optionalField(fields, 'maxMonthlyPrice', '', naturalAt),
      ...optionalField(fields, 'hasTrial', '', booleanAt),
      ...optionalField(fields, 'sort', '', oneOfAt(PLATFORM_SORTS)),
      ...optionalField(fields, 'offset', '', naturalAt),
      ...optionalField(fields, 'limit', '', naturalAt),
    };
    // Unknown fields last, as zod reports them after the known ones.
    const unknown = Object.keys(fields).filter((key) => !FIELDS.includes(key)).join(', ');
    ensure(!unknown, unknown, `Unknown field(s) ${unknown}`);
    return checked;
  });
  if (result.ok) return result.value;
  throw new RegistryError('registry/invalid-argument', `Invalid platform filter field ${result.issue.field}: ${result.issue.message}`);
}
