import { invalidArgument } from '../errors/invalid-argument.js';
import type { RegistryRetryOptions } from '../http/retry-options.js';

/**
 * `check-retry.ts`'s twin in browser bundles (see lean-modules.mjs): the `retry` option's shape
 * only, a whole number ≥ 0 or an object; its fields are not checked one by one there, for the
 * drop-in's size. The elements pass no `retry`.
 *
 * @throws RegistryError `registry/invalid-argument` naming `retry`
 */
export function checkRetry(retry: unknown): number | RegistryRetryOptions {
  if (retry === undefined) return {};
  if ((Number.isInteger(retry) && (retry as number) >= 0) || (typeof retry === 'object' && retry !== null && !Array.isArray(retry))) return retry as number | RegistryRetryOptions;
  throw invalidArgument(`retry must be a whole number ≥ 0 or an object, got ${String(retry)}`);
}
