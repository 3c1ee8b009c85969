import { invalidArgument } from '../errors/invalid-argument.js';

/**
 * An option in ms: `fallback` when absent, else a finite number ≥ 0.
 *
 * @throws RegistryError `registry/invalid-argument` naming the option
 */
export function checkMilliseconds(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw invalidArgument(`${name} must be a number of ms ≥ 0, got ${value}`);
  return value;
}
