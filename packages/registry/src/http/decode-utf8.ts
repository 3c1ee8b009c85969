/**
 * Strict UTF-8 decoding (a malformed byte sequence throws rather than becoming U+FFFD): registry
 * documents and JWS parts are UTF-8 or refused. One helper for every reader of bytes.
 */
export const decodeUtf8 = (bytes: AllowSharedBufferSource): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
