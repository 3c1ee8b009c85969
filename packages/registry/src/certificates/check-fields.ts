// Hand-written field checks for the certificate path. The zod schemas (certificate-claims.schema.ts,
// revocation-list.schema.ts, registry-manifest.schema.ts) stay the documented definitions; these
// checks implement the same rules without zod so that `<dbi-badge>` (Lit + verifier) fits its
// 15 KB budget: zod/mini alone costs about 9 KB min+gzip there. test/certificate-checks.test.ts
// proves both accept and produce the same values (fast-check plus the edge cases).
import type { RegistryIssue } from '../errors/registry-errors.js';

/** A check's failure: the first field found wrong. */
export class FieldIssue extends Error implements RegistryIssue {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a check gives back: the checked value (trimmed, unknown fields dropped) or the first issue. */
export type FieldCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: RegistryIssue };

/** Runs `check`, turning a thrown `FieldIssue` into a result. */
export function runCheck<T>(check: () => T): FieldCheck<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof FieldIssue) return { ok: false, issue: { field: error.field, message: error.message } };
    throw error;
  }
}

/** Refuses the value at `field` (the document itself when `field` is empty). */
export const fail = (field: string, message: string): never => {
  throw new FieldIssue(field || '(root)', message);
};

/** `a` + `b` as a JSON path: `vendor.name`, `categories[0]`. */
export const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** A JSON object (not an array, not null), for reading its fields. */
export function objectAt(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, 'Expected object');
  return value as Record<string, unknown>;
}

/** A string of `min`–`max` characters (after trimming when `trim`). */
export function stringAt(value: unknown, field: string, { min = 0, max = Infinity, trim = false } = {}): string {
  if (typeof value !== 'string') return fail(field, 'Expected string');
  const text = trim ? value.trim() : value;
  if (text.length < min) return fail(field, `Expected at least ${min} character(s)`);
  if (text.length > max) return fail(field, `Expected at most ${max} character(s)`);
  return text;
}

/** A non-empty string, trimmed (`TextSchema`). */
export const textAt = (value: unknown, field: string) => stringAt(value, field, { min: 1, trim: true });

/** A name: trimmed, 1–200 characters (`NameSchema`): platforms, vendors, a certificate's `name`. */
export const nameAt = (value: unknown, field: string) => stringAt(value, field, { min: 1, max: 200, trim: true });

/** An optional field: absent (or `undefined`) stays absent. */
export function optionalAt<T>(value: unknown, field: string, check: (value: unknown, field: string) => T): T | undefined {
  return value === undefined ? undefined : check(value, field);
}

const RECORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a platform, plan or category id (`RecordIdSchema`). */
export const isRecordId = (value: unknown): value is string => typeof value === 'string' && value.length <= 64 && RECORD_ID.test(value);

/** A record id (`RecordIdSchema`). */
export function recordIdAt(value: unknown, field: string): string {
  const id = stringAt(value, field, { max: 64 });
  return RECORD_ID.test(id) ? id : fail(field, 'Expected a lower-case id of letters, digits and single hyphens');
}

/** A safe integer ≥ 0 (`z.int().check(z.minimum(0))`). */
export function naturalAt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return fail(field, 'Expected an integer');
  return value < 0 ? fail(field, 'Expected at least 0') : value;
}

/** A JSON array, each item checked. */
export function arrayAt<T>(value: unknown, field: string, item: (value: unknown, field: string) => T): T[] {
  if (!Array.isArray(value)) return fail(field, 'Expected array');
  // Array.from visits holes (a sparse array from script) as undefined, as zod does; map would skip them.
  return Array.from(value, (entry, i) => item(entry, at(field, i)));
}

/** `value` must be exactly `expected`. */
export function literalAt<T extends string>(value: unknown, field: string, expected: T): T {
  return value === expected ? expected : fail(field, `Expected ${JSON.stringify(expected)}`);
}

// zod's ISO date-time with an offset: a real calendar date (leap years included), seconds
// required, optional fraction, then `Z` or ±hh:mm. The shape is a short pattern; whether the
// date exists is left to Date (proleptic Gregorian, as zod's leap-year pattern), rather than
// zod's 300-character pattern, which the <dbi-badge> budget cannot afford.
const DATE_TIME = /^(\d{4}-\d\d-\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `yyyy-mm-dd` is a day of the calendar (Date rolls 2025-02-29 over to March, and refuses month 13 or day 32). */
const isCalendarDate = (day: string) => !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().startsWith(day);

export function dateTimeAt(value: unknown, field: string): string {
  const text = stringAt(value, field);
  const day = DATE_TIME.exec(text)?.[1];
  return day && isCalendarDate(day) ? text : fail(field, 'Expected an ISO 8601 date-time with a time zone');
}

export function ensure(condition: boolean, field: string, message: string): void {
  if (!condition) fail(field, message);
}
