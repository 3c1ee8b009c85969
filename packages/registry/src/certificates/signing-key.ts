import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { z } from 'zod/mini';
import { RegistryKeySchema, type RegistryKey } from '../protocol/schemas/registry-manifest.schema.js';
import { encodeBase64Url } from './base64url.js';

/** A registry's private signing key: an Ed25519 JWK with `d` and a `kid`. Keep it secret. */
export const SigningKeySchema = /*#__PURE__*/ (() =>
  z.object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a 32-byte base64url public key')),
    d: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a 32-byte base64url private key')),
    kid: z.string().check(z.minLength(1), z.maxLength(128)),
    alg: z.optional(z.literal('EdDSA')),
    use: z.optional(z.literal('sig')),
  }))();

/** A private signing key (JWK). */
export type SigningKey = z.output<typeof SigningKeySchema>;

/** The public half of a signing key, as `registry.json` and `trustedKeys` take it. */
export function publicKeyOf(key: SigningKey): RegistryKey {
  return RegistryKeySchema.parse({ kty: 'OKP', crv: 'Ed25519', x: key.x, kid: key.kid, alg: 'EdDSA', use: 'sig' });
}

/** The RFC 7638 thumbprint of an Ed25519 public key (base64url SHA-256 of its canonical JWK). */
export async function jwkThumbprint(x: string): Promise<string> {
  const canonical = new TextEncoder().encode(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`);
  return encodeBase64Url(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', canonical)));
}

/**
 * Generates a new Ed25519 signing key. Its `kid` is `prefix` (if any) and the key's RFC 7638
 * thumbprint, so a kid can never name two different keys.
 *
 * @example
 * const key = await generateSigningKey('2026');
 * const trusted = publicKeyOf(key); // give this to embedders; keep `key` secret
 */
export async function generateSigningKey(prefix?: string): Promise<SigningKey> {
  const seed = utils.randomSecretKey();
  const x = encodeBase64Url(await getPublicKeyAsync(seed));
  const thumbprint = await jwkThumbprint(x);
  return { kty: 'OKP', crv: 'Ed25519', x, d: encodeBase64Url(seed), kid: prefix ? `${prefix}-${thumbprint}` : thumbprint, alg: 'EdDSA', use: 'sig' };
}
