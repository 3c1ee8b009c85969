// The lean filter check (check-platform-filter.lean.ts, what browser bundles use) against the zod
// one: same verdict, same value, and for a filter with one bad field, the same field named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlatformFilter } from '../src/search/check-platform-filter.js';
import { checkPlatformFilter as checkLean } from '../src/search/check-platform-filter.lean.js';
import { EDGES } from './helpers/agreement.js';

/** The verdict of a filter check: the filter, or the field named in the error. */
const verdict = (check: (filter: unknown) => unknown, filter: unknown) => {
  try {
    return { value: check(filter) };
  } catch (error) {
    return { field: /field (.*?):/.exec((error as Error).message)?.[1] };
  }
};

const FIELDS = ['q', 'category', 'pillar', 'maxMonthlyPrice', 'hasTrial', 'sort', 'offset', 'limit', 'categories'];
const VALUES = [...EDGES, 'x'.repeat(200), 'x'.repeat(201), 'operations', 'data-assets', 'marketing', ['operations', 'x'], ['a', 'b'], ['a', 'B'], 'name', 'price', 'cheapest', false, 100_000];

describe('the lean filter check agrees with the zod one', () => {
  it('names the same field for every field set to each edge value', () => {
    for (const field of FIELDS) {
      for (const value of VALUES) {
        const filter = { sort: 'name', [field]: value };
        expect(verdict(checkLean, filter), JSON.stringify(filter)).toEqual(verdict(checkPlatformFilter, filter));
      }
    }
    for (const filter of [undefined, null, 'q', [], {}]) expect(verdict(checkLean, filter)).toEqual(verdict(checkPlatformFilter, filter));
  });

  it('accepts and refuses the same random filters', () => {
    const filter = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...VALUES), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 4 });
    fc.assert(
      fc.property(filter, (value) => {
        const lean = verdict(checkLean, value);
        const zod = verdict(checkPlatformFilter, value);
        expect('value' in lean).toBe('value' in zod);
        if ('value' in lean) expect(lean.value).toEqual(zod.value);
      }),
      { numRuns: 2000 },
    );
  });
});
