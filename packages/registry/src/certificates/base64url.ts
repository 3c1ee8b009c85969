// Strict base64url (RFC 4648 §5, no padding) as JWS requires: anything else is a malformed token,
// never something to repair.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = /*#__PURE__*/ (() => new Map([...ALPHABET].map((char, i) => [char, i])))();

/** Encodes bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Decodes unpadded base64url, or `undefined` for any other text: padding, `+` or `/`, white
 * space, an impossible length, or non-zero bits left over (so every byte string has exactly one
 * encoding, and a token cannot be altered without changing what it decodes to).
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let j = 0;
  for (const char of text) {
    const value = VALUE.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (buffer >> bits) & 0xff;
    }
  }
  if (bits > 0 && (buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

/** Encodes a JSON value as base64url of its UTF-8 bytes. */
export const encodeJsonBase64Url = (value: unknown): string => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
