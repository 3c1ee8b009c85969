import { getPublicKeyAsync, signAsync } from '@noble/ed25519';
import { decodeBase64Url, encodeBase64Url, encodeJsonBase64Url } from './base64url.js';
import type { SigningKey } from './signing-key.js';

/**
 * Signs `payload` as a compact JWS with EdDSA/Ed25519 and the key's `kid`. Ed25519 is
 * deterministic, so the same key, header and payload always give the same token.
 *
 * @throws TypeError when the key's `d` is not a 32-byte base64url private key or does not match `x`
 */
export async function signJws(payload: unknown, typ: string, key: SigningKey): Promise<string> {
  const seed = decodeBase64Url(key.d);
  if (!seed || seed.length !== 32) throw new TypeError(`Key "${key.kid}": d is not a 32-byte base64url Ed25519 private key`);
  if (encodeBase64Url(await getPublicKeyAsync(seed)) !== key.x) throw new TypeError(`Key "${key.kid}": d does not match x`);
  const signingInput = `${encodeJsonBase64Url({ alg: 'EdDSA', typ, kid: key.kid })}.${encodeJsonBase64Url(payload)}`;
  const signature = await signAsync(new TextEncoder().encode(signingInput), seed);
  return `${signingInput}.${encodeBase64Url(signature)}`;
}
