/** The SHA-256 of a text's UTF-8 bytes, in hex (WebCrypto, so it runs in browsers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
