import { RegistryError } from './registry-errors.js';

/** The `registry/invalid-argument` error: a caller passed something that cannot be used. */
export const invalidArgument = (message: string): RegistryError => new RegistryError('registry/invalid-argument', message);
