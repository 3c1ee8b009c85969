import { at, ensure, literalAt, objectAt, optionalAt, stringAt } from '../certificates/check-fields.js';
import type { RegistryKey } from './schemas/registry-manifest.schema.js';

const PUBLIC_KEY = /^[A-Za-z0-9_-]{43}$/;

/**
 * One public signing key by `RegistryKeySchema`'s rules, without zod (see check-fields.ts): the
 * pinned keys of a client and the keys of a lean client's `registry.json` are checked by it.
 */
export function registryKeyAt(value: unknown, field: string): RegistryKey {
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
