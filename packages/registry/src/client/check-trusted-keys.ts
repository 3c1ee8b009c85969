import { invalidArgument } from '../errors/invalid-argument.js';
import { arrayAt, at, literalAt, objectAt, optionalAt, ensure, runCheck, stringAt } from '../certificates/check-fields.js';
import type { TrustedKey } from './registry-client-options.js';

const PUBLIC_KEY = /^[A-Za-z0-9_-]{43}$/;

/**
 * One public signing key by `RegistryKeySchema`'s rules, without zod (see check-fields.ts): the
 * pinned keys of a client, and the keys of `registry.json` in the lean variant.
 */
export function registryKeyAt(value: unknown, field: string): TrustedKey {
  const key = objectAt(value, field);
  const x = stringAt(key.x, at(field, 'x'));
  ensure(PUBLIC_KEY.test(x), at(field, 'x'), 'Expected a 32-byte base64url public key');
  ensure(key.d === undefined, at(field, 'd'), 'A private key (d) must never be published');
  const alg = optionalAt(key.alg, at(field, 'alg'), (v, f) => literalAt(v, f, 'EdDSA'));
  const use = optionalAt(key.use, at(field, 'use'), (v, f) => literalAt(v, f, 'sig'));
  return {
    kty: literalAt(key.kty, at(field, 'kty'), 'OKP'),
    crv: literalAt(key.crv, at(field, 'crv'), 'Ed25519'),
    x,
    kid: stringAt(key.kid, at(field, 'kid'), { min: 1, max: 128 }),
    ...(alg === undefined ? {} : { alg }),
    ...(use === undefined ? {} : { use }),
  };
}

/**
 * The pinned keys, validated (Ed25519 public JWKs with a `kid`, never a private key) and frozen.
 *
 * @throws RegistryError `registry/invalid-argument` naming the first bad field
 */
export function checkTrustedKeys(keys: unknown): readonly TrustedKey[] {
  const result = runCheck(() => arrayAt(keys, '', registryKeyAt));
  if (!result.ok) {
    const { field, message } = result.issue;
    // Below the root, every field is an item's (`[0].kty`).
    throw invalidArgument(`trustedKeys${field === '(root)' ? '' : field}: ${message}`);
  }
  return Object.freeze(result.value.map((key) => Object.freeze(key)));
}

/**
 * `checkTrustedKeys`, and each `kid` once: a certificate names its key by `kid`, so of two pinned
 * keys with one `kid` only the first would ever be used. For `createRegistryClient` (the lean
 * badge path keeps to `checkTrustedKeys`, for its size).
 *
 * @throws RegistryError `registry/invalid-argument` naming the first bad field
 */
export function checkUniqueTrustedKeys(keys: unknown): readonly TrustedKey[] {
  const checked = checkTrustedKeys(keys);
  checked.forEach((key, i) => {
    if (checked.findIndex((other) => other.kid === key.kid) !== i) throw invalidArgument(`trustedKeys[${i}].kid: "${key.kid}" is pinned twice`);
  });
  return checked;
}
