import { invalidArgument } from '../errors/invalid-argument.js';

/**
 * The `now` option of a certificate check: absent, or a `Date` with a finite time.
 *
 * @throws RegistryError `registry/invalid-argument` naming `now`
 */
export function checkNow(now: unknown): Date | undefined {
  if (now === undefined || (now instanceof Date && Number.isFinite(now.getTime()))) return now;
  throw invalidArgument(`now must be a Date with a valid time, got ${now instanceof Date ? 'an Invalid Date' : String(now)}`);
}
