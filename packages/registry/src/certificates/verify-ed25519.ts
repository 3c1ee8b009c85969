import { decodeBase64Url } from './base64url.js';

let webCrypto: Promise<boolean> | undefined;

/**
 * RFC 8032 §7.1 test 1's public key (d75a9801…511a): a valid point, so only a missing algorithm
 * can make the probe fail. In base64url, decoded by the JWS decoder already in every bundle.
 */
const PROBE_KEY = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';

/** Whether this runtime's WebCrypto does Ed25519 (Chromium ≥ 113 with the flag lifted, Node ≥ 18.4, Firefox ≥ 129, Safari ≥ 17). */
function hasWebCryptoEd25519(): Promise<boolean> {
  webCrypto ??= (async () => {
    try {
      await globalThis.crypto.subtle.importKey('raw', decodeBase64Url(PROBE_KEY) as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
      return true;
    } catch {
      return false;
    }
  })();
  return webCrypto;
}

/**
 * Checks an Ed25519 signature (RFC 8032): with WebCrypto where the runtime has it, else with
 * @noble/ed25519. A key or signature of the wrong size is simply not valid.
 */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  if (await hasWebCryptoEd25519()) {
    try {
      const key = await globalThis.crypto.subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
      return await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
    } catch {
      return false; // a public key that is not a curve point
    }
  }
  try {
    // Loaded only where WebCrypto lacks Ed25519, so browsers that have it never download it.
    const { verifyAsync } = await import('@noble/ed25519');
    return await verifyAsync(signature, data, publicKey);
  } catch {
    return false;
  }
}
