import { SubsidyInputError } from './subsidy-input-error.js';

// Input guards shared by the size-class, subsidy and priority functions. Each names the field
// it checks, so the error can point at it; none ever coerces or defaults a value.

const describe = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : String(value));

/** An object (not null, not an array). */
export function assertRecord(value: unknown, field: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SubsidyInputError('subsidy/invalid-input', field, `expected an object, got ${Array.isArray(value) ? 'an array' : describe(value)}`);
  }
}

/** An array. */
export function assertArray(value: unknown, field: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new SubsidyInputError('subsidy/invalid-input', field, `expected an array, got ${describe(value)}`);
}

/** Whole VND: an integer ≥ 0 small enough to add exactly (≤ Number.MAX_SAFE_INTEGER). */
export function assertVnd(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new SubsidyInputError('subsidy/invalid-amount', field, `expected whole VND (an integer ≥ 0), got ${describe(value)}`);
  }
}

/** A headcount: a finite number ≥ 0 (a yearly average may be fractional). */
export function assertCount(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new SubsidyInputError('subsidy/invalid-count', field, `expected a number of people ≥ 0, got ${describe(value)}`);
  }
}

/** A share between 0 and 1 inclusive (0.51 for 51%). */
export function assertShare(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new SubsidyInputError('subsidy/invalid-share', field, `expected a share from 0 to 1 (0.51 for 51%), got ${describe(value)}`);
  }
}

export function assertBoolean(value: unknown, field: string): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throw new SubsidyInputError('subsidy/invalid-flag', field, `expected true or false, got ${describe(value)}`);
  }
}

/** Absent, or a string. */
export function assertOptionalString(value: unknown, field: string): asserts value is string | undefined {
  if (value !== undefined && typeof value !== 'string') {
    throw new SubsidyInputError('subsidy/invalid-text', field, `expected a string, got ${describe(value)}`);
  }
}

/** One of a known list of ids. */
export function assertOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  code: 'subsidy/unknown-sector' | 'subsidy/unknown-size' | 'subsidy/unknown-kind',
): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new SubsidyInputError(code, field, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
  }
}
