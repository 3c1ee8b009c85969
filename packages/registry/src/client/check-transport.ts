import { invalidArgument } from '../errors/invalid-argument.js';
import { checkMilliseconds } from './check-milliseconds.js';
import { DEFAULT_TIMEOUT } from './registry-client-options.js';

/**
 * The client's `fetch` option: absent (the global `fetch`) or a function. Anything else would
 * fail every request as a network error, which looks like being offline.
 *
 * @throws RegistryError `registry/invalid-argument` naming `fetch`
 */
export function checkFetch(fetch: unknown): typeof globalThis.fetch | undefined {
  if (fetch === undefined || typeof fetch === 'function') return fetch as typeof globalThis.fetch | undefined;
  throw invalidArgument(`fetch must be a fetch function, got ${String(fetch)}`);
}

/**
 * The client's `timeout` option: absent (10 000) or a finite number of ms above 0 (with 0,
 * every request would time out).
 *
 * @throws RegistryError `registry/invalid-argument` naming `timeout`
 */
export function checkTimeout(timeout: number | undefined): number {
  const ms = checkMilliseconds(timeout, 'timeout', DEFAULT_TIMEOUT);
  if (ms === 0) throw invalidArgument('timeout must be more than 0 ms');
  return ms;
}
