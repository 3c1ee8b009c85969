/**
 * Checks an Ed25519 signature (RFC 8032): with WebCrypto where the runtime has it (Node ≥ 18.4,
 * Chromium ≥ 137, Firefox ≥ 129, Safari ≥ 17), else with @noble/ed25519. A key or signature of
 * the wrong size is simply not valid.
 */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  // No crypto.subtle at all on a page that is not a secure context (http:, except localhost).
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      const key = await subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
      return await subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
    } catch (error) {
      // WebCrypto names an algorithm it does not know with NotSupportedError (WebCrypto §18.4,
      // "normalize an algorithm"); anything else is a key it refuses, which is not valid.
      if ((error as { name?: unknown } | null)?.name !== 'NotSupportedError') return false;
    }
  }
  try {
    // Loaded only where WebCrypto lacks Ed25519, so browsers that have it never download it.
    const { verifyWithNoble } = await import('./verify-with-noble.js');
    return verifyWithNoble(signature, data, publicKey);
  } catch {
    return false;
  }
}
