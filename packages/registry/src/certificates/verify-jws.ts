import type { TrustedKey } from '../client/registry-client-options.js';
import { decodeUtf8 } from '../http/decode-utf8.js';
import { decodeBase64Url } from './base64url.js';
import { verifyEd25519 } from './verify-ed25519.js';

/** Why a compact JWS was refused before its payload was looked at. */
export type JwsFailure = 'malformed' | 'invalid-signature' | 'unknown-key';

/** A compact JWS checked against pinned keys: its payload (JSON, not yet schema-checked) or why it was refused. */
export type JwsCheck =
  | { readonly ok: true; readonly kid: string; readonly payload: unknown }
  | { readonly ok: false; readonly status: JwsFailure; readonly reason: string; readonly kid?: string };

const fail = (status: JwsFailure, reason: string, kid?: string): JwsCheck => ({ ok: false, status, reason, ...(kid === undefined ? {} : { kid }) });

function parseJson(bytes: Uint8Array): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(decodeUtf8(bytes)) };
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Verifies a compact JWS (RFC 7515) signed with EdDSA/Ed25519 (RFC 8037) by one of `trustedKeys`,
 * chosen by the header's `kid`. Only `alg: "EdDSA"` is accepted (so `none`, `HS256` and the
 * like are refused whatever else they say), the header's `typ` must be `typ`, and a header with
 * `crit` is refused (we implement no extension). Keys inside the token (`jwk`, `jku`, `x5c`) are
 * ignored: trust comes from `trustedKeys` only.
 */
export async function verifyJws(token: string, trustedKeys: readonly TrustedKey[], typ: string, maxLength: number): Promise<JwsCheck> {
  if (token.length > maxLength) return fail('malformed', `The token is ${token.length} characters, over the limit of ${maxLength}`);
  const parts = token.split('.');
  if (parts.length !== 3) return fail('malformed', `A compact JWS has 3 parts, this has ${parts.length}`);
  const [headerBytes, payloadBytes, signature] = parts.map(decodeBase64Url);
  if (!headerBytes || !payloadBytes || !signature) return fail('malformed', 'A part is not base64url');
  const header = parseJson(headerBytes)?.value;
  if (!isObject(header)) return fail('malformed', 'The header is not a JSON object');
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (header.alg !== 'EdDSA') return fail('invalid-signature', `Algorithm ${JSON.stringify(header.alg)} is not allowed (only EdDSA)`, kid);
  if (header.typ !== typ) return fail('malformed', `typ is ${JSON.stringify(header.typ)}, expected "${typ}"`, kid);
  if ('crit' in header) return fail('malformed', 'Unsupported critical header parameters (crit)', kid);
  if (kid === undefined) return fail('unknown-key', 'The header has no kid');
  const key = trustedKeys.find((candidate) => candidate.kid === kid);
  if (!key) return fail('unknown-key', `Key "${kid}" is not one of the trusted keys`, kid);
  const publicKey = decodeBase64Url(key.x);
  const signingInput = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  if (!publicKey || !(await verifyEd25519(publicKey, signature, signingInput))) return fail('invalid-signature', `The signature does not match key "${kid}"`, kid);
  const payload = parseJson(payloadBytes);
  if (!payload) return fail('malformed', 'The payload is not JSON', kid);
  return { ok: true, kid, payload: payload.value };
}
