import { invalidArgument } from '../errors/invalid-argument.js';
import type { RegistryRetryOptions } from '../http/retry-options.js';
import { checkMilliseconds } from './check-milliseconds.js';

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Each retry option and what it must be (`undefined` is always allowed: the default). */
const RETRY_FIELDS: Record<keyof RegistryRetryOptions, (value: unknown, name: string) => void> = {
  limit: (value, name) => {
    if (!isCount(value)) throw invalidArgument(`${name} must be a whole number ≥ 0, got ${String(value)}`);
  },
  delay: (value, name) => {
    if (typeof value !== 'function') throw invalidArgument(`${name} must be a function (attempt) => ms, got ${String(value)}`);
  },
  backoffLimit: (value, name) => void checkMilliseconds(value as number, name, 0),
  maxRetryAfter: (value, name) => void checkMilliseconds(value as number, name, 0),
  retryOnTimeout: (value, name) => {
    if (typeof value !== 'boolean') throw invalidArgument(`${name} must be true or false, got ${String(value)}`);
  },
};

/**
 * The client's `retry` option: absent, a whole number ≥ 0 (the limit), or an object of the
 * known retry options only (a misspelt one would silently do nothing).
 *
 * @throws RegistryError `registry/invalid-argument` naming the option (`retry`, `retry.limit`, …)
 */
export function checkRetry(retry: unknown): number | RegistryRetryOptions {
  if (retry === undefined) return {};
  if (typeof retry === 'number') {
    RETRY_FIELDS.limit(retry, 'retry');
    return retry;
  }
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry)) {
    throw invalidArgument(`retry must be a whole number ≥ 0 or { ${Object.keys(RETRY_FIELDS).join(', ')} }, got ${String(retry)}`);
  }
  for (const [name, value] of Object.entries(retry)) {
    if (!Object.hasOwn(RETRY_FIELDS, name)) throw invalidArgument(`retry.${name} is not a retry option (${Object.keys(RETRY_FIELDS).join(', ')})`);
    if (value !== undefined) RETRY_FIELDS[name as keyof RegistryRetryOptions](value, `retry.${name}`);
  }
  return retry as RegistryRetryOptions;
}
