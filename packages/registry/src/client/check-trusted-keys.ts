import { z } from 'zod/mini';
import { invalidArgument } from '../errors/invalid-argument.js';
import { toRegistryIssues } from '../protocol/schema-issues.js';
import { RegistryKeySchema } from '../protocol/schemas/registry-manifest.schema.js';
import type { TrustedKey } from './registry-client-options.js';

/**
 * The pinned keys, validated (Ed25519 public JWKs with a `kid`, never a private key) and frozen.
 *
 * @throws RegistryError `registry/invalid-argument` naming the first bad field
 */
export function checkTrustedKeys(keys: unknown): readonly TrustedKey[] {
  const result = z.array(RegistryKeySchema).safeParse(keys);
  if (!result.success) {
    const [issue] = toRegistryIssues(result.error);
    throw invalidArgument(`trustedKeys${issue.field.startsWith('[') ? '' : '.'}${issue.field}: ${issue.message}`);
  }
  return Object.freeze(result.data.map((key) => Object.freeze(key)));
}
