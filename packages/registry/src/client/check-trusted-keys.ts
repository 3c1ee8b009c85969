import { invalidArgument } from '../errors/invalid-argument.js';
import { arrayAt, runCheck } from '../certificates/check-fields.js';
import { registryKeyAt } from '../protocol/check-registry-key.js';
import type { TrustedKey } from './registry-client-options.js';

/**
 * The pinned keys, validated (Ed25519 public JWKs with a `kid`, never a private key) and frozen.
 *
 * @throws RegistryError `registry/invalid-argument` naming the first bad field
 */
export function checkTrustedKeys(keys: unknown): readonly TrustedKey[] {
  const result = runCheck(() => arrayAt(keys, '', registryKeyAt));
  if (!result.ok) {
    const { field, message } = result.issue;
    throw invalidArgument(`trustedKeys${field === '(root)' || field.startsWith('[') ? '' : '.'}${field === '(root)' ? '' : field}: ${message}`);
  }
  return Object.freeze(result.value.map((key) => Object.freeze(key)));
}
