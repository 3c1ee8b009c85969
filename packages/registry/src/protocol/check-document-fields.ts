// Field checks for the registry documents, on top of the certificate path's (check-fields.ts):
// the rules of common.schema.ts and of the record schemas, without zod, for the lean (browser)
// variant. test/document-checks.test.ts holds them to the zod schemas.
import { DBI_PILLAR_IDS, type DbiPillarId } from '@dbi-kit/engine';
import type { LocalizedText } from './schemas/common.schema.js';
import { arrayAt, at, ensure, fail, objectAt, recordIdAt, stringAt, textAt } from '../certificates/check-fields.js';

type Check<T> = (value: unknown, field: string) => T;

/** An integer from `min` to `max` (`z.int().check(z.minimum(min), z.maximum(max))`). */
export function integerAt(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  ensure(typeof value === 'number' && Number.isSafeInteger(value), field, 'Expected an integer');
  ensure((value as number) >= min, field, `Expected at least ${min}`);
  ensure((value as number) <= max, field, `Expected at most ${max}`);
  return value as number;
}

/** `true` or `false`. */
export function booleanAt(value: unknown, field: string): boolean {
  return typeof value === 'boolean' ? value : fail(field, 'Expected boolean');
}

/** `null`, or a value `check` accepts (`z.nullable`). */
export const nullableAt =
  <T>(check: Check<T>): Check<T | null> =>
  (value, field) =>
    value === null ? null : check(value, field);

/** One of `values` (`z.enum`). */
export const oneOfAt =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value, field) =>
    values.includes(value as T) ? (value as T) : fail(field, `Expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);

/** A string matching `pattern` (`z.string().check(z.regex(pattern))`). */
export const matchAt =
  (pattern: RegExp, message: string): Check<string> =>
  (value, field) => {
    const text = stringAt(value, field);
    return pattern.test(text) ? text : fail(field, message);
  };

/** A registry document's version (`RegistryVersionSchema`). */
export const versionAt: Check<string> = (value, field) => stringAt(value, field, { min: 1, max: 128 });

/** `LocalizedTextSchema`. */
export function localizedTextAt(value: unknown, field: string): LocalizedText {
  const text = objectAt(value, field);
  return { vi: textAt(text.vi, at(field, 'vi')), en: textAt(text.en, at(field, 'en')) };
}

// Not URL.canParse: it would raise the browsers this runs in above what AbortSignal.any already asks.
const parses = (url: string) => {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
};

/**
 * `WebUrlSchema` (`z.url({ protocol: /^https?$/ })`): an absolute http(s) URL with `//`. Like
 * zod, the value comes back trimmed and without tabs and line breaks (the URL parser ignores them).
 */
export function webUrlAt(value: unknown, field: string): string {
  const url = stringAt(value, field).trim();
  // The scheme test first, as zod's: `https:example.com` parses, but is refused.
  ensure(/^https?:\/\//i.test(url) && parses(url), field, 'Expected an absolute http(s) URL');
  return url.replace(/[\t\n\r]/g, '');
}

const RELATIVE_PATH = /^(?![./])[A-Za-z0-9._~/-]+$/;

/** `AssetUrlSchema`: an http(s) URL, or a relative path that stays inside the registry. */
export function assetUrlAt(value: unknown, field: string): string {
  // The two forms cannot overlap (a relative path has no `:`), so the order of zod's union does not matter.
  if (typeof value === 'string' && RELATIVE_PATH.test(value)) return value;
  try {
    return webUrlAt(value, field);
  } catch {
    return fail(field, 'Expected an http(s) URL or a relative path');
  }
}

// zod's email pattern, as it is (the HTML input[type=email] rule); the agreement test holds it to zod's.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** `z.email()`. */
export const emailAt: Check<string> = matchAt(EMAIL, 'Expected the email format');

/** A list whose `key` (default: the item) is unique; non-empty unless `min` is 0 (`uniqueList`). */
export function uniqueListAt<T>(value: unknown, field: string, item: Check<T>, what: string, key: (item: T) => unknown = (entry) => entry, min = 1): T[] {
  const list = arrayAt(value, field, item);
  ensure(list.length >= min, field, `Expected at least ${min} item(s)`);
  ensure(new Set(list.map(key)).size === list.length, field, `Duplicate ${what}`);
  return list;
}

/** `PillarListSchema`. */
export const pillarsAt: Check<DbiPillarId[]> = (value, field) => uniqueListAt(value, field, oneOfAt(DBI_PILLAR_IDS), 'pillars');

/** `{ [key]: value }` when `record[key]` is present and valid, `{}` when it is absent (`z.optional`), for spreading into a result. */
export function optionalField<K extends string, T>(record: Record<string, unknown>, key: K, path: string, check: Check<T>): { [P in K]?: T } {
  return record[key] === undefined ? {} : ({ [key]: check(record[key], at(path, key)) } as { [P in K]?: T });
}

/** `CategoryListSchema`: any record ids, at least one, no duplicates. */
export const categoriesAt: Check<string[]> = (value, field) => uniqueListAt(value, field, recordIdAt, 'categories');
