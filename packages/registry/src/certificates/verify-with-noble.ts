import { hashes, verify } from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

/**
 * Ed25519 in plain JavaScript, for runtimes whose WebCrypto lacks it or that have no WebCrypto
 * at all (a page that is not a secure context). @noble/ed25519's async API hashes with
 * `crypto.subtle`, so the synchronous one is used, with @noble/hashes' SHA-512. Imported
 * dynamically: bundles carry it as a chunk that most browsers never load.
 */
export function verifyWithNoble(signature: Uint8Array, data: Uint8Array, publicKey: Uint8Array): boolean {
  hashes.sha512 ??= sha512;
  return verify(signature, data, publicKey);
}
